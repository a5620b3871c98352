// @vitest-environment jsdom
// (the default navigates window.location: tested in a DOM)
import { describe, expect, it } from 'vitest';
import { uiLanguageFor } from '../i18n/ui-language';
import { mailtoTransport } from './mailto-transport';
import type { RightsRequest } from './rights-request-types';
import { RightsRequestError } from './rights-request-error';

const KEY = '3b241101-e2bb-4255-8caf-4136c566a962';
const NOW = new Date('2026-03-02T02:00:00.000Z');

const indonesian: RightsRequest = {
  policyId: 'ctt-privacy',
  policyVersion: '2024-06-12',
  locale: 'id-ID',
  right: 'access',
  name: 'Siti Rahma',
  email: 'siti+ctt@example.co.id',
  phone: '+622112345678',
  details: 'Akun saya dibuat tahun 2021.\nMohon salinan data transaksi & profil.',
};

const english: RightsRequest = {
  policyId: 'btn-cx-privacy',
  policyVersion: '2023-01-01',
  locale: 'en',
  right: 'erasure',
  name: 'Ann Lee',
  email: 'ann@example.com',
};

/** Sends `request` and returns the opened URL, decoded into its parts, and the receipt. */
async function send(
  request: RightsRequest,
  options: Parameters<typeof mailtoTransport>[1] = {},
  address = 'privacy@ctt.id',
) {
  const opened: string[] = [];
  const transport = mailtoTransport(address, {
    now: () => NOW,
    timeZone: 'Asia/Jakarta',
    ...options,
    open: (url) => opened.push(url),
  });
  const receipt = await transport(request, { idempotencyKey: KEY });
  expect(opened).toHaveLength(1);
  const url = opened[0] as string;
  const [target, query = ''] = url.split('?');
  const params = new URLSearchParams(query.replaceAll('+', '%2B'));
  return {
    url,
    to: decodeURIComponent((target as string).slice('mailto:'.length)),
    subject: params.get('subject') ?? '',
    body: params.get('body') ?? '',
    receipt,
  };
}

describe('given an Indonesian request', () => {
  it('writes the subject in Indonesian with the right and the reference', async () => {
    const { subject, receipt } = await send(indonesian);
    expect(receipt.reference).toBe('REQ-20260302-3B241101');
    expect(subject).toBe('Permintaan hak subjek data: Mengakses data Anda (REQ-20260302-3B241101)');
  });

  it('writes every field into an Indonesian body, line by line with CRLF', async () => {
    const { body } = await send(indonesian, { jurisdiction: 'id-pdp' });
    const lines = body.split('\r\n');
    expect(lines).toContain('Dengan hormat,');
    expect(lines).toContain('Nomor referensi: REQ-20260302-3B241101');
    expect(lines).toContain('Jenis permintaan: Mengakses data Anda (access)');
    expect(lines).toContain('Kebijakan: ctt-privacy, versi 2024-06-12');
    expect(lines).toContain('Nama: Siti Rahma');
    expect(lines).toContain('Email: siti+ctt@example.co.id');
    expect(lines).toContain('Telepon: +622112345678');
    expect(lines).toContain('Akun saya dibuat tahun 2021.');
    expect(lines).toContain('Mohon salinan data transaksi & profil.');
    // 09:00 WIB on 2 March; the UU PDP deadline is 3 × 24 hours later.
    expect(lines.find((l) => l.startsWith('Dikirim pada: '))).toMatch(/2 Maret 2026.*09[.:]00/);
    expect(lines.find((l) => l.startsWith('Batas waktu balasan: '))).toMatch(
      /5 Maret 2026.*09[.:]00/,
    );
    expect(body).not.toMatch(/(^|[^\r])\n/);
  });

  it('percent-encodes everything so the URL carries no raw spaces, line breaks, & or +', async () => {
    const { url } = await send(indonesian);
    expect(url.startsWith('mailto:privacy@ctt.id?subject=')).toBe(true);
    expect(url).not.toMatch(/[\s+]/);
    expect(url.split('&')).toHaveLength(2);
    expect(url).toContain('%0D%0A');
  });

  it('resolves a receipt with the reference, the time and the statutory deadline', async () => {
    const { receipt } = await send(indonesian, { jurisdiction: 'id-pdp' });
    expect(receipt).toEqual({
      reference: 'REQ-20260302-3B241101',
      right: 'access',
      submittedAt: '2026-03-02T02:00:00.000Z',
      dueBy: '2026-03-05T02:00:00.000Z',
      dueBySource: 'law',
      via: 'email',
    });
  });
});

describe('given an English request', () => {
  it('writes subject and body in English and leaves out absent optional fields', async () => {
    const { subject, body } = await send(english, { timeZone: 'UTC' });
    expect(subject).toBe('Data rights request: Delete your data (REQ-20260302-3B241101)');
    const lines = body.split('\r\n');
    expect(lines[0]).toBe('Hello,');
    expect(lines).toContain('Request: Delete your data (erasure)');
    expect(lines).toContain('Policy: btn-cx-privacy, version 2023-01-01');
    expect(lines).toContain('Name: Ann Lee');
    expect(lines.some((l) => l.startsWith('Phone'))).toBe(false);
    expect(lines.some((l) => l.startsWith('Details'))).toBe(false);
    expect(lines.find((l) => l.startsWith('Sent on: '))).toMatch(/March 2, 2026.*2:00/);
  });

  it('has no deadline without a jurisdiction, and null where the law fixes none', async () => {
    expect((await send(english)).receipt.dueBy).toBeNull();
    const { receipt, body } = await send(english, { jurisdiction: 'id-pdp' });
    expect(receipt.dueBy).toBeNull();
    expect(body).not.toContain('Reply due by');
  });

  it('gives a GDPR month where it applies', async () => {
    const { receipt, body } = await send(english, { jurisdiction: 'gdpr', timeZone: 'UTC' });
    expect(receipt.dueBy).toBe('2026-04-02T02:00:00.000Z');
    expect(body).toMatch(/Reply due by: April 2, 2026/);
  });

  it('names a right by the policy’s own title when it declares one', async () => {
    const { subject } = await send(
      { ...english, right: 'x-survey-opt-out' },
      { rights: [{ id: 'x-survey-opt-out', title: 'Stop survey invitations' }] },
    );
    expect(subject).toBe('Data rights request: Stop survey invitations (REQ-20260302-3B241101)');
  });

  it('gives a readable name to a custom right the policy does not title', async () => {
    const { subject } = await send({ ...english, right: 'x-account-deactivation' });
    expect(subject).toContain('Account deactivation');
  });
});

describe('given the locale of a request', () => {
  it.each(['id', 'id-ID', 'ID_id', 'in', 'in-ID', 'en', 'en-GB', 'de-DE', 'ind', 'idx', 'fr'])(
    'writes %s in the same language as the UI would use (uiLanguageFor)',
    async (locale) => {
      const { subject } = await send({ ...english, locale });
      const expected = uiLanguageFor(locale) === 'id' ? 'Permintaan hak' : 'Data rights request';
      expect(subject.startsWith(expected)).toBe(true);
    },
  );
});

describe('given an unusual address or call', () => {
  it('keeps the @ and encodes the rest of the address', async () => {
    const { url, to } = await send(english, {}, 'dpo+rights@btn.example');
    expect(url.startsWith('mailto:dpo%2Brights@btn.example?')).toBe(true);
    expect(to).toBe('dpo+rights@btn.example');
  });

  it('refuses an address that is not an e-mail address', () => {
    expect(() => mailtoTransport('not an address')).toThrow(TypeError);
  });

  it('refuses an unknown time zone when it is created', () => {
    expect(() => mailtoTransport('privacy@ctt.id', { timeZone: 'Nowhere/Special' })).toThrow(
      RangeError,
    );
  });

  it('rejects as aborted without opening anything when the signal already fired', async () => {
    const opened: string[] = [];
    const transport = mailtoTransport('privacy@ctt.id', { open: (url) => opened.push(url) });
    const controller = new AbortController();
    controller.abort();
    const error = await transport(english, {
      idempotencyKey: KEY,
      signal: controller.signal,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RightsRequestError);
    expect((error as RightsRequestError).code).toBe('aborted');
    expect(opened).toEqual([]);
  });

  it('navigates the browser by default', async () => {
    let assigned = '';
    const location = window.location;
    Object.defineProperty(window, 'location', {
      configurable: true,
      value: {
        set href(url: string) {
          assigned = url;
        },
      },
    });
    try {
      await mailtoTransport('privacy@ctt.id')(english, { idempotencyKey: KEY });
    } finally {
      Object.defineProperty(window, 'location', { configurable: true, value: location });
    }
    expect(assigned.startsWith('mailto:privacy@ctt.id?subject=Data%20rights%20request')).toBe(true);
  });
});
