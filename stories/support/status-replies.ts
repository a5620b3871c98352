import type { RightsRequestStatusReply } from '@policykit/sdk';

/**
 * Status replies as `createRightsRequestHandler`'s status lookup gives them (the shape
 * `RightsRequestStatusReply` types; rights-request-status.test.tsx runs the page against the
 * real handler). Stories run in the browser, where the Node handler cannot, so they answer with
 * these, through a `fetch` that checks the reference and code as the server does.
 */
export const STATUS_CODE = 'c3RhdHVzLWNvZGUtb2YtdGhlLXN0b3J5LXJlcXVlc3Q';

export const cttInProgress: RightsRequestStatusReply = {
  reference: 'CTT-2026-000123',
  right: 'access',
  status: 'in-progress',
  status_label: 'Sedang diproses',
  drp_status: 'in_progress',
  received_at: '2026-03-02T02:00:00.000Z',
  expected_by: '2026-03-05T02:00:00.000Z',
  closed: false,
  language: 'id',
  history: [
    {
      kind: 'received',
      at: '2026-03-02T02:00:00.000Z',
      status: 'received',
      label: 'Permintaan diterima',
    },
    {
      kind: 'status',
      at: '2026-03-03T04:00:00.000Z',
      status: 'in-progress',
      label: 'Status berubah menjadi “Sedang diproses”',
      note: 'Kami sedang mengumpulkan data Anda dari sistem transaksi.',
    },
  ],
};

export const btnFulfilled: RightsRequestStatusReply = {
  reference: 'BTN-2026-000042',
  right: 'rectification',
  status: 'fulfilled',
  status_label: 'Completed',
  drp_status: 'fulfilled',
  received_at: '2026-03-02T02:00:00.000Z',
  expected_by: '2026-03-05T02:00:00.000Z',
  closed: true,
  language: 'en',
  history: [
    {
      kind: 'received',
      at: '2026-03-02T02:00:00.000Z',
      status: 'received',
      label: 'Request received',
    },
    {
      kind: 'status',
      at: '2026-03-02T07:30:00.000Z',
      status: 'in-progress',
      label: 'Status changed to “In progress”',
    },
    {
      kind: 'status',
      at: '2026-03-04T03:15:00.000Z',
      status: 'fulfilled',
      label: 'Status changed to “Completed”',
      note: 'Your address has been corrected in every account.',
    },
  ],
};

/** A `fetch` answering one reply for its reference and code, and 404 — the server's one reply for both — otherwise. */
export function statusServer(reply: RightsRequestStatusReply): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const auth = new Headers(init?.headers).get('Authorization');
    const known =
      url.searchParams.get('reference') === reply.reference && auth === `Bearer ${STATUS_CODE}`;
    return known
      ? Response.json(reply)
      : Response.json(
          { error: { code: 'not-found', message: 'No request matches' } },
          { status: 404 },
        );
  }) as typeof fetch;
}
