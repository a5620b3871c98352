/**
 * The leak test page (bundled by esbuild, driven by `leaks.test.ts`): mounts one
 * of the three components, uses it the way a person would, unmounts it — as
 * many times as asked — and keeps a WeakRef to each mount's DOM so the Node
 * side can ask, after a forced garbage collection, how many are still alive.
 */
import '../../security/page/page-recorder';
import { useEffect, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { waitFor } from '@testing-library/dom';
import { userEvent } from '@testing-library/user-event';
import {
  createAcknowledgementStore,
  createRightsRequestClient,
  type RightsRequestTransport,
} from '@policykit/sdk';
import {
  PolicyKitProvider,
  PolicyUpdatedDialog,
  PolicyViewer,
  RightsRequestForm,
} from '@policykit/react';
import { cttId, cttIdPrevious } from '../../fixtures/policies';
import { memoryStorage } from '../../fixtures/memory-storage';

/** The components under test, by the name the Node side uses. */
export type LeakSubject = 'viewer' | 'form' | 'dialog' | 'leaky';

export interface LeakRun {
  /** What stayed in `<body>` or `<head>` after an unmount, by cycle. */
  leftovers: string[];
}

declare global {
  interface Window {
    __pkLeaks: {
      run(subject: LeakSubject, cycles: number): Promise<LeakRun>;
      /** Mounted trees (their root elements) not yet garbage-collected. */
      alive(): number;
      /** Mounts so far. */
      mounted(): number;
    };
  }
}

// A fresh user-event per mount: one kept across mounts would hold the last element it
// pointed at, and with it a whole unmounted tree, in the measurements.
let user = userEvent.setup({ document, delay: null });
const mounts: WeakRef<Element>[] = [];
const headSize = document.head.children.length;

const found = <T extends Element>(query: () => T | null | undefined, what: string) =>
  waitFor(() => {
    const element = query();
    if (!element) throw new Error(`no ${what}`);
    return element;
  });

/**
 * Mounts `element`, lets `interact` work with it and return the element that stands for the
 * rendered tree (a WeakRef to it tells whether the tree was freed), then unmounts it.
 */
async function mount(
  element: ReactElement,
  interact: (container: HTMLElement) => Promise<Element>,
) {
  const container = document.createElement('div');
  document.body.append(container);
  user = userEvent.setup({ document, delay: null });
  const root = createRoot(container);
  // Synchronously, effects included (React runs a sync render's passive effects before
  // returning): the form's draft store subscribes in one, and input before that is dropped.
  flushSync(() => root.render(<PolicyKitProvider locale="id-ID">{element}</PolicyKitProvider>));
  mounts.push(new WeakRef(await interact(container)));
  root.unmount();
  container.remove();
}

/** Open a section, search, step to a match, show all. */
async function exerciseViewer() {
  await mount(
    <PolicyViewer policy={cttId} search changesSince={cttIdPrevious} />,
    async (container) => {
      const trigger = await found(
        () => container.querySelector<HTMLElement>('.pk-PolicyViewer-trigger'),
        'section button',
      );
      await user.click(trigger);
      await user.click(
        await found(() => container.querySelector('input[type="search"]'), 'search box'),
      );
      await user.paste('data pribadi');
      await user.keyboard('{Enter}');
      await user.click(
        await found(() => container.querySelector('.pk-PolicyViewer-showAll'), 'show all'),
      );
      return trigger;
    },
  );
}

// The control: a component that leaks on purpose (a window listener never removed, its
// element kept in a global), so the spec can show its measurements catch a leak.
const leakedOnPurpose: Element[] = [];
function Leaky() {
  useEffect(() => {
    window.addEventListener('resize', () => {});
    const element = document.querySelector('.leaky');
    if (element) leakedOnPurpose.push(element);
  }, []);
  return <p className="leaky">leaks</p>;
}

async function exerciseLeaky() {
  await mount(<Leaky />, (container) => found(() => container.querySelector('.leaky'), 'leaky'));
}

/**
 * Choose a right, fill in, send, get the receipt. Text is pasted: user-event without delays
 * types a whole word within one task, faster than any keyboard, and drops characters into
 * controlled inputs that way (checked: the form keeps every synchronous input event).
 */
async function exerciseForm() {
  sessionStorage.clear();
  const transport: RightsRequestTransport = async (request) => ({
    reference: 'REQ-1',
    right: request.right,
    submittedAt: '2026-03-02T09:00:00.000Z',
    dueBy: null,
  });
  const client = createRightsRequestClient({ transport });
  await mount(
    <RightsRequestForm policy={cttId} client={client} jurisdiction="id-pdp" />,
    async (container) => {
      await user.click(await found(() => container.querySelector('input[type="radio"]'), 'right'));
      await user.click(await found(() => container.querySelector('[id$="-name"]'), 'name field'));
      await user.paste('Siti Rahma');
      await user.click(
        await found(() => container.querySelector('[id$="-email"]'), 'e-mail field'),
      );
      await user.paste('siti@example.com');
      await user.click(
        await found(() => container.querySelector('button[type="submit"]'), 'submit button'),
      );
      return found(() => container.querySelector('.pk-RightsRequestForm-receipt'), 'receipt');
    },
  );
}

/** Open (on mount), then close by acknowledging — or unmount while it is still open. */
async function exerciseDialog(closeFirst: boolean) {
  sessionStorage.clear();
  const store = createAcknowledgementStore({ storage: memoryStorage() });
  store.acknowledge(cttIdPrevious);
  await mount(
    <PolicyUpdatedDialog
      policy={cttId}
      previous={cttIdPrevious}
      store={store}
      mode="dismissible"
    />,
    async () => {
      const dialog = await found(() => {
        const open = document.querySelector<HTMLElement>(
          '.pk-PolicyUpdatedDialog[data-state="open"]',
        );
        // Radix makes the content clickable one render after it blocks the page behind it.
        return open && getComputedStyle(open).pointerEvents !== 'none' ? open : null;
      }, 'open dialog');
      if (!closeFirst) return dialog;
      await user.click(
        await found(
          () => dialog.querySelector('.pk-PolicyUpdatedDialog-acknowledge'),
          'acknowledge',
        ),
      );
      await waitFor(() => {
        if (document.querySelector('.pk-PolicyUpdatedDialog')) throw new Error('still open');
      });
      return dialog;
    },
  );
}

async function run(subject: LeakSubject, cycles: number): Promise<LeakRun> {
  const leftovers: string[] = [];
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    if (subject === 'viewer') await exerciseViewer();
    else if (subject === 'form') await exerciseForm();
    else if (subject === 'dialog') await exerciseDialog(cycle % 2 === 0);
    else await exerciseLeaky();
    const left = [...document.body.children].map((element) => element.outerHTML.slice(0, 160));
    if (document.head.children.length !== headSize)
      left.push(`<head> has ${document.head.children.length - headSize} more elements`);
    for (const attribute of ['style', 'aria-hidden', 'data-scroll-locked']) {
      // Radix restores body styles by value, which can leave an empty `style=""` behind: harmless.
      const value = document.body.getAttribute(attribute);
      if (value) left.push(`<body ${attribute}="${value}">`);
    }
    if (left.length > 0)
      leftovers.push(`after ${subject} cycle ${mounts.length}: ${left.join(', ')}`);
  }
  return { leftovers };
}

window.__pkLeaks = {
  run,
  alive: () => mounts.filter((ref) => ref.deref() !== undefined).length,
  mounted: () => mounts.length,
};
document.documentElement.dataset.pkDone = 'true';
