import { useCallback, useSyncExternalStore } from 'react';
import type { PolicyDocument } from '@policykit/sdk';

/**
 * Per-session state of the prompt for one policy version, kept in `sessionStorage` so it
 * survives navigation within the tab and ends with it:
 * - `remind-later` — the person asked to be reminded later (dismissible mode);
 * - `reviewing` — they followed a link to a changed section, so the next page (e.g.
 *   `/privacy#section`) shows the review bar, not the modal over the text they came to read.
 *
 * Keyed by policy id *and* version: a newer version starts afresh.
 *
 * Storage is hostile in places (Safari private mode, sandboxed iframes, a full quota,
 * `SecurityError` when cookies are blocked): every access is wrapped, and a flag that
 * cannot be stored still holds in memory for the life of the page.
 */
export type SessionFlag = 'remind-later' | 'reviewing';

const inMemory = new Map<string, boolean>();
const listeners = new Set<() => void>();

const keyFor = (flag: SessionFlag, policy: Pick<PolicyDocument, 'id' | 'version'>) =>
  `policykit:${flag}:${policy.id}:${policy.version}`;

function sessionStore(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // Reading the property itself throws when storage is blocked.
  }
}

function read(key: string): boolean {
  const held = inMemory.get(key);
  if (held !== undefined) return held;
  try {
    return sessionStore()?.getItem(key) === '1';
  } catch {
    return false;
  }
}

function write(key: string, on: boolean): void {
  try {
    const storage = sessionStore();
    if (!storage) throw new Error('no sessionStorage');
    if (on) storage.setItem(key, '1');
    else storage.removeItem(key);
    inMemory.delete(key);
  } catch {
    // Held in memory instead: a reminder comes back on the next page load, which is the
    // safe direction to fail in.
    inMemory.set(key, on);
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const offOnServer = () => false;

/**
 * `[on, set]` for one flag of one policy version. `on` is `false` on the server, while
 * hydrating (the server cannot see `sessionStorage`) and until `enabled` — the dialog
 * passes "the acknowledgement storage has been read", so no storage at all is touched
 * in the first render.
 */
export function useSessionFlag(
  flag: SessionFlag,
  policy: Pick<PolicyDocument, 'id' | 'version'>,
  enabled: boolean,
): [on: boolean, set: (on: boolean) => void] {
  const key = keyFor(flag, policy);
  const getSnapshot = useCallback(() => enabled && read(key), [key, enabled]);
  const on = useSyncExternalStore(subscribe, getSnapshot, offOnServer);
  const set = useCallback((value: boolean) => write(key, value), [key]);
  return [on, set];
}
