/**
 * The first module of a test page: installed before React or any component
 * loads, it records everything that must never happen while PolicyKit renders
 * hostile text — a payload calling the tripwire, a Content-Security-Policy
 * violation, an uncaught error, a console error or warning — tagged with the
 * case that was running. The Node side reads `window.__pkRecorder`.
 */

/** One thing that went wrong, and the case (payload, variant, component) it happened in. */
export interface RecordedEvent {
  kind: 'tripwire' | 'csp-violation' | 'uncaught-error' | 'console';
  case: string;
  detail: string;
}

export interface PageRecorder {
  events: RecordedEvent[];
  /** The case now running; events are attributed to it. */
  current: string;
}

declare global {
  interface Window {
    __pkRecorder: PageRecorder;
    /** The tripwire every payload in the corpus calls if it ever runs. */
    __pkPwned: (id: number) => void;
  }
}

const recorder: PageRecorder = { events: [], current: '(page start)' };
window.__pkRecorder = recorder;

const record = (kind: RecordedEvent['kind'], detail: string) => {
  recorder.events.push({ kind, case: recorder.current, detail });
};

window.__pkPwned = (id: number) => record('tripwire', `payload #${id} ran`);

// Any violation on this page is PolicyKit's: the page itself has no inline script or style.
document.addEventListener('securitypolicyviolation', (event) => {
  record(
    'csp-violation',
    `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}` +
      `${event.sample ? ` "${event.sample}"` : ''} at ${event.sourceFile || '?'}:${event.lineNumber}`,
  );
});

window.addEventListener('error', (event) => {
  record('uncaught-error', String(event.error?.stack ?? event.message));
});
window.addEventListener('unhandledrejection', (event) => {
  const reason = event.reason as { stack?: string } | undefined;
  record('uncaught-error', `unhandled rejection: ${String(reason?.stack ?? event.reason)}`);
});

// React reports hydration mismatches, key and prop problems with console.error in development.
for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    record('console', `console.${level}: ${args.map(String).join(' ')}`);
    original(...args);
  };
}

export { recorder };
