import { useEffect, useRef } from 'react';
import {
  isSafeHref,
  isWebHref,
  responseDeadline,
  type ContactDetails as Contact,
  type Jurisdiction,
  type RightsRequestReceipt,
} from '@policykit/sdk';
import type { PolicyKitT } from '../i18n/use-policykit-translation';
import { ContactDetails } from './contact-details';
import { formatInstant } from '../shared/format-instant';
import { Heading } from '../shared/heading';

export interface ReceiptViewProps {
  receipt: RightsRequestReceipt;
  /**
   * The law whose reply periods apply: fills in `dueBy` when the client's receipt has none,
   * and lets a `null` deadline be called "no statutory period".
   */
  jurisdiction: Jurisdiction | undefined;
  rightTitle: string;
  email: string;
  organization: string | undefined;
  contact: Contact | undefined;
  headingLevel: number;
  t: PolicyKitT;
  locale: string;
  onAnother: () => void;
}

/**
 * What the person keeps after sending: the reference (UU PDP Pasal 14 wants requests
 * recorded, and the person needs the number to follow up), the request, when it was sent
 * and by when a reply is due, in their locale; what happens next; and the contact. Focus
 * moves to the heading when it appears, so keyboard and screen-reader users land on it.
 */
export function ReceiptView({
  receipt,
  jurisdiction,
  rightTitle,
  email,
  organization,
  contact,
  headingLevel,
  t,
  locale,
  onAnother,
}: ReceiptViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const dueBy = receipt.dueBy ?? lawDeadline(jurisdiction, receipt);
  const lawKnown = jurisdiction !== undefined || receipt.dueBySource === 'law';
  const due = dueBy ? formatInstant(dueBy, locale) : undefined;
  const who = organization ?? t('rights.receipt.organizationFallback');
  return (
    <section className="pk-RightsRequestForm-receipt">
      <Heading
        level={headingLevel}
        className="pk-RightsRequestForm-receiptTitle"
        headingRef={headingRef}
        focusable
      >
        {t(receipt.via === 'email' ? 'rights.receipt.emailTitle' : 'rights.receipt.title')}
      </Heading>
      {/* The mail transport only opened a draft e-mail: saying "sent" would be untrue. */}
      {receipt.via === 'email' ? <p>{t('rights.receipt.emailNext')}</p> : null}
      <dl className="pk-RightsRequestForm-receiptList">
        <div>
          <dt>{t('rights.receipt.reference')}</dt>
          <dd className="pk-RightsRequestForm-reference">{receipt.reference}</dd>
        </div>
        <div>
          <dt>{t('rights.receipt.right')}</dt>
          <dd>{rightTitle}</dd>
        </div>
        <div>
          <dt>{t('rights.receipt.submittedAt')}</dt>
          <dd>
            <time dateTime={receipt.submittedAt}>{formatInstant(receipt.submittedAt, locale)}</time>
          </dd>
        </div>
        {due || lawKnown ? (
          <div>
            <dt>{t('rights.receipt.dueBy')}</dt>
            <dd>
              {due && dueBy ? (
                <time dateTime={dueBy}>{due}</time>
              ) : (
                t('rights.receipt.noStatutoryPeriod')
              )}
            </dd>
          </div>
        ) : null}
        {/* The server's status code (only its hash is stored): the person's key to the status page. */}
        {receipt.statusToken ? (
          <div>
            <dt>{t('rights.receipt.statusToken')}</dt>
            <dd className="pk-RightsRequestForm-statusToken">{receipt.statusToken}</dd>
          </div>
        ) : null}
      </dl>
      {receipt.statusUrl && isSafeHref(receipt.statusUrl) && isWebHref(receipt.statusUrl) ? (
        <p className="pk-RightsRequestForm-statusLink">
          <a href={receipt.statusUrl}>{t('rights.receipt.statusLink')}</a>
        </p>
      ) : null}
      <Heading level={headingLevel + 1} className="pk-RightsRequestForm-receiptNextTitle">
        {t('rights.receipt.nextTitle')}
      </Heading>
      <p>
        {due
          ? t('rights.receipt.nextWithDeadline', { organization: who, email, date: due })
          : t('rights.receipt.nextWithoutDeadline', { organization: who, email })}
      </p>
      {contact ? <ContactDetails contact={contact} headingLevel={headingLevel + 1} t={t} /> : null}
      <button
        type="button"
        className="pk-RightsRequestForm-button"
        data-variant="secondary"
        onClick={onAnother}
      >
        {t('rights.receipt.another')}
      </button>
    </section>
  );
}

/** The statutory reply-by instant when the client's receipt carries none; `null` when unknown. */
function lawDeadline(
  jurisdiction: Jurisdiction | undefined,
  receipt: RightsRequestReceipt,
): string | null {
  if (!jurisdiction) return null;
  try {
    return responseDeadline({
      jurisdiction,
      right: receipt.right,
      submittedAt: receipt.submittedAt,
    });
  } catch {
    // An unreadable `submittedAt` from a server: the receipt without a date beats no receipt.
    return null;
  }
}
