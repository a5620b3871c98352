// The status page against the SDK's real server handlers (request handler + admin handler on a
// memory store), called in-process as the page's `fetch`: the replies are the server's own.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createMemoryStore,
  createRightsRequestAdminHandler,
  createRightsRequestHandler,
} from '@policykit/sdk/server';
import { PolicyKitProvider, RightsRequestStatus } from '@policykit/react';

const T0 = new Date('2026-03-02T02:00:00.000Z');

function server() {
  const store = createMemoryStore();
  let now = T0;
  const submit = createRightsRequestHandler({
    store,
    jurisdiction: 'id-pdp',
    now: () => now,
    reference: { prefix: 'CTT' },
  });
  const admin = createRightsRequestAdminHandler({
    store,
    authorize: () => ({ id: 'dpo@ctt.id' }),
    now: () => now,
    basePath: '/admin',
    jurisdiction: 'id-pdp',
  });
  const seen: Request[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    seen.push(request.clone());
    return submit(request);
  }) as typeof globalThis.fetch;
  return {
    fetch,
    seen,
    setNow: (at: Date) => void (now = at),
    async receive() {
      const response = await submit(
        new Request('http://localhost/api/rights-requests', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'key-1' },
          body: JSON.stringify({
            policyId: 'ctt-privacy',
            policyVersion: '1',
            locale: 'id-ID',
            right: 'access',
            name: 'Siti Rahma',
            email: 'siti@example.co.id',
          }),
        }),
      );
      return (await response.json()) as { reference: string; statusToken: string };
    },
    move: (reference: string, body: unknown) =>
      admin(
        new Request(`http://localhost/admin/requests/${reference}/transitions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        }),
      ),
  };
}

const ENDPOINT = 'http://localhost/api/rights-requests/status';
// Answers are async (the handler hashes the code): generous waits for a loaded 2-core machine.
const WAIT = { timeout: 10_000 };

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('given a reference and status code typed in', () => {
  it('shows the status, the dates in the controller’s zone and the history, in Indonesian', async () => {
    const host = server();
    const { reference, statusToken } = await host.receive();
    host.setNow(new Date('2026-03-03T04:00:00.000Z'));
    await host.move(reference, { to: 'in-progress', version: 1, note: 'Sedang kami cari' });
    render(
      <PolicyKitProvider locale="id-ID">
        <RightsRequestStatus endpoint={ENDPOINT} fetch={host.fetch} timeZone="Asia/Jakarta" />
      </PolicyKitProvider>,
    );
    await userEvent.type(screen.getByLabelText('Nomor referensi'), reference);
    await userEvent.type(screen.getByLabelText('Kode status'), statusToken);
    await userEvent.click(screen.getByRole('button', { name: 'Periksa status' }));

    const result = await screen.findByRole(
      'heading',
      { name: `${reference}: Sedang diproses` },
      WAIT,
    );
    expect(result).toHaveFocus();
    // 2 March 2026 02:00 UTC is 09.00 WIB; UU PDP's 3×24 hours make it 5 March 09.00 WIB.
    expect(screen.getByText('Diterima pada').nextElementSibling).toHaveTextContent(
      '2 Maret 2026 pukul 09.00',
    );
    expect(screen.getByText('Jawaban paling lambat').nextElementSibling).toHaveTextContent(
      '5 Maret 2026 pukul 09.00',
    );
    const history = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(history[0]).toContain('Permintaan diterima');
    expect(history.at(-1)).toContain('Sedang diproses');
    // Nothing of the person's in the page: the reply carries none.
    expect(document.body.textContent).not.toContain('Siti');
    expect(document.body.textContent).not.toContain('siti@example.co.id');
    // The code went in a header, never in the URL.
    const sent = host.seen.at(-1)!;
    expect(sent.url).not.toContain(statusToken);
    expect(sent.headers.get('Authorization')).toBe(`Bearer ${statusToken}`);
  });

  it('says the same for a wrong code and an unknown reference, and keeps what was typed', async () => {
    const host = server();
    const { reference, statusToken } = await host.receive();
    render(
      <PolicyKitProvider locale="en">
        <RightsRequestStatus endpoint={ENDPOINT} fetch={host.fetch} />
      </PolicyKitProvider>,
    );
    const referenceField = screen.getByLabelText('Reference number');
    const codeField = screen.getByLabelText('Status code');
    const wrongCode = `${statusToken.slice(0, -4)}AAAA`;
    await userEvent.type(referenceField, reference);
    await userEvent.type(codeField, wrongCode);
    await userEvent.click(screen.getByRole('button', { name: 'Check status' }));
    const wrong = (await screen.findByRole('alert', undefined, WAIT)).textContent;
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(referenceField).toHaveValue(reference);
    expect(codeField).toHaveValue(wrongCode);

    await userEvent.clear(referenceField);
    await userEvent.type(referenceField, 'CTT-2026-999999');
    await userEvent.clear(codeField);
    await userEvent.type(codeField, statusToken);
    await userEvent.click(screen.getByRole('button', { name: 'Check status' }));
    await waitFor(() => expect(host.seen).toHaveLength(2), WAIT);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(wrong), WAIT);
    expect(wrong).toMatch(/No request matches/);
  });
});

describe('given a status link', () => {
  it('reads the reference and code from the fragment and looks them up at once', async () => {
    const host = server();
    const { reference, statusToken } = await host.receive();
    window.history.replaceState(null, '', `/status#ref=${reference}&token=${statusToken}`);
    render(<RightsRequestStatus endpoint={ENDPOINT} fetch={host.fetch} />);
    expect(
      await screen.findByRole('heading', { name: `${reference}: Received` }, WAIT),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Reference number')).toHaveValue(reference);
  });

  it('shows a closed request without a reply-by date, and a declined one with its reason', async () => {
    const host = server();
    const { reference, statusToken } = await host.receive();
    await host.move(reference, { to: 'rejected', version: 1, reason: 'no-match' });
    render(
      <RightsRequestStatus
        endpoint={ENDPOINT}
        fetch={host.fetch}
        reference={reference}
        token={statusToken}
      />,
    );
    await screen.findByRole('heading', { name: `${reference}: Declined` }, WAIT);
    expect(screen.queryByText('Reply expected by')).not.toBeInTheDocument();
    expect(screen.getByText('Reason').nextElementSibling).toHaveTextContent(
      'We hold no data that matches your details.',
    );
  });
});
