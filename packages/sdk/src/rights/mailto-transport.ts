import { commonStrings } from '../i18n/strings-common';
import type { KnownRightId, PolicyRight } from '../document/policy-types';
import { responseDeadline } from './response-deadline';
import { rightLabel } from './right-label';
import { RightsRequestError } from './rights-request-error';
import type { Jurisdiction, RightsRequestTransport } from './rights-request-types';

export interface MailtoTransportOptions {
  /** Hands the `mailto:` URL over. Default: the browser navigates to it (`window.location.href`). */
  open?: (url: string) => void;
  /** Computes `dueBy` (and names it in the e-mail). Without it `dueBy` is `null`. */
  jurisdiction?: Jurisdiction;
  /** IANA zone for dates in the e-mail and for month arithmetic. Default: the runtime's zone. */
  timeZone?: string;
  /** The policy's rights, so a right is named by the document's own `title` when it has one. */
  rights?: readonly PolicyRight[];
  /** The current time (tests). Default `() => new Date()`. */
  now?: () => Date;
}

// The e-mail is written by the person to the organization, in the request's language.
// A small local table: these sentences are for the mail, not for the kit's UI.
const MAIL_TEXT = {
  en: {
    subject: 'Data rights request',
    greeting: 'Hello,',
    intro: 'I would like to exercise my rights over my personal data.',
    reference: 'Reference',
    right: 'Request',
    policy: 'Policy',
    version: 'version',
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    details: 'Details',
    submittedAt: 'Sent on',
    dueBy: 'Reply due by',
    closing: 'Please quote the reference in your reply. Thank you.',
  },
  id: {
    subject: 'Permintaan hak subjek data',
    greeting: 'Dengan hormat,',
    intro: 'Saya ingin menggunakan hak saya atas data pribadi saya.',
    reference: 'Nomor referensi',
    right: 'Jenis permintaan',
    policy: 'Kebijakan',
    version: 'versi',
    name: 'Nama',
    email: 'Email',
    phone: 'Telepon',
    details: 'Rincian',
    submittedAt: 'Dikirim pada',
    dueBy: 'Batas waktu balasan',
    closing: 'Mohon cantumkan nomor referensi ini dalam balasan Anda. Terima kasih.',
  },
} as const;

/**
 * The client-made reference: `REQ-` + the UTC date + the idempotency key's first eight
 * hex digits, so a retry of one request keeps its reference. E.g. `REQ-20260302-3B241101`.
 */
function clientReference(key: string, date: Date): string {
  const day = date.toISOString().slice(0, 10).replaceAll('-', '');
  const random = key.replaceAll('-', '').slice(0, 8).toUpperCase();
  return `REQ-${day}-${random}`;
}

function browserOpen(url: string): void {
  if (typeof window === 'undefined') {
    throw new RightsRequestError('network', 'mailtoTransport needs a browser or an `open` option', {
      retryable: false,
    });
  }
  window.location.href = url;
}

/**
 * Sends rights requests by e-mail: builds a `mailto:` URL (RFC 6068) addressed to
 * `address`, with the subject and body in the request's language (English or
 * Indonesian) carrying every field, the policy and version, the dates and a
 * client-made reference (`REQ-20260302-3B241101`), and hands it to `open`. The
 * receipt (`via: 'email'`) has that reference and, given a `jurisdiction`, a `dueBy`.
 * The person still has to press Send in their mail app; very long details may be
 * cut by some mail apps (URLs beyond ~2000 characters).
 *
 * @example
 * const client = createRightsRequestClient({
 *   transport: mailtoTransport('privacy@ctt.id', { jurisdiction: 'id-pdp' }),
 * });
 * const receipt = await client.submit(request); // the mail app opens
 */
export function mailtoTransport(
  address: string,
  options: MailtoTransportOptions = {},
): RightsRequestTransport {
  if (!/^[^\s@]+@[^\s@]+$/.test(address)) {
    throw new TypeError(`mailtoTransport: "${address}" is not an e-mail address`);
  }
  // An unknown zone is a set-up mistake: say so now, not when someone sends a request.
  if (options.timeZone) new Intl.DateTimeFormat('en', { timeZone: options.timeZone });
  const open = options.open ?? browserOpen;
  const now = options.now ?? (() => new Date());

  return async (request, { signal, idempotencyKey }) => {
    if (signal?.aborted) {
      throw new RightsRequestError('aborted', 'The rights request was aborted', {
        retryable: true,
        cause: signal.reason,
      });
    }
    // As uiLanguageFor, without importing every UI string: `id`/`in` (old Android) → Indonesian.
    const language = /^(?:id|in)(?:[-_]|$)/i.test(request.locale) ? 'id' : 'en';
    const text = MAIL_TEXT[language];
    const submitted = now();
    const reference = clientReference(idempotencyKey, submitted);
    const { jurisdiction, timeZone } = options;
    const dueBy = jurisdiction
      ? responseDeadline({ jurisdiction, right: request.right, submittedAt: submitted, timeZone })
      : null;
    const declared = options.rights?.find((right) => right.id === request.right);
    const rights: Record<string, string> = commonStrings[language].rights;
    const { title } = rightLabel(
      declared ?? { id: request.right },
      (key) => rights[key.slice('common.rights.'.length) as KnownRightId] ?? key,
    );
    const style = { dateStyle: 'long', timeStyle: 'long', timeZone } as const;
    let date: Intl.DateTimeFormat;
    try {
      date = new Intl.DateTimeFormat(request.locale, style);
    } catch {
      date = new Intl.DateTimeFormat(language, style); // a malformed tag, e.g. `id_ID`
    }

    const lines = [
      text.greeting,
      '',
      text.intro,
      '',
      `${text.reference}: ${reference}`,
      `${text.right}: ${title} (${request.right})`,
      `${text.policy}: ${request.policyId}, ${text.version} ${request.policyVersion}`,
      `${text.name}: ${request.name}`,
      `${text.email}: ${request.email}`,
      ...(request.phone ? [`${text.phone}: ${request.phone}`] : []),
      ...(request.details ? ['', `${text.details}:`, request.details] : []),
      '',
      `${text.submittedAt}: ${date.format(submitted)}`,
      ...(dueBy ? [`${text.dueBy}: ${date.format(new Date(dueBy))}`] : []),
      '',
      text.closing,
    ];
    // RFC 6068 §2: percent-encode everything but the address's "@"; line breaks are CRLF.
    const subject = encodeURIComponent(`${text.subject}: ${title} (${reference})`);
    const body = encodeURIComponent(lines.join('\r\n').replace(/\r?\n/g, '\r\n'));
    const to = encodeURIComponent(address).replace('%40', '@');
    open(`mailto:${to}?subject=${subject}&body=${body}`);

    return {
      reference,
      right: request.right,
      submittedAt: submitted.toISOString(),
      dueBy,
      ...(dueBy ? { dueBySource: 'law' as const } : {}),
      via: 'email',
    };
  };
}
