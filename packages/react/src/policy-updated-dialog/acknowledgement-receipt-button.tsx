import { useContext, useRef, useState } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { dialogStrings, type AcknowledgementStore, type PolicyDocument } from '@policykit/sdk';
import { PolicyKitContext } from '../i18n/policykit-context';
import { usePolicyKitTranslation } from '../i18n/use-policykit-translation';
import { useTranslationOf } from '../shared/use-translation-of';
import { lastTabbable } from './focus-after-close';
import { ReceiptView } from './receipt-view';
import { useAcknowledgement } from './use-acknowledgement';
import { useReceipt, type AcknowledgementReceiptSource } from './use-receipt';

export interface AcknowledgementReceiptButtonProps {
  /** The policy shown (or its translations, as for `<PolicyUpdatedDialog>`): Verify checks against it. */
  policy: PolicyDocument | readonly PolicyDocument[];
  /** The same acknowledgement store as the dialog's. */
  store: AcknowledgementStore;
  /** Where the server's receipt comes from when the store's record does not carry it. */
  receiptFor?: AcknowledgementReceiptSource;
  /** IANA zone in which the acknowledgement's day is told; default UTC. */
  timeZone?: string;
  /** Added to the button. */
  className?: string;
  /** Where the receipt dialog renders (as `<PolicyUpdatedDialog container>`). */
  container?: HTMLElement | null;
}

/**
 * "Your receipt": for someone who acknowledged this policy before, a button that opens their
 * receipt in a dialog — the same view as `<PolicyUpdatedDialog showReceipt>` shows right after
 * acknowledging. Renders nothing until the store has been read (after hydration), nor when
 * there is no acknowledgement of this policy. Place it in the page's chrome, e.g. next to a
 * `<PolicyViewer>`.
 *
 * Focus: opening moves it to the dialog's title (content before actions, APG dialog pattern);
 * Escape and Close return it to the button.
 *
 * @selector .pk-AcknowledgementReceiptButton, .pk-PolicyUpdatedDialog[data-step="receipt"]
 *
 * @example
 * <AcknowledgementReceiptButton policy={policy} store={store} />
 */
export function AcknowledgementReceiptButton({
  policy: policyOrTranslations,
  store,
  receiptFor,
  timeZone,
  className,
  container,
}: AcknowledgementReceiptButtonProps) {
  const kit = useContext(PolicyKitContext);
  const portalClassName = kit?.portalClassName;
  const policy = useTranslationOf(policyOrTranslations);
  const { t, locale } = usePolicyKitTranslation(policy.locale, [dialogStrings]);
  const { record, hydrated } = useAcknowledgement(policy, store);
  const [open, setOpen] = useState(false);
  const receipt = useReceipt(open ? record : null, store, receiptFor);
  const titleRef = useRef<HTMLHeadingElement>(null);

  if (!hydrated || !record) return null;
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger
        type="button"
        className={['pk-Button pk-AcknowledgementReceiptButton', className]
          .filter(Boolean)
          .join(' ')}
      >
        {t('dialog.receipt.open')}
      </Dialog.Trigger>
      <Dialog.Portal container={container ?? kit?.portalContainer ?? undefined}>
        <div
          className={['pk-PolicyUpdatedDialog-overlay', portalClassName].filter(Boolean).join(' ')}
          data-mode="dismissible"
          aria-hidden="true"
        />
        <Dialog.Content
          className={['pk-PolicyUpdatedDialog', portalClassName].filter(Boolean).join(' ')}
          data-mode="dismissible"
          data-step="receipt"
          aria-modal="true"
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            titleRef.current?.focus();
          }}
          onKeyDown={(event) => {
            // Shift+Tab from the title (not in the tab order) wraps to the last control, as in
            // the update dialog.
            if (event.key !== 'Tab' || !event.shiftKey || event.target !== titleRef.current) return;
            const last = lastTabbable(event.currentTarget);
            if (!last) return;
            event.preventDefault();
            last.focus();
          }}
        >
          <Dialog.Title className="pk-PolicyUpdatedDialog-title" ref={titleRef} tabIndex={-1}>
            {t('dialog.receipt.heading')}
          </Dialog.Title>
          {receipt ? (
            <ReceiptView
              document={policy}
              record={record}
              receipt={receipt}
              t={t}
              locale={locale}
              timeZone={timeZone}
              Sentence={Dialog.Description}
            />
          ) : null}
          <div className="pk-PolicyUpdatedDialog-actions">
            <Dialog.Close
              type="button"
              className="pk-Button pk-PolicyUpdatedDialog-close"
              data-variant="primary"
            >
              {t('dialog.receipt.close')}
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
