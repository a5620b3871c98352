// The receipt's way to the status page, with the SDK's real request handler (memory store) as
// the server: the status code it returns once, and the status link the host's builder makes.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRightsRequestClient, httpTransport } from '@policykit/sdk';
import { createMemoryStore, createRightsRequestHandler } from '@policykit/sdk/server';
import { RightsRequestForm } from '@policykit/react';
import { cttId } from '../../../../test/fixtures/policies';

function formWith(statusUrl?: (reference: string, token: string) => string) {
  const handler = createRightsRequestHandler({
    store: createMemoryStore(),
    jurisdiction: 'id-pdp',
    reference: { prefix: 'CTT' },
    ...(statusUrl ? { statusUrl } : {}),
  });
  const fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    handler(new Request(input, init))) as typeof globalThis.fetch;
  const client = createRightsRequestClient({
    transport: httpTransport('http://localhost/api/rights-requests', { fetch }),
  });
  render(<RightsRequestForm policy={cttId} client={client} jurisdiction="id-pdp" />);
}

async function send() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('radio', { name: 'Akses' }));
  await user.type(screen.getByRole('textbox', { name: 'Nama lengkap' }), 'Siti Rahma');
  await user.type(screen.getByRole('textbox', { name: 'Alamat email' }), 'siti@example.com');
  await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
  await screen.findByRole('heading', { name: 'Permintaan terkirim' }, { timeout: 10_000 });
}

beforeEach(() => {
  sessionStorage.clear();
});

describe('given a server that gives status codes and links', () => {
  it('shows the status code and links to the status page with it', async () => {
    formWith(
      (reference, token) => `https://ctt.example/privasi/status#ref=${reference}&token=${token}`,
    );
    await send();
    const code = screen.getByText('Kode status (jangan dibagikan)').nextElementSibling!;
    expect(code.textContent).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const link = screen.getByRole('link', { name: 'Periksa status permintaan Anda' });
    expect(link).toHaveAttribute(
      'href',
      `https://ctt.example/privasi/status#ref=CTT-2026-000001&token=${code.textContent}`,
    );
  });

  it('links nothing that is not a web address', async () => {
    formWith(() => 'javascript:alert(1)');
    await send();
    expect(screen.getByText('Kode status (jangan dibagikan)')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Periksa status permintaan Anda' })).toBeNull();
  });
});
