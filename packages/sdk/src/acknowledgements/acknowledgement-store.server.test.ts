// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createAcknowledgementStore } from './acknowledgement-store';
import type { PolicyDocument } from '../document/policy-types';

const policy: PolicyDocument = {
  schemaVersion: 1,
  id: 'btn-cx-privacy',
  version: '2023-10-01',
  locale: 'en',
  title: 'Privacy Policy',
  lastUpdated: '2023-10-01',
  sections: [{ id: 'a', title: 'A', blocks: [] }],
};

describe('createAcknowledgementStore on a server (no window, no localStorage)', () => {
  it('can be created and used without throwing', () => {
    expect(typeof window).toBe('undefined');
    const store = createAcknowledgementStore({ onError: () => {} });
    expect(store.get(policy.id)).toBeNull();
    expect(store.needsAcknowledgement(policy)).toBe(true);
    const stop = store.subscribe(() => {});
    stop();
  });

  it('keeps acknowledgements in memory and reports the missing storage once', () => {
    const onError = vi.fn();
    const store = createAcknowledgementStore({ onError });
    store.acknowledge(policy);
    store.acknowledge(policy);
    expect(store.needsAcknowledgement(policy)).toBe(false);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({
      name: 'AcknowledgementStorageError',
      kind: 'unavailable',
    });
  });

  it('reports nothing when never used (creating one at import time is free)', () => {
    const onError = vi.fn();
    createAcknowledgementStore({ onError });
    expect(onError).not.toHaveBeenCalled();
  });
});
