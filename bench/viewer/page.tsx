// The browser half of bench/viewer.bench.ts, bundled by esbuild as a production build and
// driven from Node by Playwright through `window.viewerBench`. Every candidate is measured
// by the same code path, so the numbers differ only by what the candidate does.
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { unstable_IdlePriority, unstable_scheduleCallback } from 'scheduler';
import '../../packages/react/src/styles.css';
import {
  documents,
  render,
  renderSearch,
  type Candidate,
  type SearchCandidate,
} from './candidates';

/** Resolves once React's scheduler has nothing left to do (an idle-priority task runs last). */
const reactIdle = () =>
  new Promise<void>((resolve) => {
    unstable_scheduleCallback(unstable_IdlePriority, resolve);
  });
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Lets queued microtasks run: React flushes synchronous-lane work (clicks, keys) in one. */
const microtasks = async () => {
  for (let i = 0; i < 3; i++) await Promise.resolve();
};

async function settle() {
  await reactIdle();
  await frame();
}

function fresh(): { container: HTMLElement; root: Root } {
  // A deep link left by a previous click would open a section of the next viewer.
  history.replaceState(null, '', location.pathname);
  const container = document.createElement('div');
  document.body.append(container);
  return { container, root: createRoot(container) };
}

function dispose({ container, root }: { container: HTMLElement; root: Root }) {
  flushSync(() => root.unmount());
  container.remove();
}

export interface MountTimes {
  /** `flushSync(root.render(…))`: render, commit, layout effects and sync follow-ups. */
  commit: number;
  /** …plus the browser's style and layout of the result (forced by reading a size). */
  layout: number;
  /** …until React's scheduler is idle (follow-up renders, e.g. Radix's collection). */
  idle: number;
}

async function mount(candidate: Candidate, doc: string): Promise<MountTimes> {
  const policy = documents[doc]!;
  const element = render[candidate](policy);
  const target = fresh();
  await settle();
  const start = performance.now();
  flushSync(() => target.root.render(element));
  const commit = performance.now() - start;
  void target.container.offsetHeight;
  const layout = performance.now() - start;
  await reactIdle();
  const idle = performance.now() - start;
  await frame();
  dispose(target);
  return { commit, layout, idle };
}

/** The button (or `<summary>`) that opens section `id`, and how to tell it is open. */
function toggleOf(candidate: Candidate, id: string): { button: HTMLElement; open: () => boolean } {
  const section = document.getElementById(id)!;
  if (candidate === 'details') {
    const details = section as HTMLDetailsElement;
    return { button: details.querySelector('summary')!, open: () => details.open };
  }
  const button = section.querySelector('button')!;
  return { button, open: () => button.getAttribute('aria-expanded') === 'true' };
}

/** Resolves after the next frame is painted: a task queued from that frame's rAF callback. */
const nextPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  });

/** A reader's click lands anywhere within a frame: seeded offsets spread over one frame. */
let seed = 7;
const offsetInFrame = () => {
  seed = (seed * 16807) % 2147483647;
  return (seed / 2147483647) * 16;
};

export interface ClickTimes {
  /** `click()` → the DOM shows the section open (React commits a click's update in a microtask). */
  commit: number;
  /** `click()` → the next frame painted: what the reader sees (style, layout and paint included). */
  frame: number;
}

/**
 * Mounts `candidate`, then opens the sections at `indexes` one by one, each click at a seeded
 * point within a frame: the time until the DOM shows the section open — microtasks are drained
 * first and only then tasks — and until the next frame is painted.
 */
async function click(candidate: Candidate, doc: string, indexes: number[]): Promise<ClickTimes[]> {
  const policy = documents[doc]!;
  const target = fresh();
  flushSync(() => target.root.render(render[candidate](policy)));
  await settle();
  const times: ClickTimes[] = [];
  for (const index of indexes) {
    const { button, open } = toggleOf(candidate, policy.sections[index]!.id);
    if (open()) throw new Error(`${candidate}: section ${index} is open before the click`);
    await frame();
    await pause(offsetInFrame());
    const start = performance.now();
    button.click();
    for (let turn = 0; !open(); turn++) {
      if (turn > 1000) throw new Error(`${candidate}: section ${index} never opened`);
      if (turn < 5) await Promise.resolve();
      else await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const commit = performance.now() - start;
    await nextPaint();
    times.push({ commit, frame: performance.now() - start });
    await settle();
  }
  dispose(target);
  return times;
}

// Work the viewer's search defers to later tasks (`setTimeout` slices of 32 sections): timed
// by wrapping the timers set while typing, each slice's task including the microtask in which
// React commits what it changed.
const realSetTimeout = window.setTimeout.bind(window);
const realClearTimeout = window.clearTimeout.bind(window);
const deferred = { tracking: false, inside: 0, pending: new Set<number>(), work: 0, lastEnd: 0 };
window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  // A slice that schedules the next slice is still the same keystroke's work.
  if ((!deferred.tracking && deferred.inside === 0) || typeof handler !== 'function') {
    return realSetTimeout(handler, delay, ...args);
  }
  const id = realSetTimeout(() => {
    deferred.pending.delete(id);
    const start = performance.now();
    deferred.inside++;
    try {
      (handler as (...a: unknown[]) => void)(...args);
    } finally {
      deferred.inside--;
    }
    void microtasks().then(() => {
      const end = performance.now();
      deferred.work += end - start;
      deferred.lastEnd = end;
    });
  }, delay);
  deferred.pending.add(id);
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) deferred.pending.delete(id);
  realClearTimeout(id);
}) as typeof window.clearTimeout;

export interface KeystrokeTimes {
  /** Input event → its update committed (what the reader waits for before the next key). */
  keystroke: number[];
  /** The keystroke plus every slice it deferred: all main-thread work one key caused. */
  work: number[];
  /** Input event → the last deferred slice committed. */
  settled: number[];
}

/**
 * Mounts `candidate` with a search box and types `query` into it one character at a time,
 * `gap` ms apart (a quick typist), as the browser would: the value set, then an `input` event.
 */
async function search(
  candidate: SearchCandidate,
  doc: string,
  query: string,
  gap: number,
): Promise<KeystrokeTimes> {
  const policy = documents[doc]!;
  const target = fresh();
  flushSync(() => target.root.render(renderSearch[candidate](policy)));
  await settle();
  const input = target.container.querySelector<HTMLInputElement>('input[type="search"]')!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  input.focus();
  const result: KeystrokeTimes = { keystroke: [], work: [], settled: [] };
  for (let length = 1; length <= query.length; length++) {
    Object.assign(deferred, { tracking: true, work: 0, lastEnd: 0 });
    deferred.pending.clear();
    const start = performance.now();
    setValue.call(input, query.slice(0, length));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await microtasks();
    const keystroke = performance.now() - start;
    deferred.tracking = false; // timers from here on are ours, or later keystrokes'
    while (deferred.pending.size > 0) await pause(1);
    await microtasks();
    result.keystroke.push(keystroke);
    result.work.push(keystroke + deferred.work);
    result.settled.push(Math.max(keystroke, deferred.lastEnd - start));
    await pause(gap);
  }
  const status = target.container.querySelector('[role="status"]')?.textContent ?? '';
  if (!/\d/.test(status))
    throw new Error(`${candidate}: no result count after typing (“${status}”)`);
  dispose(target);
  return result;
}

/** Top-level sections of `doc` (clicks pick among them). */
const sectionCount = (doc: string) => documents[doc]!.sections.length;

const api = { mount, click, search, sectionCount };
export type ViewerBenchApi = typeof api;
declare global {
  interface Window {
    viewerBench: ViewerBenchApi;
  }
}
window.viewerBench = api;
