import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createRightsRequestClient,
  mailtoTransport,
  type PolicyDocument,
  type RightsRequestReceipt,
} from '@policykit/sdk';
import { PolicyKitProvider, RightsRequestForm } from '@policykit/react';
import { btnEn, cttId } from '../../../../test/fixtures/policies';
import {
  scriptedTransport,
  type ScriptedOutcome,
} from '../../../../stories/support/scripted-transport';

const FIXED_NOW = new Date('2026-03-02T09:00:00Z');

function setup(
  outcomes: ScriptedOutcome | ScriptedOutcome[],
  props: Partial<Parameters<typeof RightsRequestForm>[0]> = {},
) {
  const scripted = scriptedTransport(outcomes, { now: () => FIXED_NOW, referencePrefix: 'CTT' });
  const client = createRightsRequestClient({ transport: scripted.transport });
  const onSubmitted = vi.fn<(receipt: RightsRequestReceipt) => void>();
  const utils = render(
    <RightsRequestForm
      policy={cttId}
      client={client}
      jurisdiction="id-pdp"
      onSubmitted={onSubmitted}
      {...props}
    />,
  );
  return { ...utils, scripted, onSubmitted, user: userEvent.setup() };
}

async function fillCttForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('radio', { name: 'Akses' }));
  await user.type(screen.getByRole('textbox', { name: 'Nama lengkap' }), 'Siti Rahma');
  await user.type(screen.getByRole('textbox', { name: 'Alamat email' }), 'siti@example.com');
}

beforeEach(() => {
  sessionStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('given the CTT policy (Indonesian) and no provider', () => {
  it('offers each declared right as a radio, with the document title and description', () => {
    setup({ kind: 'success' });
    const group = screen.getByRole('group', { name: 'Apa yang ingin Anda lakukan?' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => (radio as HTMLInputElement).value)).toEqual([
      'access',
      'rectification',
      'erasure',
      'portability',
      'restriction',
      'objection',
    ]);
    expect(screen.getByRole('radio', { name: 'Akses' })).toHaveAccessibleDescription(
      'Meminta salinan data pribadi yang kami miliki tentang Anda',
    );
  });

  it('labels the fields in Indonesian with autocomplete hints for the browser', () => {
    setup({ kind: 'success' });
    expect(screen.getByRole('textbox', { name: 'Nama lengkap' })).toHaveAttribute(
      'autocomplete',
      'name',
    );
    const email = screen.getByRole('textbox', { name: 'Alamat email' });
    expect(email).toHaveAttribute('type', 'email');
    expect(email).toHaveAttribute('autocomplete', 'email');
    const phone = screen.getByRole('textbox', { name: 'Nomor telepon (opsional)' });
    expect(phone).toHaveAttribute('type', 'tel');
    expect(phone).toHaveAttribute('autocomplete', 'tel');
    expect(screen.getByRole('textbox', { name: 'Rincian (opsional)' })).toHaveAccessibleDescription(
      /Maksimal 5\.000 karakter\. Sisa 5\.000 karakter/,
    );
  });

  describe('when submitted empty', () => {
    it('shows an error summary with a link per problem, in the order of the form, and focuses it', async () => {
      const { user, scripted } = setup({ kind: 'success' });
      await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));

      const summary = screen.getByRole('alert');
      expect(within(summary).getByRole('heading', { name: 'Ada masalah' })).toBeInTheDocument();
      expect(
        within(summary)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual([
        'Pilih jenis permintaan yang ingin Anda ajukan',
        'Masukkan nama Anda',
        'Masukkan alamat email Anda',
      ]);
      expect(summary.parentElement).toHaveFocus();
      expect(scripted.calls).toHaveLength(0);
    });

    it('marks each field invalid and ties its error to it', async () => {
      const { user } = setup({ kind: 'success' });
      await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));

      const name = screen.getByRole('textbox', { name: 'Nama lengkap' });
      expect(name).toHaveAttribute('aria-invalid', 'true');
      expect(name).toHaveAccessibleDescription('Kesalahan: Masukkan nama Anda');
      expect(
        screen.getByRole('group', { name: 'Apa yang ingin Anda lakukan?' }),
      ).toHaveAccessibleDescription('Kesalahan: Pilih jenis permintaan yang ingin Anda ajukan');
      expect(screen.getByRole('textbox', { name: 'Nomor telepon (opsional)' })).not.toHaveAttribute(
        'aria-invalid',
      );
    });
  });

  describe('when the phone number is not international', () => {
    it('says how to write it', async () => {
      const { user } = setup({ kind: 'success' });
      await fillCttForm(user);
      await user.type(
        screen.getByRole('textbox', { name: 'Nomor telepon (opsional)' }),
        '0812 3456 7890',
      );
      await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
      expect(
        screen.getByRole('link', {
          name: 'Awali nomor telepon dengan + dan kode negara, misalnya +62',
        }),
      ).toBeInTheDocument();
    });
  });

  describe('when the details are longer than the limit', () => {
    it('keeps every character, counts how many are too many, and reports it on submit', async () => {
      const { user } = setup({ kind: 'success' });
      const details = screen.getByRole('textbox', { name: 'Rincian (opsional)' });
      await user.click(details);
      await user.paste('x'.repeat(5002));
      expect(details).toHaveValue('x'.repeat(5002));
      expect(screen.getByText('Kelebihan 2 karakter')).toBeInTheDocument();
      await fillCttForm(user);
      await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
      expect(
        screen.getByRole('link', { name: 'Rincian tidak boleh lebih dari 5000 karakter' }),
      ).toBeInTheDocument();
    });
  });

  describe('when a valid request is accepted', () => {
    it('sends the normalized request once and shows the receipt with a reply-by date in Indonesian', async () => {
      const { user, scripted, onSubmitted } = setup({ kind: 'success' });
      await fillCttForm(user);
      await user.type(
        screen.getByRole('textbox', { name: 'Nomor telepon (opsional)' }),
        '+62 812-3456-7890',
      );
      await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));

      const heading = await screen.findByRole('heading', { name: 'Permintaan terkirim' });
      expect(heading).toHaveFocus();
      expect(scripted.calls).toHaveLength(1);
      expect(scripted.calls[0]?.request).toEqual({
        policyId: 'ctt-privacy',
        policyVersion: '2024-06-12',
        right: 'access',
        name: 'Siti Rahma',
        email: 'siti@example.com',
        phone: '+6281234567890',
        locale: 'id-ID',
      });
      expect(screen.getByText('CTT-2026-000001')).toBeInTheDocument();
      const due = new Intl.DateTimeFormat('id-ID', {
        dateStyle: 'long',
        timeStyle: 'short',
      }).format(new Date('2026-03-05T09:00:00Z'));
      expect(screen.getByText(due, { selector: 'time' })).toHaveAttribute(
        'datetime',
        '2026-03-05T09:00:00.000Z',
      );
      expect(
        screen.getByText(new RegExp(`CTT akan membalas ke siti@example.com paling lambat ${due}`)),
      ).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'privacy@ctt.id' })).toHaveAttribute(
        'href',
        'mailto:privacy@ctt.id',
      );
      expect(onSubmitted).toHaveBeenCalledOnce();
      expect(onSubmitted.mock.calls[0]?.[0]).toMatchObject({
        reference: 'CTT-2026-000001',
        right: 'access',
      });
    });

    it('says the law sets no period for a right UU PDP gives none (erasure)', async () => {
      const { user } = setup({ kind: 'success' });
      await fillCttForm(user);
      await user.click(screen.getByRole('radio', { name: 'Penghapusan' }));
      await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));

      await screen.findByRole('heading', { name: 'Permintaan terkirim' });
      expect(
        screen.getByText('Undang-undang tidak menetapkan batas waktu untuk permintaan ini.'),
      ).toBeInTheDocument();
      expect(
        screen.getByText(/akan membalas ke siti@example.com sesegera mungkin/),
      ).toBeInTheDocument();
    });

    it('forgets the draft, and "make another request" starts from an empty form', async () => {
      const { user } = setup({ kind: 'success' });
      await fillCttForm(user);
      expect(sessionStorage.getItem('policykit:rights-draft:ctt-privacy')).toContain('Siti Rahma');
      await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
      await screen.findByRole('heading', { name: 'Permintaan terkirim' });
      expect(sessionStorage.getItem('policykit:rights-draft:ctt-privacy')).toBeNull();

      await user.click(screen.getByRole('button', { name: 'Ajukan permintaan lain' }));
      expect(screen.getByRole('textbox', { name: 'Nama lengkap' })).toHaveValue('');
    });
  });

  describe('while the request is being sent', () => {
    it('marks the form busy, keeps the button enabled, and sends once however often it is pressed', async () => {
      const { user, scripted } = setup({ kind: 'slow' });
      await fillCttForm(user);
      const button = screen.getByRole('button', { name: 'Kirim permintaan' });
      await user.click(button);
      await user.click(button);
      await user.type(screen.getByRole('textbox', { name: 'Nama lengkap' }), '{Enter}{Enter}');

      expect(screen.getByRole('form')).toHaveAttribute('aria-busy', 'true');
      expect(button).toBeEnabled();
      expect(screen.getByText('Permintaan Anda sedang dikirim…')).toBeInTheDocument();
      expect(scripted.calls).toHaveLength(1);

      await act(async () => scripted.release());
      await screen.findByRole('heading', { name: 'Permintaan terkirim' });
      expect(scripted.calls).toHaveLength(1);
    });
  });

  describe('when sending fails but may succeed again (503)', () => {
    it('keeps every field, explains, and retries the same request with the same idempotency key', async () => {
      const { user, scripted } = setup([{ kind: 'retryable' }, { kind: 'success' }]);
      await fillCttForm(user);
      await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));

      const notice = await screen.findByRole('heading', { name: 'Permintaan Anda belum terkirim' });
      expect(notice.closest('[tabindex="-1"]')).toHaveFocus();
      expect(screen.getByText(/Layanan sedang tidak tersedia untuk sementara/)).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Nama lengkap' })).toHaveValue('Siti Rahma');
      expect(sessionStorage.getItem('policykit:rights-draft:ctt-privacy')).toContain('Siti Rahma');

      await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
      await screen.findByRole('heading', { name: 'Permintaan terkirim' });
      expect(scripted.calls).toHaveLength(2);
      expect(scripted.calls[1]?.idempotencyKey).toBe(scripted.calls[0]?.idempotencyKey);
    });

    it('uses a new key once the request itself was changed', async () => {
      const { user, scripted } = setup([{ kind: 'retryable' }, { kind: 'success' }]);
      await fillCttForm(user);
      await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
      await screen.findByRole('button', { name: 'Coba lagi' });
      await user.type(screen.getByRole('textbox', { name: 'Nama lengkap' }), ' Putri');
      await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
      await screen.findByRole('heading', { name: 'Permintaan terkirim' });
      expect(scripted.calls[1]?.request.name).toBe('Siti Rahma Putri');
      expect(scripted.calls[1]?.idempotencyKey).not.toBe(scripted.calls[0]?.idempotencyKey);
    });
  });

  describe('when the server refuses the request for good', () => {
    it("shows the server's message and the policy's contact, without a retry", async () => {
      const { user } = setup({
        kind: 'final',
        status: 403,
        serverMessage: 'Akun ini tidak ditemukan.',
      });
      await fillCttForm(user);
      await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));

      await screen.findByRole('heading', { name: 'Permintaan Anda tidak dapat dikirim' });
      expect(screen.getByText('Pesan dari server: Akun ini tidak ditemukan.')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Coba lagi' })).not.toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'privacy@ctt.id' })).toHaveAttribute(
        'href',
        'mailto:privacy@ctt.id',
      );
      expect(screen.getByRole('link', { name: '+62 21 1234 5678' })).toHaveAttribute(
        'href',
        'tel:+622112345678',
      );
      expect(screen.getByRole('textbox', { name: 'Alamat email' })).toHaveValue('siti@example.com');
    });

    it('shows per-field problems the server found in the error summary', async () => {
      const { user } = setup({
        kind: 'final',
        issues: [
          { field: 'email', code: 'emailInvalid', message: 'email is not a valid e-mail address' },
        ],
      });
      await fillCttForm(user);
      await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));

      const link = await screen.findByRole('link', {
        name: /Masukkan alamat email dengan format yang benar/,
      });
      expect(link.closest('[tabindex="-1"]')).toHaveFocus();
      expect(screen.getByRole('textbox', { name: 'Alamat email' })).toHaveAttribute(
        'aria-invalid',
        'true',
      );
    });
  });

  describe('when the browser is offline', () => {
    it('says so, keeps the draft, and sends nothing until it is back online', async () => {
      const { user, scripted } = setup({ kind: 'success' });
      await fillCttForm(user);
      vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
      act(() => {
        window.dispatchEvent(new Event('offline'));
      });
      expect(screen.getByText(/Anda sedang tidak terhubung ke internet/)).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
      expect(scripted.calls).toHaveLength(0);
      expect(screen.getByText(/Anda sedang tidak terhubung ke internet/)).toHaveFocus();

      vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
      act(() => {
        window.dispatchEvent(new Event('online'));
      });
      expect(screen.queryByText(/Anda sedang tidak terhubung ke internet/)).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
      await screen.findByRole('heading', { name: 'Permintaan terkirim' });
      expect(scripted.calls).toHaveLength(1);
    });
  });

  describe('when the page is reloaded mid-way', () => {
    it('puts back what was typed and says so', async () => {
      const { user, unmount } = setup({ kind: 'success' });
      await fillCttForm(user);
      unmount();

      setup({ kind: 'success' });
      expect(screen.getByRole('textbox', { name: 'Nama lengkap' })).toHaveValue('Siti Rahma');
      expect(screen.getByRole('radio', { name: 'Akses' })).toBeChecked();
      expect(
        screen.getByText('Kami memulihkan isian yang sebelumnya Anda ketik di perangkat ini.'),
      ).toBeInTheDocument();
    });

    it('reuses the idempotency key of a request that failed before the reload', async () => {
      const first = setup({ kind: 'retryable' });
      await fillCttForm(first.user);
      await first.user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
      await screen.findByRole('button', { name: 'Coba lagi' });
      const key = first.scripted.calls[0]?.idempotencyKey;
      first.unmount();

      const second = setup({ kind: 'success' });
      await second.user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
      await screen.findByRole('heading', { name: 'Permintaan terkirim' });
      expect(second.scripted.calls[0]?.idempotencyKey).toBe(key);
    });

    it('ignores garbage in storage', () => {
      sessionStorage.setItem('policykit:rights-draft:ctt-privacy', '{"values": 42');
      setup({ kind: 'success' });
      expect(screen.getByRole('textbox', { name: 'Nama lengkap' })).toHaveValue('');
    });
  });

  describe('when session storage throws on every access', () => {
    it('still takes and sends a request', async () => {
      const blocked = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      vi.spyOn(Storage.prototype, 'getItem').mockImplementation(blocked);
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(blocked);
      vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(blocked);
      const { user, scripted } = setup({ kind: 'success' });
      await fillCttForm(user);
      await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
      await screen.findByRole('heading', { name: 'Permintaan terkirim' });
      expect(scripted.calls).toHaveLength(1);
    });
  });

  describe('given a defaultRight', () => {
    it('starts with that right chosen', () => {
      setup({ kind: 'success' }, { defaultRight: 'erasure' });
      expect(screen.getByRole('radio', { name: 'Penghapusan' })).toBeChecked();
    });
  });
});

describe('given the BTN CX policy (English)', () => {
  it('offers its rights, the custom ones included, in English', () => {
    setup({ kind: 'success' }, { policy: btnEn, jurisdiction: 'gdpr' });
    expect(screen.getByRole('group', { name: 'What would you like to do?' })).toBeInTheDocument();
    expect(screen.getAllByRole('radio').map((radio) => (radio as HTMLInputElement).value)).toEqual(
      btnEn.rights?.map((right) => right.id),
    );
    expect(screen.getByRole('radio', { name: 'Account deactivation' })).toHaveAttribute(
      'value',
      'x-account-deactivation',
    );
  });

  it('shows the receipt in English with a GDPR one-month reply date', async () => {
    const { user } = setup({ kind: 'success' }, { policy: btnEn, jurisdiction: 'gdpr' });
    await user.click(screen.getByRole('radio', { name: 'Access' }));
    await user.type(screen.getByRole('textbox', { name: 'Full name' }), 'Dewi Lestari');
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'dewi@example.com');
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    await screen.findByRole('heading', { name: 'Request sent' });
    const due = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date('2026-04-02T09:00:00Z'),
    );
    expect(screen.getByText(due, { selector: 'time' })).toBeInTheDocument();
    expect(
      screen.getByText(
        `Keep your reference number. PT Bank Tabungan Negara will reply to dewi@example.com by ${due}.`,
      ),
    ).toBeInTheDocument();
  });
});

describe('given rights the document gives no title', () => {
  it('labels known ids with the kit translation and custom ids readably', () => {
    const policy = {
      ...btnEn,
      rights: [{ id: 'access' }, { id: 'information' }, { id: 'x-account-deactivation' }],
    } satisfies PolicyDocument;
    setup({ kind: 'success' }, { policy });
    for (const name of [
      'Access your data',
      'Be informed about processing',
      'Account deactivation',
    ]) {
      expect(screen.getByRole('radio', { name })).toBeInTheDocument();
    }
  });
});

describe('given a contact e-mail mangled the way the BTN CX seed page has it', () => {
  it('shows it as text, not as a broken mailto: link', async () => {
    const policy = {
      ...btnEn,
      contact: { email: '[email protected]', phone: '+1 (555) 123-4567' },
    } satisfies PolicyDocument;
    const { user } = setup({ kind: 'final' }, { policy });
    await user.click(screen.getByRole('radio', { name: 'Access' }));
    await user.type(screen.getByRole('textbox', { name: 'Full name' }), 'Dewi Lestari');
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'dewi@example.com');
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    await screen.findByRole('heading', { name: 'Your request could not be sent' });
    expect(screen.getByText('[email protected]')).not.toHaveAttribute('href');
    expect(screen.queryByRole('link', { name: '[email protected]' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '+1 (555) 123-4567' })).toHaveAttribute(
      'href',
      'tel:+15551234567',
    );
  });
});

describe('given a provider locale that differs from the document', () => {
  it('follows the provider: an Indonesian policy with English UI', () => {
    const scripted = scriptedTransport({ kind: 'success' });
    render(
      <PolicyKitProvider locale="en-GB">
        <RightsRequestForm
          policy={cttId}
          client={createRightsRequestClient({ transport: scripted.transport })}
        />
      </PolicyKitProvider>,
    );
    expect(screen.getByRole('group', { name: 'What would you like to do?' })).toBeInTheDocument();
    // The document's own right titles stay as the author wrote them.
    expect(screen.getByRole('radio', { name: 'Akses' })).toBeInTheDocument();
  });
});

describe('given the e-mail transport as the client', () => {
  it('says the e-mail still has to be sent, rather than "request sent"', async () => {
    const opened: string[] = [];
    const client = createRightsRequestClient({
      transport: mailtoTransport('privacy@ctt.id', {
        open: (url) => opened.push(url),
        jurisdiction: 'id-pdp',
      }),
    });
    render(<RightsRequestForm policy={cttId} client={client} jurisdiction="id-pdp" />);
    const user = userEvent.setup();
    await fillCttForm(user);
    await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));

    const heading = await screen.findByRole('heading', {
      name: 'Kirim email untuk menyelesaikan permintaan Anda',
    });
    expect(heading).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Permintaan terkirim' })).not.toBeInTheDocument();
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/^mailto:privacy@ctt\.id\?/);
    expect(screen.getByText(/^REQ-\d{8}-[0-9A-F]{8}$/)).toBeInTheDocument();
  });
});

describe('given a verifyIdentity callback that sends a code', () => {
  function codeChallenge(rightCode = '123456') {
    const confirm = vi.fn(async (code: string) => code === rightCode);
    const verifyIdentity = vi.fn(async () => ({
      status: 'code-required' as const,
      sentTo: 's•••@example.com',
      confirm,
    }));
    return { verifyIdentity, confirm };
  }

  it('asks for the code with the valid identity, then sends once the code is right', async () => {
    const { verifyIdentity, confirm } = codeChallenge();
    const { user, scripted } = setup({ kind: 'success' }, { verifyIdentity });
    await fillCttForm(user);
    await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));

    const heading = await screen.findByRole('heading', { name: 'Konfirmasi alamat email Anda' });
    expect(heading).toHaveFocus();
    expect(verifyIdentity).toHaveBeenCalledWith({
      name: 'Siti Rahma',
      email: 'siti@example.com',
      locale: 'id-ID',
      policyId: 'ctt-privacy',
    });
    expect(screen.getByText(/Kami telah mengirim kode ke s•••@example.com/)).toBeInTheDocument();
    expect(scripted.calls).toHaveLength(0);

    const codeField = screen.getByRole('textbox', { name: 'Kode konfirmasi' });
    expect(codeField).toHaveAttribute('autocomplete', 'one-time-code');
    await user.type(codeField, '000000{Enter}');
    expect(
      await screen.findByText('Kode tersebut salah. Periksa kembali, lalu coba lagi.'),
    ).toBeInTheDocument();
    expect(scripted.calls).toHaveLength(0);

    await user.clear(codeField);
    await user.type(codeField, '123456{Enter}');
    await screen.findByRole('heading', { name: 'Permintaan terkirim' });
    expect(confirm).toHaveBeenLastCalledWith('123456');
    expect(scripted.calls).toHaveLength(1);
  });

  it('asks for a code when the field is left empty', async () => {
    const { verifyIdentity, confirm } = codeChallenge();
    const { user } = setup({ kind: 'success' }, { verifyIdentity });
    await fillCttForm(user);
    await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
    await user.click(await screen.findByRole('button', { name: 'Konfirmasi dan kirim' }));
    expect(screen.getByRole('textbox', { name: 'Kode konfirmasi' })).toHaveAccessibleDescription(
      'Kesalahan: Masukkan kode yang kami kirim',
    );
    expect(confirm).not.toHaveBeenCalled();
  });

  it('goes back to the filled-in fields with "change your details"', async () => {
    const { verifyIdentity } = codeChallenge();
    const { user } = setup({ kind: 'success' }, { verifyIdentity });
    await fillCttForm(user);
    await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
    await user.click(await screen.findByRole('button', { name: 'Ubah data Anda' }));
    expect(screen.getByRole('textbox', { name: 'Alamat email' })).toHaveValue('siti@example.com');
  });

  it('does not ask again when a verified request is retried', async () => {
    const verifyIdentity = vi.fn(async () => ({ status: 'verified' as const }));
    const { user, scripted } = setup([{ kind: 'retryable' }, { kind: 'success' }], {
      verifyIdentity,
    });
    await fillCttForm(user);
    await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
    await user.click(await screen.findByRole('button', { name: 'Coba lagi' }));
    await screen.findByRole('heading', { name: 'Permintaan terkirim' });
    expect(verifyIdentity).toHaveBeenCalledOnce();
    expect(scripted.calls).toHaveLength(2);
  });

  it('offers a retry when the host cannot run the check', async () => {
    const verifyIdentity = vi
      .fn()
      .mockRejectedValueOnce(new Error('mail server down'))
      .mockResolvedValue({ status: 'verified' });
    const { user, scripted } = setup({ kind: 'success' }, { verifyIdentity });
    await fillCttForm(user);
    await user.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
    expect(
      await screen.findByText('Kami tidak dapat memastikan identitas Anda.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/mail server down/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await screen.findByRole('heading', { name: 'Permintaan terkirim' });
    expect(scripted.calls).toHaveLength(1);
  });
});

describe('given a policy that declares no rights', () => {
  it('explains that nothing can be requested here and shows the contact', () => {
    setup(
      { kind: 'success' },
      { policy: { ...btnEn, rights: [], contact: { email: 'dpo@example.com' } } },
    );
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(
      screen.getByText(/This policy lists no requests that can be made here/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'dpo@example.com' })).toHaveAttribute(
      'href',
      'mailto:dpo@example.com',
    );
  });
});
