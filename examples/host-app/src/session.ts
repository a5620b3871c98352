import { useSyncExternalStore } from 'react';
import type { ProductId } from './products';

/** Who is signed in to a product — a stand-in for the host's real authentication. */
export interface Session {
  name: string;
  email: string;
}

const key = (product: ProductId) => `host-app:session:${product}`;
const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; session: Session | null }>();
/** Where sessions live when the browser blocks storage: this page's memory. */
const memory = new Map<string, string>();

function read(product: ProductId): Session | null {
  let raw: string | null;
  try {
    raw = window.sessionStorage.getItem(key(product));
  } catch {
    // Storage blocked: the session lasts until the page reloads, which is fine for a demo.
    raw = memory.get(key(product)) ?? null;
  }
  const cached = cache.get(product);
  if (cached && cached.raw === raw) return cached.session; // a stable snapshot for React
  let session: Session | null = null;
  try {
    const value: unknown = raw === null ? null : JSON.parse(raw);
    const candidate = value as Partial<Session> | null;
    if (typeof candidate?.name === 'string' && typeof candidate.email === 'string') {
      session = { name: candidate.name, email: candidate.email };
    }
  } catch {
    session = null;
  }
  cache.set(product, { raw, session });
  return session;
}

function write(product: ProductId, session: Session | null): void {
  const raw = session ? JSON.stringify(session) : null;
  if (raw === null) memory.delete(key(product));
  else memory.set(key(product), raw);
  try {
    if (raw === null) window.sessionStorage.removeItem(key(product));
    else window.sessionStorage.setItem(key(product), raw);
  } catch {
    // See read().
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(product: ProductId): Session | null {
  return useSyncExternalStore(subscribe, () => read(product));
}

export const signIn = (product: ProductId, session: Session) => write(product, session);
export const signOut = (product: ProductId) => write(product, null);
