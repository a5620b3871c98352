/**
 * The XSS test page (bundled by esbuild, served with a strict CSP by
 * `xss-csp.test.ts`). `?ids=1,2,3` picks payloads from the corpus; for each
 * one it builds a JSON document with the payload as every text and every link
 * and validates it — rendering it if accepted, and rendering it unvalidated if
 * refused (a host that skipped validation) — then the same as Markdown (with
 * the payload as link targets too, else as text only), rendering what imports.
 * Each document goes through all three components, with the payload typed
 * where a person types. Findings go to `window.__pkXssReport`; the recorder
 * catches tripwire calls, CSP violations and console errors.
 */
import { recorder } from './page-recorder';
import type { ReactElement, ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { configure, waitFor } from '@testing-library/dom';
import { userEvent } from '@testing-library/user-event';
import { createInstance } from 'i18next';
import {
  PolicyValidationError,
  RightsRequestError,
  createAcknowledgementStore,
  createRightsRequestClient,
  safeParsePolicy,
  type PolicyDocument,
  type RightsRequestTransport,
} from '@policykit/sdk';
import { importMarkdown } from '@policykit/sdk/markdown';
import {
  PolicyKitProvider,
  PolicyUpdatedDialog,
  PolicyViewer,
  RightsRequestForm,
} from '@policykit/react';
import { XSS_PAYLOADS, type XssPayload } from '../xss-payloads';
import {
  SAFE_LINKS,
  dialogTexts,
  formFailureTexts,
  formReceiptTexts,
  formRightTexts,
  linksOf,
  payloadMarkdown,
  payloadPolicy,
  previousVersionOf,
  reviewBarTexts,
  viewerTexts,
  type Shown,
} from '../xss-documents';
import { domProblems, escapedCopies, isAllowedLink, missingTexts } from './dom-checks';
import { memoryStorage } from '../../fixtures/memory-storage';

/** What the page found, for the Node side. */
export interface XssReport {
  /** Problems found by looking at documents and the DOM, each prefixed with its case. */
  problems: string[];
  /** How many documents were rendered (each in all three components). */
  rendered: number;
  /** How many documents the validators refused, and why (path: message, with Markdown lines). */
  refused: number;
}

declare global {
  interface Window {
    __pkXssReport?: XssReport;
  }
}

const report: XssReport = { problems: [], rendered: 0, refused: 0 };
// Many documents per page: poll often, give up after a second (nothing here waits on a network).
configure({ asyncUtilTimeout: 2000 });
const user = userEvent.setup({ document, delay: null });

// Hosts differ in how they give PolicyKit its strings: none at all, a locale, or their own
// i18next instance with i18next's defaults (escapeValue: true). Text must stay text in all.
const hostI18n = createInstance();
void hostI18n.init({
  lng: 'en',
  initAsync: false,
  resources: { en: { app: { greeting: 'Hello' } } },
});
const hosts: { name: string; wrap: (node: ReactNode) => ReactElement }[] = [
  { name: 'no provider', wrap: (node) => <>{node}</> },
  {
    name: 'provider id-ID',
    wrap: (node) => <PolicyKitProvider locale="id-ID">{node}</PolicyKitProvider>,
  },
  {
    name: "host's i18next",
    wrap: (node) => <PolicyKitProvider i18n={hostI18n}>{node}</PolicyKitProvider>,
  },
];

const problem = (message: string) => report.problems.push(`${recorder.current}: ${message}`);

const headElements = document.head.children.length;

/** Looks at the whole body: portals (the dialog) render outside the component's container. */
function check(where: string, expected: readonly Shown[], payload: string) {
  // Nothing in <head> either: no <style>, <link> or <meta> a payload could have brought.
  if (document.head.children.length !== headElements)
    problem(`${where}: <head> gained ${document.head.children.length - headElements} elements`);
  for (const found of domProblems(document.body)) problem(`${where}: ${found}`);
  for (const found of missingTexts(expected)) problem(`${where}: ${found}`);
  for (const found of escapedCopies(document.body, payload)) problem(`${where}: ${found}`);
}

function mount(element: ReactElement) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  // Synchronously, effects included (React runs a sync render's passive effects before
  // returning): the form's draft store subscribes in one, and input before that is dropped.
  flushSync(() => root.render(element));
  return {
    container,
    unmount() {
      root.unmount();
      container.remove();
      // Nothing may outlive the component: no portal, no focus guard, no stray element.
      if (document.body.children.length > 0)
        problem(
          `left behind in <body>: ${[...document.body.children].map((e) => e.outerHTML.slice(0, 120)).join(', ')}`,
        );
    },
  };
}

async function paste(target: Element, text: string) {
  await user.click(target);
  await user.clear(target);
  await user.paste(text);
}

async function renderViewer(
  doc: PolicyDocument,
  previous: PolicyDocument,
  payload: string,
  wrap: (node: ReactNode) => ReactElement,
) {
  const { container, unmount } = mount(
    wrap(<PolicyViewer policy={doc} search changesSince={previous} />),
  );
  const box = await waitFor(() => {
    const input = container.querySelector('input[type="search"]');
    if (!input) throw new Error('no search box');
    return input;
  });
  const showAll = container.querySelector('.pk-PolicyViewer-showAll[aria-expanded="false"]');
  if (showAll) await user.click(showAll);
  await waitFor(() => {
    if (container.querySelector('.pk-PolicyViewer-section[data-state="closed"]'))
      throw new Error('sections still closed after "show all"');
  });
  await paste(box, payload);
  await user.keyboard('{Enter}');
  check('viewer', viewerTexts(doc), payload);
  unmount();
}

async function renderForm(
  doc: PolicyDocument,
  payload: string,
  wrap: (node: ReactNode) => ReactElement,
) {
  sessionStorage.clear();
  let accept = false;
  let calls = 0;
  // The server refuses with the payload as its message until told to accept, then sends the
  // payload back as the reference.
  const transport: RightsRequestTransport = async (request) => {
    calls += 1;
    if (!accept) {
      throw new RightsRequestError('http', 'HTTP 403', {
        retryable: false,
        status: 403,
        serverMessage: payload,
      });
    }
    return {
      reference: payload,
      right: request.right,
      submittedAt: '2026-03-02T09:00:00.000Z',
      dueBy: null,
    };
  };
  const client = createRightsRequestClient({ transport });
  const { container, unmount } = mount(
    wrap(<RightsRequestForm policy={doc} client={client} jurisdiction="gdpr" />),
  );
  const state = () => container.querySelector<HTMLElement>('.pk-RightsRequestForm')?.dataset.state;
  const field = (suffix: string) => {
    const element = container.querySelector(`[id$="-${suffix}"]`);
    if (!element) throw new Error(`no ${suffix} field`);
    return element;
  };
  const submit = () => {
    const button = container.querySelector('button[type="submit"]');
    if (!button) throw new Error('no submit button');
    return user.click(button);
  };
  const radio = await waitFor(() => {
    const input = container.querySelector('input[type="radio"]');
    if (!input) throw new Error('no rights to choose from');
    return input;
  });
  check('form', formRightTexts(doc), payload);

  // Everything typed is the payload: usually the e-mail or phone is then invalid (error summary).
  await user.click(radio);
  for (const suffix of ['name', 'email', 'phone', 'details']) await paste(field(suffix), payload);
  await submit();
  await waitFor(() => {
    if (!container.querySelector('.pk-RightsRequestForm-errorSummary') && state() !== 'failed')
      throw new Error('neither an error summary nor a refusal');
  });
  check('form with errors', [], payload);
  const details = field('details') as HTMLTextAreaElement;
  // A textarea's value turns CR and CRLF into LF (HTML's "API value"); nothing else may change.
  if (details.value !== payload.replace(/\r\n?/g, '\n'))
    problem(`form: details hold ${JSON.stringify(details.value)}, not what was typed`);

  // A valid request: the server refuses it with the payload as its message…
  await paste(field('name'), 'Siti Rahma');
  await paste(field('email'), 'siti@example.com');
  await user.clear(field('phone'));
  const before = calls;
  await submit();
  await waitFor(() => {
    if (calls === before || state() !== 'failed') throw new Error('the refusal is not shown');
  });
  check('form failure', formFailureTexts(doc, payload), payload);
  // …then accepts it: the receipt carries the payload as its reference.
  accept = true;
  await submit();
  await waitFor(() => {
    if (!container.querySelector('.pk-RightsRequestForm-receipt')) throw new Error('no receipt');
  });
  check('form receipt', formReceiptTexts(doc, payload), payload);
  unmount();
}

async function renderDialog(
  doc: PolicyDocument,
  previous: PolicyDocument,
  payload: string,
  mode: 'blocking' | 'dismissible',
  wrap: (node: ReactNode) => ReactElement,
) {
  sessionStorage.clear();
  const store = createAcknowledgementStore({ storage: memoryStorage() });
  store.acknowledge(previous);
  const { unmount } = mount(
    wrap(<PolicyUpdatedDialog policy={doc} previous={previous} store={store} mode={mode} />),
  );
  const dialog = await waitFor(() => {
    const open = document.querySelector('.pk-PolicyUpdatedDialog[data-state="open"]');
    if (!open) throw new Error('the dialog did not open');
    // Radix makes the content clickable one render after it blocks the page behind it.
    if (getComputedStyle(open).pointerEvents === 'none')
      throw new Error('the dialog is not interactive yet');
    return open;
  });
  check('dialog', dialogTexts(doc, previous), payload);
  // Following a change link swaps the modal for the review bar, whose sentence carries the title.
  const link = dialog.querySelector('a.pk-PolicyChangesList-link');
  if (link) {
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    await user.click(link);
    const bar = await waitFor(() => {
      const banner = document.querySelector('.pk-PolicyReviewBanner');
      if (!banner) throw new Error('no review bar');
      return banner;
    });
    check('review bar', reviewBarTexts(doc), payload);
    const acknowledge = bar.querySelector('.pk-PolicyReviewBanner-acknowledge');
    if (acknowledge) await user.click(acknowledge);
  } else {
    problem('dialog: no link to a changed section');
  }
  unmount();
}

async function renderAll(doc: PolicyDocument, payload: XssPayload, variant: string) {
  const host = hosts[payload.id % hosts.length]!;
  const previous = previousVersionOf(doc, payload.text);
  const label = `#${payload.id} ${payload.family} ${variant} (${host.name})`;
  report.rendered += 1;
  recorder.current = `${label} viewer`;
  await renderViewer(doc, previous, payload.text, host.wrap);
  recorder.current = `${label} form`;
  await renderForm(doc, payload.text, host.wrap);
  recorder.current = `${label} dialog`;
  await renderDialog(
    doc,
    previous,
    payload.text,
    payload.id % 2 === 0 ? 'blocking' : 'dismissible',
    host.wrap,
  );
}

/** Every link a document carries, as a browser would read it. */
function linksIn(doc: PolicyDocument): string[] {
  const links: string[] = [];
  JSON.stringify(doc, (key, value: unknown) => {
    if (typeof value === 'string' && (key === 'href' || key === 'url')) links.push(value);
    if (typeof value === 'string' && key === 'email') links.push(`mailto:${value}`);
    // An image source is a link too, and stricter: https only.
    if (typeof value === 'string' && key === 'src' && !value.startsWith('https://'))
      links.push(`not-https:${value}`);
    return value;
  });
  return links;
}

const LINK_PATH = /(?:^|\.)(?:href|url|email|src)$/;

async function runPayload(payload: XssPayload) {
  const label = `#${payload.id} ${payload.family}`;

  // JSON, the payload as every link: accepted only if every link stays a web, mail or phone
  // link, and refused only for its links — text is never refused.
  recorder.current = `${label} json (parse)`;
  const hostileDoc = payloadPolicy(payload.text, linksOf(payload.text));
  const hostile = safeParsePolicy(hostileDoc);
  if (hostile.success) {
    for (const href of linksIn(hostile.data))
      if (!isAllowedLink(href)) problem(`accepted a forbidden link ${JSON.stringify(href)}`);
    await renderAll(hostile.data, payload, 'json');
  } else {
    report.refused += 1;
    for (const issue of hostile.issues)
      if (!LINK_PATH.test(issue.path))
        problem(`refused text, not a link: ${issue.path}: ${issue.message}`);
    const textOnly = safeParsePolicy(payloadPolicy(payload.text, SAFE_LINKS));
    if (!textOnly.success)
      problem(`refused the payload as text only: ${JSON.stringify(textOnly.issues)}`);
    // A host that skipped validation: production components get the refused document as it
    // is and must drop its forbidden links themselves. Its text is the text-only document's.
    await renderAll(hostileDoc, payload, 'json unvalidated');
  }

  // Markdown, with the payload as link targets too, else as text only: a document, or a typed
  // error whose every issue names its source line.
  for (const hostileLinks of [true, false]) {
    const variant = hostileLinks ? 'markdown-links' : 'markdown-text';
    recorder.current = `${label} ${variant} (import)`;
    let doc: PolicyDocument | undefined;
    try {
      doc = importMarkdown(payloadMarkdown(payload.text, hostileLinks));
    } catch (error) {
      report.refused += 1;
      if (!(error instanceof PolicyValidationError)) problem(`import threw ${String(error)}`);
      else if (error.issues.some((issue) => issue.line === undefined))
        problem(`import error without a line: ${JSON.stringify(error.issues)}`);
    }
    if (doc) {
      for (const href of linksIn(doc))
        if (!isAllowedLink(href)) problem(`imported a forbidden link ${JSON.stringify(href)}`);
      await renderAll(doc, payload, variant);
      break;
    }
  }
}

async function main() {
  const ids = new Set(
    (new URLSearchParams(location.search).get('ids') ?? '').split(',').map(Number),
  );
  for (const payload of XSS_PAYLOADS.filter(({ id }) => ids.has(id))) {
    try {
      await runPayload(payload);
    } catch (error) {
      problem(`crashed: ${String((error as Error)?.stack ?? error)}`);
      document.body.replaceChildren();
    }
  }
  recorder.current = '(after the last case)';
  // A payload that got through may run late (an image error, a timer): give it a moment.
  await new Promise((resolve) => setTimeout(resolve, 50));
  window.__pkXssReport = report;
  document.documentElement.dataset.pkDone = 'true';
}

void main();
