import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import {
  acknowledgeUpcomingNotice,
  createAcknowledgementStore,
  type AcknowledgementStore,
  type AsyncStorageAdapter,
  type PolicyDocument,
  type StorageLike,
} from '@policykit/sdk';
import { useAcknowledgement } from '@policykit/react';
import { memoryStorage } from '../../../../test/fixtures/memory-storage';

const policy: PolicyDocument = {
  schemaVersion: 1,
  id: 'acme-privacy',
  version: '2',
  locale: 'en',
  title: 'Privacy Policy',
  lastUpdated: '2025-09-30',
  sections: [{ id: 'intro', title: 'Introduction', blocks: [] }],
};

describe('given a server render', () => {
  it('reports "not hydrated" and never asks, without touching the storage', () => {
    const touched: string[] = [];
    const storage: StorageLike = {
      getItem: (key) => {
        touched.push(key);
        return null;
      },
      setItem: () => {},
    };
    const store = createAcknowledgementStore({ storage });
    function Probe() {
      const { hydrated, needsAcknowledgement, record } = useAcknowledgement(policy, store);
      return <output>{JSON.stringify({ hydrated, needsAcknowledgement, record })}</output>;
    }

    const html = renderToString(<Probe />);

    expect(html).toContain(
      JSON.stringify({ hydrated: false, needsAcknowledgement: false, record: null }).replace(
        /"/g,
        '&quot;',
      ),
    );
    expect(touched).toEqual([]);
  });
});

describe('given a synchronous storage with no record', () => {
  it('becomes hydrated and asks; acknowledging updates every reader', async () => {
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    const first = renderHook(() => useAcknowledgement(policy, store));
    const second = renderHook(() => useAcknowledgement(policy, store));

    await waitFor(() => expect(first.result.current.hydrated).toBe(true));
    expect(first.result.current.needsAcknowledgement).toBe(true);

    let record: ReturnType<AcknowledgementStore['acknowledge']> | undefined;
    act(() => {
      record = first.result.current.acknowledge();
    });

    expect(record).toMatchObject({ policyId: 'acme-privacy', version: '2', locale: 'en' });
    expect(first.result.current.needsAcknowledgement).toBe(false);
    await waitFor(() => expect(second.result.current.record).toEqual(record));
    expect(second.result.current.needsAcknowledgement).toBe(false);
  });

  it('asks again when the policy moves to a new version', async () => {
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    store.acknowledge(policy);
    const { result, rerender } = renderHook(({ doc }) => useAcknowledgement(doc, store), {
      initialProps: { doc: policy },
    });
    await waitFor(() => expect(result.current.hydrated).toBe(true));
    expect(result.current.needsAcknowledgement).toBe(false);

    rerender({ doc: { ...policy, version: '3' } });

    expect(result.current.needsAcknowledgement).toBe(true);
    expect(result.current.record?.version).toBe('2');
  });
});

describe('given an async adapter (the host server keeps the record)', () => {
  it('stays "not hydrated" and does not ask until the server has answered', async () => {
    let answer: (value: string | null) => void = () => {};
    const adapter: AsyncStorageAdapter = {
      get: (key) =>
        key === 'policykit:ack:acme-privacy'
          ? new Promise((resolve) => {
              answer = resolve;
            })
          : Promise.resolve(null),
      set: async () => {},
    };
    const store = createAcknowledgementStore({ storage: adapter });
    const { result } = renderHook(() => useAcknowledgement(policy, store));

    await act(async () => {});
    expect(result.current).toMatchObject({ hydrated: false, needsAcknowledgement: false });

    await act(async () => {
      answer(
        JSON.stringify({
          policyId: 'acme-privacy',
          version: '2',
          locale: 'en',
          acknowledgedAt: '2025-10-01T08:00:00.000Z',
          receiptId: 'r-1',
        }),
      );
    });

    await waitFor(() => expect(result.current.hydrated).toBe(true));
    expect(result.current.needsAcknowledgement).toBe(false);
    expect(result.current.record?.receiptId).toBe('r-1');
  });
});

describe('given a storage that throws on every call', () => {
  it('still lets the person acknowledge (kept in memory)', async () => {
    const errors: unknown[] = [];
    const storage: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const store = createAcknowledgementStore({ storage, onError: (e) => errors.push(e) });
    const { result } = renderHook(() => useAcknowledgement(policy, store));
    await waitFor(() => expect(result.current.hydrated).toBe(true));
    expect(result.current.needsAcknowledgement).toBe(true);

    act(() => {
      result.current.acknowledge();
    });

    expect(result.current.needsAcknowledgement).toBe(false);
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe('given the person acknowledged the notice of this version before it took effect', () => {
  it('does not ask again (UU PDP Pasal 21(2): they were already told)', async () => {
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    acknowledgeUpcomingNotice(store, policy);
    const { result } = renderHook(() => useAcknowledgement(policy, store));

    await waitFor(() => expect(result.current.hydrated).toBe(true));
    expect(result.current.needsAcknowledgement).toBe(false);
    expect(result.current.record).toBeNull();
    expect(result.current.noticeRecord?.version).toBe('2');
  });
});
