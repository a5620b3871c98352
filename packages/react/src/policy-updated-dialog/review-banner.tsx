import { createPortal } from 'react-dom';
import type { PolicyKitT } from '../i18n/use-policykit-translation';

export interface ReviewBannerProps {
  title: string;
  t: PolicyKitT;
  className?: string;
  onAcknowledge: () => void;
  onBack: () => void;
  /** Only in `dismissible` mode. */
  onRemindLater?: () => void;
}

/**
 * The dialog, minimised while the person reads a changed section it linked to. A modal
 * over the section would hide the very text it asked them to read, so following a link
 * swaps the modal for this compact, non-modal bar: no focus trap, nothing hidden from
 * assistive technology, and the prompt stays until it is answered.
 *
 * Rendered into `document.body` (a client-only state, so no server HTML to match) so a
 * host's `overflow` or `transform` cannot clip the fixed bar.
 */
export function ReviewBanner({
  title,
  t,
  className,
  onAcknowledge,
  onBack,
  onRemindLater,
}: ReviewBannerProps) {
  return createPortal(
    <section
      className={['pk-PolicyReviewBanner', className].filter(Boolean).join(' ')}
      aria-label={t('dialog.review.label', { title })}
    >
      <p className="pk-PolicyReviewBanner-text">{t('dialog.review.text', { title })}</p>
      <div className="pk-PolicyReviewBanner-actions">
        <button
          type="button"
          className="pk-Button pk-PolicyReviewBanner-acknowledge"
          data-variant="primary"
          onClick={onAcknowledge}
        >
          {t('dialog.acknowledge')}
        </button>
        <button type="button" className="pk-Button pk-PolicyReviewBanner-back" onClick={onBack}>
          {t('dialog.review.back')}
        </button>
        {onRemindLater ? (
          <button
            type="button"
            className="pk-Button pk-PolicyReviewBanner-remind"
            onClick={onRemindLater}
          >
            {t('dialog.remindLater')}
          </button>
        ) : null}
      </div>
    </section>,
    document.body,
  );
}
