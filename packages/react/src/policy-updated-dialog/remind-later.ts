import { useCallback, useSyncExternalStore } from 'react';
import type { PolicyDocument } from '@policykit/sdk';

/**
 * "Remind me later" lasts for the browser session only: a flag in `sessionStorage`,
 * keyed by policy id *and* version, so a newer version asks again at once.
 *
 * Storage is hostile in places (Safari private mode, sandboxed iframes, a full quota,
 * `SecurityError` when cookies are blocked): every access is wrapped, and a flag that
 * cannot be stored still holds in memory for the life of the page.
 */
const PREFIX = 'policykit:remind-later:';
const inMemory = new Set<string>();
const listeners = new Set<() => void>();

const keyFor = (policy: Pick<PolicyDocument, 'id' | 'version'>) =>
  `${PREFIX}${policy.id}:${policy.version}`;

function sessionStore(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // Reading the property itself throws when storage is blocked.
  }
}

function isSnoozed(key: string): boolean {
  if (inMemory.has(key)) return true;
  try {
    return sessionStore()?.getItem(key) === '1';
  } catch {
    return false;
  }
}

function snooze(key: string): void {
  try {
    const storage = sessionStore();
    if (!storage) throw new Error('no sessionStorage');
    storage.setItem(key, '1');
  } catch {
    // Held in memory instead: the prompt comes back on the next page load, which is the
    // safe direction to fail in.
    inMemory.add(key);
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const notOnServer = () => false;

/**
 * `[snoozed, remindLater]` for one policy version. `snoozed` is `false` on the server and
 * while hydrating (the server cannot see `sessionStorage`).
 */
export function useRemindLater(
  policy: Pick<PolicyDocument, 'id' | 'version'>,
): [snoozed: boolean, remindLater: () => void] {
  const key = keyFor(policy);
  const getSnapshot = useCallback(() => isSnoozed(key), [key]);
  const snoozed = useSyncExternalStore(subscribe, getSnapshot, notOnServer);
  const remindLater = useCallback(() => snooze(key), [key]);
  return [snoozed, remindLater];
}
