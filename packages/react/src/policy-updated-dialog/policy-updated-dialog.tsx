import { useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import {
  acknowledgeUpcomingNotice,
  createPolicyPromptState,
  createStore,
  dialogStrings,
  diffPolicies,
  formatPolicyDate,
  needsUpcomingNotice,
  policyChangeNotice,
  type AcknowledgementRecord,
  type AcknowledgementStore,
  type PolicyChangeNotice,
  type PolicyDocument,
  type PolicyPromptFlags,
  type PolicyPromptMode,
} from '@policykit/sdk';
import { usePolicyKitTranslation } from '../i18n/use-policykit-translation';
import { PolicyKitContext } from '../i18n/policykit-context';
import { useTranslationOf } from '../shared/use-translation-of';
import {
  focusOnce,
  lastTabbable,
  returnFocusElement,
  type ReturnFocusTarget,
} from './focus-after-close';
import { PolicyChangesList, type SectionHref } from './policy-changes-list';
import { ReceiptView } from './receipt-view';
import { ReviewBanner } from './review-banner';
import { UpcomingChangeNotice } from './upcoming-change-notice';
import { useAcknowledgement } from './use-acknowledgement';
import { useHydrated } from './use-hydrated';
import { useReceipt, type AcknowledgementReceiptSource } from './use-receipt';
import { useSelector } from '../store/use-selector';

/** How insistent the prompt is; see {@link PolicyUpdatedDialogProps.mode}. */
export type PolicyUpdatedDialogMode = PolicyPromptMode;

// The prompt's flags before the acknowledgement storage has been read: the first render
// touches no storage at all. Never set.
const unreadFlags = /* @__PURE__ */ createStore<PolicyPromptFlags>({
  snoozed: false,
  reviewing: false,
});

export interface PolicyUpdatedDialogProps {
  /**
   * The policy in force. The dialog opens when `store.needsAcknowledgement(policy)` — unless
   * the person acknowledged the notice of this very version before it took effect. One
   * document, or several translations of it (same `id` and `version`), as for
   * `<PolicyViewer>`: the UI locale picks one (`id-ID` → `id` → the first).
   */
  policy: PolicyDocument | readonly PolicyDocument[];
  /** Where acknowledgements live (`createAcknowledgementStore()`); create it once, outside render. */
  store: AcknowledgementStore;
  /**
   * The version the person may have seen before: the dialog then lists what changed. Given
   * translations, the one in the language of the policy shown is compared.
   */
  previous?: PolicyDocument | readonly PolicyDocument[];
  /**
   * The next version, whose `effectiveDate` is still to come. Until that day a non-modal
   * notice ("This policy changes on 1 January 2027") with its own acknowledgement is shown
   * where the component is placed (UU PDP Pasal 21(2): tell people *before* a change);
   * from that day on it is the policy in force and the dialog asks about it, listing what
   * changed since `policy`. Someone who acknowledged the notice is not asked again. Given
   * translations, the one in the language of the policy shown is used.
   */
  upcoming?: PolicyDocument | readonly PolicyDocument[];
  /**
   * The clock for `upcoming` (tests, stories, a server-provided time). Default: the time
   * at which the component hydrates or its props change.
   */
  now?: Date;
  /** IANA zone whose midnight starts an `effectiveDate` (`Asia/Jakarta`); default UTC. */
  timeZone?: string;
  /** Where the upcoming version's sections can be read; without it the notice does not link them. */
  upcomingSectionHref?: SectionHref;
  /**
   * `blocking` (default): no Escape, no outside click, no "remind me later" — the person
   * acknowledges to continue (announced as an `alertdialog`). `dismissible`: Escape, an
   * outside click and "Remind me later" put it off for this browser session.
   */
  mode?: PolicyUpdatedDialogMode;
  /**
   * Fires on every acknowledgement, re-acceptance of a newer version included — also for
   * the upcoming-change notice, whose record's `policyId` is `noticeRecordId(policy.id)`
   * (`acknowledgementAuditRecord` tells the two apart for an audit log).
   */
  onAcknowledge?: (record: AcknowledgementRecord) => void;
  /**
   * Fires whenever the modal opens or closes: after hydration (never in the first render),
   * on acknowledging, on dismissing, and when it gives way to the review bar and comes back.
   */
  onOpenChange?: (open: boolean) => void;
  /** Added to the dialog's content element, the review bar and the upcoming-change notice. */
  className?: string;
  /**
   * Where links to changed sections go: `#section-id` by default (a `<PolicyViewer>` on
   * the same page opens it), a base URL such as `"/privacy"` (→ `/privacy#section-id`),
   * or a function of the section id.
   */
  sectionHref?: SectionHref;
  /**
   * Where focus goes on closing when there is no control to return it to — the dialog opened
   * on page load, or that control has gone: a CSS selector, an element, or a function
   * returning one. Default: the page's `main` landmark, else a `<PolicyViewer>` on the page
   * (never `<body>`, which would send keyboard and screen-reader users back to the top).
   * When the person was on a control before the dialog opened, focus returns there.
   */
  returnFocusTo?: ReturnFocusTarget;
  /**
   * Where the modal renders (Radix Portal's `container`): default the provider's
   * `portalContainer`, else `document.body`. Under `<body>` the modal is outside the element
   * that carries a brand class or `data-theme`; render it inside that element (or use
   * `<PolicyKitProvider portalClassName>`) so it gets the same `--pk-*` tokens.
   */
  container?: HTMLElement | null;
  /**
   * After "Acknowledge", keep the dialog open on the person's receipt: "You acknowledged version
   * 2024-06-12 on 12 June 2024", the language and channel shown, the document's fingerprint,
   * Download receipt (JSON-LD) and Verify (against the document shown). Without a server's
   * receipt (the store's record has none and `receiptFor` gives none) it says the
   * acknowledgement is recorded on this device only. Default `false`: the dialog closes.
   */
  showReceipt?: boolean;
  /**
   * Where the server's receipt for a record comes from, when the store does not keep it with
   * the record (a server storage adapter may): e.g. the host's own endpoint. See
   * {@link AcknowledgementReceiptSource}.
   */
  receiptFor?: AcknowledgementReceiptSource;
}

/**
 * Tells a person that the policy they accepted has changed, shows what changed, and
 * records their acknowledgement in `store`.
 *
 * Nothing is read from storage until after hydration, so the server HTML and the first
 * client render agree (the dialog is closed in both). Following a link to a changed
 * section swaps the modal for a compact review bar, so the section can actually be read;
 * the prompt stays until it is answered.
 *
 * Accessibility: focus moves to the title (APG dialog pattern for content that precedes
 * the actions; also no accidental Enter on "Acknowledge"), is trapped while the modal is
 * open, and returns to where it was. The dialog is labelled by its title, described by
 * its instruction, and announced as an `alertdialog` when blocking (it interrupts and
 * demands an answer), as a `dialog` when dismissible.
 *
 * @selector .pk-PolicyUpdatedDialog[data-mode="blocking" | "dismissible"][data-state="open" | "closed"]
 *
 * @example
 * const store = createAcknowledgementStore();
 *
 * <PolicyUpdatedDialog
 *   policy={current}
 *   previous={lastVersion}
 *   store={store}
 *   mode="dismissible"
 *   onAcknowledge={(record) => audit.log(record)}
 * />
 */
export function PolicyUpdatedDialog({
  policy: policyOrTranslations,
  store,
  previous: previousOrTranslations,
  upcoming: upcomingOrTranslations,
  now,
  timeZone,
  mode = 'blocking',
  onAcknowledge,
  onOpenChange,
  className,
  sectionHref,
  upcomingSectionHref,
  returnFocusTo: returnFocusTarget,
  container,
  showReceipt = false,
  receiptFor,
}: PolicyUpdatedDialogProps) {
  const kit = useContext(PolicyKitContext);
  const portalContainer = container ?? kit?.portalContainer ?? undefined;
  const portalClassName = kit?.portalClassName;
  const hydrated = useHydrated();
  const policy = useTranslationOf(policyOrTranslations);
  const previous = useTranslationOf(previousOrTranslations, policy.locale);
  const upcoming = useTranslationOf(upcomingOrTranslations, policy.locale);
  // The clock is read only after hydration: the server's "today" may not be the reader's.
  const { notice, noticeError } = useMemo(
    () => changeNotice(hydrated, policy, upcoming, now, timeZone),
    [hydrated, policy, upcoming, now, timeZone],
  );
  useEffect(() => {
    // A misconfigured `upcoming` (another policy, no effectiveDate) must be loud, but must
    // not take the host's page down: the dialog carries on with `policy` alone.
    if (noticeError) console.error(noticeError);
  }, [noticeError]);
  const current = notice.current;
  const before = notice.status === 'in-effect' ? notice.previous : previous;

  const { t, locale } = usePolicyKitTranslation(current.locale, [dialogStrings]);
  const { record, needsAcknowledgement, hydrated: storeRead } = useAcknowledgement(current, store);
  // The SDK's prompt rules (remind later, the review bar), per policy version: a newer
  // version is a new prompt, hence useMemo rather than useState. Its flags live in session
  // storage, so a prompt made again holds the same ones.
  const prompt = useMemo(
    () => createPolicyPromptState({ policy: current, acknowledgements: store, mode }),
    [current, store, mode],
  );
  const flags = useSelector(storeRead ? prompt : unreadFlags);
  const status = prompt.status(needsAcknowledgement, flags);
  const { dismissible } = prompt;
  // The acknowledgement whose receipt the dialog shows (showReceipt), until the person closes it.
  const [receiptStep, setReceiptStep] = useState<AcknowledgementRecord | null>(null);
  const showingReceipt =
    receiptStep !== null &&
    receiptStep.policyId === current.id &&
    receiptStep.version === current.version;
  const receipt = useReceipt(showingReceipt ? receiptStep : null, store, receiptFor);
  const open = status === 'modal' || showingReceipt;
  useReportOpenChange(open, onOpenChange);
  const unmounted = useUnmounted();

  // One diff feeds the list; the viewer's `changesSince` runs the same SDK function.
  const diff = useMemo(() => (before ? diffPolicies(before, current) : null), [before, current]);
  const firstVisit = record === null;

  const next = notice.status === 'upcoming' ? notice.upcoming : undefined;
  const showNotice = storeRead && next !== undefined && needsUpcomingNotice(store, notice);
  const upcomingDiff = useMemo(() => (next ? diffPolicies(current, next) : null), [current, next]);
  const upcomingDate =
    next && notice.effectiveDate ? safeFormatDate(notice.effectiveDate, locale) : '';

  const titleRef = useRef<HTMLHeadingElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const jumpTo = useRef<string | null>(null);
  const changesHeadingId = useId();

  const handleAcknowledge = () => {
    const saved = prompt.acknowledge();
    if (showReceipt) setReceiptStep(saved);
    onAcknowledge?.(saved);
  };

  // The Acknowledge button the person pressed is gone: focus the receipt's title, as on
  // opening (APG dialog: a static element at the top of content that precedes the actions).
  useEffect(() => {
    if (showingReceipt) titleRef.current?.focus();
  }, [showingReceipt]);
  // Once acknowledged the dialog asks nothing more: Escape, an outside click and Close close it.
  const closable = dismissible || showingReceipt;

  const descriptionKey = firstVisit
    ? dismissible
      ? 'dialog.description.firstDismissible'
      : 'dialog.description.firstBlocking'
    : dismissible
      ? 'dialog.description.updatedDismissible'
      : 'dialog.description.updatedBlocking';

  return (
    <>
      {upcoming ? (
        // Present (empty) from the server render on, so that filling it after hydration
        // is a change screen readers announce; an element inserted with its text is not.
        <div className="pk-UpcomingChangeNotice-live" role="status">
          {showNotice ? t('dialog.upcoming.heading', { date: upcomingDate }) : ''}
        </div>
      ) : null}
      {showNotice && next && upcomingDiff ? (
        <UpcomingChangeNotice
          upcoming={next}
          effectiveDate={upcomingDate}
          diff={upcomingDiff}
          t={t}
          className={className}
          sectionHref={upcomingSectionHref}
          onAcknowledge={() => {
            // Not `onAcknowledge?.(acknowledgeUpcomingNotice(…))`: optional chaining would
            // skip recording altogether when the host passes no callback.
            const saved = acknowledgeUpcomingNotice(store, next);
            onAcknowledge?.(saved);
          }}
        />
      ) : null}
      <Dialog.Root
        open={open}
        onOpenChange={(next) => {
          // Radix asks to close on Escape and outside clicks; blocking mode has already
          // refused those below, so any request that arrives here is a dismissal — or, on
          // the receipt, closing it.
          if (next) return;
          if (showingReceipt) setReceiptStep(null);
          else prompt.remindLater();
        }}
      >
        <Dialog.Portal container={portalContainer}>
          {/*
            A plain backdrop rather than Radix's Overlay, which brings react-remove-scroll
            (4 KB of the 16 KB budget). The page behind is still inert — Radix hides it from
            assistive technology and stops outside pointer events — and styles.css locks
            its scrolling with :has() instead.
          */}
          <div
            className={['pk-PolicyUpdatedDialog-overlay', portalClassName]
              .filter(Boolean)
              .join(' ')}
            data-mode={mode}
            aria-hidden="true"
          />
          <Dialog.Content
            // The provider's portal class first (a brand's tokens), the host's own last.
            className={['pk-PolicyUpdatedDialog', portalClassName, className]
              .filter(Boolean)
              .join(' ')}
            data-mode={mode}
            // A blocking prompt interrupts and demands an answer: that is the APG's
            // alertdialog. A dismissible one is an ordinary dialog.
            role={closable ? 'dialog' : 'alertdialog'}
            // Radix hides the page behind from assistive technology but does not set the
            // attribute; APG's dialog pattern asks for it, and screen readers that honour
            // it confine their virtual cursor to the dialog.
            aria-modal="true"
            onOpenAutoFocus={(event) => {
              // Remember where the person was — unless they come back from the review
              // bar, whose button is about to disappear: the earlier place still stands.
              const active = document.activeElement;
              if (!(active instanceof HTMLElement && active.closest('.pk-PolicyReviewBanner'))) {
                returnFocusTo.current =
                  active instanceof HTMLElement && active !== document.body ? active : null;
              }
              // APG dialog pattern: with content before the actions, focus a static element
              // at the top (the title, tabindex=-1) so screen readers start at the beginning
              // and a stray Enter cannot acknowledge a policy nobody read.
              event.preventDefault();
              titleRef.current?.focus();
            }}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              // The host removed the dialog (a route change, a test's cleanup): Radix's
              // focus scope still reports a close, a tick later, when the next page may be
              // in place. Moving focus then would steal it from that page.
              if (unmounted.current) return;
              const sectionId = jumpTo.current;
              jumpTo.current = null;
              if (sectionId) {
                focusSection(sectionId);
                return;
              }
              const invoker = returnFocusTo.current;
              if (invoker?.isConnected) {
                invoker.focus();
                // An invoker that can no longer take focus (disabled, hidden, made
                // non-focusable meanwhile) falls through to the host's target.
                if (document.activeElement === invoker) return;
              }
              const target = returnFocusElement(returnFocusTarget);
              if (target) focusOnce(target);
            }}
            onKeyDown={(event) => {
              // APG dialog: Shift+Tab from the first focusable moves to the last. The title
              // holds focus at first but is not in the tab order (tabindex=-1), so Radix's
              // focus scope, which wraps from its first *tabbable*, lets Shift+Tab do nothing.
              if (event.key !== 'Tab' || !event.shiftKey || event.target !== titleRef.current)
                return;
              const last = lastTabbable(event.currentTarget);
              if (!last) return;
              event.preventDefault();
              last.focus();
            }}
            onEscapeKeyDown={(event) => {
              if (!closable) event.preventDefault();
            }}
            onPointerDownOutside={(event) => {
              if (!closable) event.preventDefault();
            }}
            onInteractOutside={(event) => {
              if (!closable) event.preventDefault();
            }}
            data-step={showingReceipt ? 'receipt' : 'prompt'}
          >
            {showingReceipt && receiptStep && receipt ? (
              <>
                <Dialog.Title className="pk-PolicyUpdatedDialog-title" ref={titleRef} tabIndex={-1}>
                  {t('dialog.receipt.heading')}
                </Dialog.Title>
                <ReceiptView
                  document={current}
                  record={receiptStep}
                  receipt={receipt}
                  t={t}
                  locale={locale}
                  timeZone={timeZone}
                  Sentence={Dialog.Description}
                />
                <div className="pk-PolicyUpdatedDialog-actions">
                  <button
                    type="button"
                    className="pk-Button pk-PolicyUpdatedDialog-close"
                    data-variant="primary"
                    onClick={() => setReceiptStep(null)}
                  >
                    {t('dialog.receipt.close')}
                  </button>
                </div>
              </>
            ) : (
              <>
                <Dialog.Title className="pk-PolicyUpdatedDialog-title" ref={titleRef} tabIndex={-1}>
                  {firstVisit
                    ? t('dialog.titleFirst', { title: current.title })
                    : t('dialog.titleUpdated', { title: current.title })}
                </Dialog.Title>
                <Dialog.Description className="pk-PolicyUpdatedDialog-description">
                  {t(descriptionKey)}
                </Dialog.Description>
                <p className="pk-PolicyUpdatedDialog-meta">
                  <span>{t('dialog.version', { version: current.version })}</span>{' '}
                  <span>
                    {t('dialog.lastUpdated', { date: safeFormatDate(current.lastUpdated, locale) })}
                  </span>
                </p>
                {diff && !firstVisit ? (
                  // A group, not a <section>: a labelled section is a `region` landmark, and a
                  // landmark inside a modal is noise in a screen reader's landmark list (axe's
                  // `landmark-*` rules, the APG's advice to keep landmarks to page structure).
                  <div
                    role="group"
                    className="pk-PolicyUpdatedDialog-changes"
                    aria-labelledby={changesHeadingId}
                  >
                    <h3 className="pk-PolicyUpdatedDialog-changesHeading" id={changesHeadingId}>
                      {t('dialog.changesHeading')}
                    </h3>
                    <PolicyChangesList
                      diff={diff}
                      t={t}
                      sectionHref={sectionHref}
                      onSectionLinkClick={(sectionId, event) => {
                        // A modified click opens a new tab: the dialog stays as it is.
                        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0)
                          return;
                        jumpTo.current = sectionId;
                        prompt.review();
                      }}
                    />
                  </div>
                ) : null}
                <div className="pk-PolicyUpdatedDialog-actions">
                  <button
                    type="button"
                    className="pk-Button pk-PolicyUpdatedDialog-acknowledge"
                    data-variant="primary"
                    onClick={handleAcknowledge}
                  >
                    {t('dialog.acknowledge')}
                  </button>
                  {dismissible ? (
                    <button
                      type="button"
                      className="pk-Button pk-PolicyUpdatedDialog-remind"
                      onClick={prompt.remindLater}
                    >
                      {t('dialog.remindLater')}
                    </button>
                  ) : null}
                </div>
              </>
            )}
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
      {status === 'review-bar' ? (
        <ReviewBanner
          title={current.title}
          t={t}
          className={className}
          onAcknowledge={handleAcknowledge}
          onBack={prompt.backToPrompt}
          onRemindLater={dismissible ? prompt.remindLater : undefined}
        />
      ) : null}
    </>
  );
}

/** `current` turns true when the component unmounts (and back on a StrictMode remount). */
function useUnmounted() {
  const unmounted = useRef(false);
  useEffect(() => {
    unmounted.current = false;
    return () => {
      unmounted.current = true;
    };
  }, []);
  return unmounted;
}

/** Calls `onOpenChange` once per real change of `open` (not on mount while closed). */
function useReportOpenChange(open: boolean, onOpenChange: ((open: boolean) => void) | undefined) {
  const reported = useRef(false);
  useEffect(() => {
    if (reported.current === open) return;
    reported.current = open;
    onOpenChange?.(open);
  }, [open, onOpenChange]);
}

/**
 * After following a link to a section, put keyboard focus there too, so Tab continues
 * from what the person is reading rather than from the top of the page. A non-focusable
 * target gets `tabindex="-1"`, the same technique as a skip link.
 */
function focusSection(sectionId: string) {
  const target = document.getElementById(sectionId);
  if (!target) return;
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex'))
    target.setAttribute('tabindex', '-1');
  target.focus();
}

/** `policyChangeNotice`, or "nothing planned" before hydration and when `upcoming` is unusable. */
function changeNotice(
  hydrated: boolean,
  policy: PolicyDocument,
  upcoming: PolicyDocument | undefined,
  now: Date | undefined,
  timeZone: string | undefined,
): { notice: PolicyChangeNotice; noticeError?: unknown } {
  const none: PolicyChangeNotice = { status: 'none', current: policy };
  if (!hydrated || !upcoming) return { notice: none };
  try {
    return { notice: policyChangeNotice({ policy, upcoming, now: now ?? new Date(), timeZone }) };
  } catch (noticeError) {
    return { notice: none, noticeError };
  }
}

/** A date for the reader; a malformed one is shown as written rather than breaking the dialog. */
function safeFormatDate(isoDate: string, locale: string): string {
  try {
    return formatPolicyDate(isoDate, locale);
  } catch {
    return isoDate;
  }
}
