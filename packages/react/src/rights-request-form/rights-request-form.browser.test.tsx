import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import axe from 'axe-core';
import { createRightsRequestClient, type PolicyDocument } from '@policykit/sdk';
import { RightsRequestForm, type RightsRequestFormProps } from '@policykit/react';
import { btnEn, cttId } from '../../../../test/fixtures/policies';
import {
  scriptedTransport,
  type ScriptedOutcome,
} from '../../../../stories/support/scripted-transport';
import { serverRenderedContainer } from '../../../../test/ssr/server-html';
import '../styles.css';

function renderForm(
  outcomes: ScriptedOutcome | ScriptedOutcome[],
  props: Partial<RightsRequestFormProps> = {},
) {
  const scripted = scriptedTransport(outcomes, { referencePrefix: 'CTT' });
  const client = createRightsRequestClient({ transport: scripted.transport });
  const utils = render(
    <main>
      <h1>Hak atas data pribadi</h1>
      <RightsRequestForm policy={cttId} client={client} jurisdiction="id-pdp" {...props} />
    </main>,
  );
  return { ...utils, scripted };
}

async function expectNoAxeViolations(context: Element = document.body) {
  const results = await axe.run(context);
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

async function fillIn(policy: PolicyDocument = cttId) {
  const en = policy.locale === 'en';
  await userEvent.click(screen.getAllByRole('radio')[0] as HTMLElement);
  await userEvent.fill(
    screen.getByRole('textbox', { name: en ? 'Full name' : 'Nama lengkap' }),
    'Siti Rahma',
  );
  await userEvent.fill(
    screen.getByRole('textbox', { name: en ? 'Email address' : 'Alamat email' }),
    'siti@example.com',
  );
}

const submitButton = () => screen.getByRole('button', { name: 'Kirim permintaan' });

beforeEach(() => {
  sessionStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('given the CTT form, used with the keyboard only', () => {
  it('can be completed: Tab to the rights, Space to pick, type, Tab on, Enter to send', async () => {
    const { scripted } = renderForm({ kind: 'success' });

    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Akses' }));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Koreksi' }));
    await userEvent.keyboard('{ArrowUp}');
    await userEvent.keyboard(' ');
    expect(screen.getByRole('radio', { name: 'Akses' })).toBeChecked();

    // One Tab leaves the radio group: the next stop is the name, not the next radio.
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Nama lengkap' }));
    await userEvent.keyboard('Siti Rahma');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Alamat email' }));
    await userEvent.keyboard('siti@example.com');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(
      screen.getByRole('textbox', { name: 'Nomor telepon (opsional)' }),
    );
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(
      screen.getByRole('textbox', { name: 'Rincian (opsional)' }),
    );
    await userEvent.keyboard('Mohon kirim salinan data saya.');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(submitButton());
    await userEvent.keyboard('{Enter}');

    const heading = await screen.findByRole('heading', { name: 'Permintaan terkirim' });
    expect(document.activeElement).toBe(heading);
    expect(scripted.calls).toHaveLength(1);
    expect(scripted.calls[0]?.request).toMatchObject({
      right: 'access',
      name: 'Siti Rahma',
      email: 'siti@example.com',
      details: 'Mohon kirim salinan data saya.',
    });
  });

  it('sends with Enter from inside a text field', async () => {
    const { scripted } = renderForm({ kind: 'success' });
    await fillIn();
    await userEvent.click(screen.getByRole('textbox', { name: 'Alamat email' }));
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Permintaan terkirim' });
    expect(scripted.calls).toHaveLength(1);
  });
});

describe('given a submit with problems', () => {
  it('focuses the error summary, whose links move focus to each field', async () => {
    renderForm({ kind: 'success' });
    await userEvent.fill(screen.getByRole('textbox', { name: 'Alamat email' }), 'siti@');
    await userEvent.click(submitButton());

    const summary = screen.getByRole('heading', { name: 'Ada masalah' }).closest('[tabindex="-1"]');
    expect(document.activeElement).toBe(summary);

    await userEvent.click(
      screen.getByRole('link', { name: 'Pilih jenis permintaan yang ingin Anda ajukan' }),
    );
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Akses' }));

    await userEvent.click(screen.getByRole('link', { name: 'Masukkan nama Anda' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Nama lengkap' }));

    await userEvent.click(
      screen.getByRole('link', { name: /Masukkan alamat email dengan format/ }),
    );
    const email = screen.getByRole('textbox', { name: 'Alamat email' });
    expect(document.activeElement).toBe(email);
    // The label is scrolled into view with the field, so the question is visible too.
    const label = document.querySelector(`label[for="${email.id}"]`) as HTMLElement;
    const rect = label.getBoundingClientRect();
    expect(rect.top).toBeGreaterThanOrEqual(0);
    expect(rect.bottom).toBeLessThanOrEqual(window.innerHeight);
  });

  it('can be followed from the summary with the keyboard alone', async () => {
    renderForm({ kind: 'success' });
    await userEvent.click(submitButton());
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(
      screen.getByRole('link', { name: 'Pilih jenis permintaan yang ingin Anda ajukan' }),
    );
    await userEvent.keyboard('{Tab}{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Nama lengkap' }));
  });
});

describe('given a send that fails', () => {
  it('keeps the draft in the fields and in session storage, and after a reload', async () => {
    const first = renderForm({ kind: 'retryable' });
    await fillIn();
    await userEvent.fill(screen.getByRole('textbox', { name: 'Rincian (opsional)' }), 'Data 2024');
    await userEvent.click(submitButton());
    await screen.findByRole('button', { name: 'Coba lagi' });
    expect(screen.getByRole('textbox', { name: 'Nama lengkap' })).toHaveValue('Siti Rahma');
    expect(screen.getByRole('textbox', { name: 'Rincian (opsional)' })).toHaveValue('Data 2024');
    first.unmount();

    // A reload: a fresh mount that finds only what session storage kept.
    const second = renderForm({ kind: 'success' });
    expect(screen.getByRole('radio', { name: 'Akses' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Nama lengkap' })).toHaveValue('Siti Rahma');
    expect(screen.getByRole('textbox', { name: 'Alamat email' })).toHaveValue('siti@example.com');
    expect(screen.getByRole('textbox', { name: 'Rincian (opsional)' })).toHaveValue('Data 2024');
    await userEvent.click(submitButton());
    await screen.findByRole('heading', { name: 'Permintaan terkirim' });
    // Same body, so the key of the attempt before the reload: no second record on the server.
    expect(second.scripted.calls[0]?.idempotencyKey).toBe(first.scripted.calls[0]?.idempotencyKey);
    expect(sessionStorage.getItem('policykit:rights-draft:ctt-privacy')).toBeNull();
  });

  it('keeps the draft when the browser goes offline, and sends after it is back', async () => {
    const { scripted } = renderForm({ kind: 'success' });
    await fillIn();
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    await userEvent.click(submitButton());
    expect(scripted.calls).toHaveLength(0);
    expect(document.activeElement).toHaveTextContent(/tidak terhubung ke internet/);
    await expectNoAxeViolations();

    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await userEvent.click(submitButton());
    await screen.findByRole('heading', { name: 'Permintaan terkirim' });
    expect(scripted.calls).toHaveLength(1);
  });
});

describe('given a slow server', () => {
  it('sends once for a double click and a burst of Enter presses', async () => {
    const { scripted } = renderForm({ kind: 'slow' });
    await fillIn();
    await userEvent.dblClick(submitButton());
    await userEvent.click(screen.getByRole('textbox', { name: 'Nama lengkap' }));
    await userEvent.keyboard('{Enter}{Enter}{Enter}');
    await userEvent.click(submitButton());
    expect(scripted.calls).toHaveLength(1);
    expect(screen.getByRole('form')).toHaveAttribute('aria-busy', 'true');

    act(() => scripted.release());
    await screen.findByRole('heading', { name: 'Permintaan terkirim' });
    expect(scripted.calls).toHaveLength(1);
  });
});

describe('given a server-rendered page and a draft in session storage', () => {
  it('hydrates without a mismatch, then puts the draft back', async () => {
    sessionStorage.setItem(
      'policykit:rights-draft:ctt-privacy',
      JSON.stringify({
        values: { right: 'erasure', name: 'Siti Rahma', email: 'siti@example.com' },
      }),
    );
    const client = createRightsRequestClient({
      transport: scriptedTransport({ kind: 'success' }).transport,
    });
    const app = <RightsRequestForm policy={cttId} client={client} jurisdiction="id-pdp" />;
    const html = renderToString(app);
    // The server has no session storage: it renders the empty form.
    expect(html).not.toContain('Siti Rahma');

    const container = serverRenderedContainer(html);
    const recoverable = vi.fn();
    const consoleError = vi.spyOn(console, 'error');
    const root = hydrateRoot(container, app, { onRecoverableError: recoverable });

    const name = within(container).getByRole('textbox', { name: 'Nama lengkap' });
    await waitFor(() => expect(name).toHaveValue('Siti Rahma'));
    expect(within(container).getByRole('radio', { name: 'Penghapusan' })).toBeChecked();
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    act(() => root.unmount());
    container.remove();
  });
});

describe('given session storage that throws on every access', () => {
  it('still takes input and sends', async () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(blocked);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(blocked);
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(blocked);
    const { scripted } = renderForm({ kind: 'success' });
    await fillIn();
    expect(screen.getByRole('textbox', { name: 'Nama lengkap' })).toHaveValue('Siti Rahma');
    await userEvent.click(submitButton());
    await screen.findByRole('heading', { name: 'Permintaan terkirim' });
    expect(scripted.calls).toHaveLength(1);
  });
});

describe('accessibility (axe) in every state', () => {
  for (const policy of [cttId, btnEn]) {
    const en = policy.locale === 'en';
    const send = () =>
      screen.getByRole('button', { name: en ? 'Send request' : 'Kirim permintaan' });

    describe(`given the ${policy.id} policy`, () => {
      it('has no violations when empty', async () => {
        renderForm({ kind: 'success' }, { policy });
        await expectNoAxeViolations();
      });

      it('has no violations with errors shown', async () => {
        renderForm({ kind: 'success' }, { policy });
        await userEvent.click(send());
        expect(screen.getAllByRole('link').length).toBeGreaterThan(0);
        await expectNoAxeViolations();
      });

      it('has no violations while sending', async () => {
        const { scripted } = renderForm({ kind: 'slow' }, { policy });
        await fillIn(policy);
        await userEvent.click(send());
        expect(screen.getByRole('form')).toHaveAttribute('aria-busy', 'true');
        await expectNoAxeViolations();
        act(() => scripted.release());
      });

      it('has no violations after a retryable failure', async () => {
        renderForm({ kind: 'retryable' }, { policy });
        await fillIn(policy);
        await userEvent.click(send());
        await screen.findByRole('button', { name: en ? 'Try again' : 'Coba lagi' });
        await expectNoAxeViolations();
      });

      it('has no violations after a final failure', async () => {
        renderForm({ kind: 'final', serverMessage: 'Account not found.' }, { policy });
        await fillIn(policy);
        await userEvent.click(send());
        await screen.findByText(/Account not found\./);
        await expectNoAxeViolations();
      });

      it('has no violations on the receipt', async () => {
        renderForm({ kind: 'success' }, { policy });
        await fillIn(policy);
        await userEvent.click(send());
        await screen.findByRole('heading', { name: en ? 'Request sent' : 'Permintaan terkirim' });
        await expectNoAxeViolations();
      });
    });
  }

  it('has no violations in the identity code step, with a wrong code', async () => {
    renderForm(
      { kind: 'success' },
      {
        verifyIdentity: async () => ({
          status: 'code-required',
          sentTo: 's•••@example.com',
          confirm: async () => false,
        }),
      },
    );
    await fillIn();
    await userEvent.click(submitButton());
    const code = await screen.findByRole('textbox', { name: 'Kode konfirmasi' });
    await userEvent.fill(code, '111111');
    await userEvent.keyboard('{Enter}');
    await screen.findByText('Kode tersebut salah. Periksa kembali, lalu coba lagi.');
    expect(
      within(code.closest('div') as HTMLElement).getByText(/Kode tersebut salah/),
    ).toBeTruthy();
    await expectNoAxeViolations();
  });
});
