import { useRef, useState, type ElementType, type ReactNode } from 'react';
import {
  acknowledgementReceiptFile,
  acknowledgementReceiptSummary,
  acknowledgementReceiptVerificationMessage,
  acknowledgementRecordSummary,
  verifyAcknowledgementReceipt,
  type AcknowledgementChannel,
  type AcknowledgementReceipt,
  type AcknowledgementRecord,
  type PolicyDocument,
} from '@policykit/sdk';
import type { PolicyKitT } from '../i18n/use-policykit-translation';
import type { ReceiptState } from './use-receipt';

export interface ReceiptViewProps {
  /** The document shown, which Verify checks the receipt against. */
  document: PolicyDocument;
  record: AcknowledgementRecord;
  receipt: ReceiptState;
  t: PolicyKitT;
  /** The reader's locale, for the date and the language's name. */
  locale: string;
  timeZone?: string;
  /** The element of the sentence: the dialog passes Radix's `Dialog.Description`, so it describes the dialog. */
  Sentence?: ElementType<{ className?: string; children?: ReactNode }>;
}

const CHANNEL_KEY = {
  dialog: 'dialog.receipt.channels.dialog',
  'upcoming-notice': 'dialog.receipt.channels.upcomingNotice',
  viewer: 'dialog.receipt.channels.viewer',
} as const satisfies Record<AcknowledgementChannel, string>;

/**
 * What the person acknowledged, and the proof: "You acknowledged version 2024-06-12 on 12 June
 * 2024", the language and channel shown, the document's fingerprint (shortened; the whole of it
 * one click away and copyable), Download receipt and Verify. Without a server's receipt it says
 * plainly that the acknowledgement is on this device only — a receipt is never made up in the
 * browser, where it would prove nothing.
 *
 * The body only: the caller gives the heading (the dialog's title). Copy and Verify answer in
 * one polite live region, present from the first render so its changes are announced.
 */
export function ReceiptView({
  document,
  record,
  receipt,
  t,
  locale,
  timeZone,
  Sentence = 'p',
}: ReceiptViewProps) {
  const [message, setMessage] = useState('');
  const [verifying, setVerifying] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const ready = receipt.status === 'ready' ? receipt.receipt : null;
  const view = ready ? summaryOf(ready, locale, timeZone) : null;
  const basics = view ?? acknowledgementRecordSummary(record, { locale, timeZone });
  const delivered = view?.contents.event === 'delivered';

  const download = (value: AcknowledgementReceipt) => {
    const file = acknowledgementReceiptFile(value);
    // A Blob and an object URL: no data: URL (a strict CSP's connect/frame rules do not
    // apply to blob: downloads), no eval, and the file keeps its JSON-LD media type.
    const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
    const link = window.document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.hidden = true;
    // In the document while clicked: a detached link's click does not bubble, and some
    // browsers ignore `download` on it.
    (rootRef.current ?? window.document.body).append(link);
    link.click();
    link.remove();
    // Revoked after the browser has started reading it (Firefox needs the URL a moment
    // after the click; Chromium resolves it at once).
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const verify = async (value: AcknowledgementReceipt) => {
    setVerifying(true);
    setMessage(t('dialog.receipt.verifying'));
    try {
      const result = await verifyAcknowledgementReceipt(value, document);
      const { key, values } = acknowledgementReceiptVerificationMessage(result, { locale });
      setMessage(t(key, values));
    } catch {
      setMessage(t('dialog.receipt.verify.error'));
    } finally {
      setVerifying(false);
    }
  };

  const copy = async (hash: string) => {
    try {
      await navigator.clipboard.writeText(hash);
      setMessage(t('dialog.receipt.copied'));
    } catch {
      // No clipboard (an insecure page, a denied permission): the full hash is on screen.
      setMessage(t('dialog.receipt.copyFailed'));
    }
  };

  return (
    <div className="pk-ReceiptView" ref={rootRef} data-receipt={receipt.status}>
      <Sentence className="pk-ReceiptView-sentence">
        {t(delivered ? 'dialog.receipt.sentenceDelivered' : 'dialog.receipt.sentence', {
          version: basics.version,
          date: basics.date,
        })}
      </Sentence>
      <dl className="pk-ReceiptView-details">
        <div>
          <dt>{t('dialog.receipt.language')}</dt>
          <dd>{basics.languageName}</dd>
        </div>
        {view ? (
          <>
            <div>
              <dt>{t('dialog.receipt.channel')}</dt>
              <dd>{t(CHANNEL_KEY[view.channel])}</dd>
            </div>
            <div>
              <dt>{t('dialog.receipt.hash')}</dt>
              <dd>
                {/* The short form to compare by eye; the whole hash readable and selectable without JS. */}
                <details className="pk-ReceiptView-hash">
                  <summary>
                    <code translate="no">{view.shortHash}</code>
                  </summary>
                  <code className="pk-ReceiptView-fullHash" translate="no">
                    {view.hash}
                  </code>
                </details>
              </dd>
            </div>
          </>
        ) : null}
      </dl>
      {receipt.status === 'ready' ? null : (
        <p className="pk-ReceiptView-note">
          {t(
            receipt.status === 'loading'
              ? 'dialog.receipt.loading'
              : receipt.status === 'unavailable'
                ? 'dialog.receipt.unavailable'
                : 'dialog.receipt.deviceOnly',
          )}
        </p>
      )}
      {ready && view ? (
        <div className="pk-ReceiptView-actions">
          <button type="button" className="pk-Button" onClick={() => download(ready)}>
            {t('dialog.receipt.download')}
          </button>
          <button
            type="button"
            className="pk-Button"
            aria-disabled={verifying || undefined}
            onClick={() => {
              if (!verifying) void verify(ready);
            }}
          >
            {t('dialog.receipt.verifyButton')}
          </button>
          <button type="button" className="pk-Button" onClick={() => void copy(view.hash)}>
            {t('dialog.receipt.copy')}
          </button>
        </div>
      ) : null}
      <p className="pk-ReceiptView-status" role="status">
        {message}
      </p>
    </div>
  );
}

/** The summary, or none for a receipt that does not read (shown as "device only" rather than crashing). */
function summaryOf(receipt: AcknowledgementReceipt, locale: string, timeZone?: string) {
  try {
    return acknowledgementReceiptSummary(receipt, { locale, timeZone });
  } catch {
    return null;
  }
}
