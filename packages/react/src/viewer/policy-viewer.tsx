import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  type ComponentPropsWithoutRef,
  type MouseEvent,
} from 'react';
import { flushSync } from 'react-dom';
import {
  createSectionTree,
  diffPolicies,
  uiLanguageFor,
  viewerStrings,
  type PolicyDocument,
  type PolicyIssue,
} from '@policykit/sdk';
import { usePolicyKitTranslation } from '../i18n/use-policykit-translation';
import { clampHeadingLevel, type HeadingLevel } from '../shared/heading-level';
import { LanguageSwitch } from './chrome/language-switch';
import { SearchBox } from './chrome/search-box';
import { ShowAllButton } from './chrome/show-all-button';
import { TableOfContents } from './chrome/table-of-contents';
import { ViewerError } from './chrome/viewer-error';
import { ViewerHeader } from './chrome/viewer-header';
import { onSectionsKeyDownCapture } from './dom/trigger-keys';
import { useEnhanced } from './dom/use-enhanced';
import { idFromHash } from './dom/url-hash';
import { SectionList } from './sections/section-list';
import { useDeepLink } from './state/use-deep-link';
import { useHashWriter } from './state/use-hash-writer';
import { useOpenSections, type DefaultExpanded } from './state/use-open-sections';
import { usePolicyDocument } from './state/use-policy-document';
import { useViewerSearch } from './state/use-viewer-search';
import { ViewerContext, type ViewerContextValue, type ViewerLabels } from './state/viewer-context';
import { ViewerErrorBoundary } from './viewer-error-boundary';
import { LayeredSummary } from './layered-summary';

export type { DefaultExpanded } from './state/use-open-sections';

/** Props of {@link PolicyViewer}. Other `<div>` attributes go to the root element. */
export interface PolicyViewerProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'defaultValue' | 'children'
> {
  /**
   * The policy, or several translations of it (same `id` and `version`): the
   * viewer shows the one for the UI locale and offers a language switch.
   * Development builds validate it and show an invalid one's problems instead;
   * production builds expect a validated document (`loadPolicy`, `parsePolicy`).
   */
  policy: PolicyDocument | readonly PolicyDocument[];
  /**
   * `accordion` (default): collapsible sections. `document`: everything open,
   * no toggles — for policies every reader must see in full.
   */
  variant?: 'accordion' | 'document';
  /** Sections open at first (uncontrolled): `none` (default), `first`, `all`, or ids (their ancestors open too). */
  defaultExpanded?: DefaultExpanded;
  /** Open section ids (controlled, Radix Accordion `type="multiple"` semantics). */
  value?: string[];
  /** Open section ids at first (uncontrolled); wins over `defaultExpanded`. */
  defaultValue?: string[];
  /** Called with the new open ids whenever the reader, a deep link or the search opens or closes sections. */
  onValueChange?: (value: string[]) => void;
  /** Heading level of the sections (default 2); the title is one level above, nested sections go deeper (up to 6). */
  headingLevel?: HeadingLevel;
  /** Show the title heading (default true); hide it when the page has its own. */
  showTitle?: boolean;
  /** Show the in-policy search box (default false). */
  search?: boolean;
  /** A previous version: sections added or modified since are marked and badged. */
  changesSince?: PolicyDocument;
  /** Show the table of contents (default true). */
  toc?: boolean;
  /**
   * Show a one-screen summary above the policy (a "layered notice"): what we collect, why, who
   * receives it, how long, your rights, how to reach us — each linking to the sections whose
   * `topics` cover it (`layeredSummary`). Default false; nothing shows for a policy without topics.
   */
  summary?: boolean;
}

/**
 * A privacy policy to read in-app: title, dates, table of contents, and
 * its sections as a Radix Accordion (`@radix-ui/react-accordion`,
 * `type="multiple"`; WAI-ARIA APG: each trigger a `<button>` in a real
 * heading, arrow keys / Home / End between them), or open as one document.
 * Deep links (`#section-id`) open their section; collapsed text stays
 * findable with the browser's find-in-page (`hidden="until-found"`); print
 * shows everything. Strings and dates follow `PolicyKitProvider`'s locale,
 * or the document's without one.
 *
 * Built for long documents: each section is a Radix item, 16 top-level
 * sections (with their subsections) to a Radix Root whose `value` comes from
 * a `useSelector` over just those sections' open state, so opening one of 1000
 * sections re-renders one group's Radix items and never any text, and a
 * search re-renders only the sections it highlights.
 *
 * @selector .pk-PolicyViewer[data-variant="accordion" | "document"]
 * @selector .pk-PolicyViewer-section[data-state="open" | "closed"] — Radix's item state (always "open" in the document variant)
 * @selector .pk-PolicyViewer-section[data-orientation="vertical"], .pk-PolicyViewer-trigger[data-state] — Radix attributes, accordion variant
 * @selector .pk-PolicyViewer-section[data-change="added" | "modified"]
 * @selector .pk-PolicyViewer-callout[data-tone="info" | "important" | "warning"]
 *
 * @example
 * import '@policykit/react/styles.css';
 * import { PolicyKitProvider, PolicyViewer } from '@policykit/react';
 *
 * <PolicyKitProvider locale="id-ID">
 *   <PolicyViewer policy={[kebijakanId, policyEn]} search changesSince={previous} />
 * </PolicyKitProvider>
 */
export function PolicyViewer(props: PolicyViewerProps) {
  const state = usePolicyDocument(props.policy);
  const { t } = usePolicyKitTranslation(state.ok ? state.policy.locale : localeOf(props.policy), [
    viewerStrings,
  ]);
  const fallback = (issues: PolicyIssue[]) => (
    <ViewerError issues={issues} t={t} className={props.className} />
  );
  if (!state.ok) return fallback(state.issues);
  return (
    <ViewerErrorBoundary policy={state.policy} fallback={fallback}>
      <ViewerBody
        {...props}
        document={state.policy}
        locales={state.locales}
        chooseLocale={state.chooseLocale}
      />
    </ViewerErrorBoundary>
  );
}

/** The locale an invalid document claims, so its error message is in the reader's language. */
function localeOf(policy: unknown): string | undefined {
  const first: unknown = Array.isArray(policy) ? policy[0] : policy;
  const locale = (first as { locale?: unknown } | null)?.locale;
  return typeof locale === 'string' ? locale : undefined;
}

interface ViewerBodyProps extends PolicyViewerProps {
  document: PolicyDocument;
  locales: string[];
  chooseLocale(locale: string): void;
}

function ViewerBody({
  document: doc,
  locales,
  chooseLocale,
  policy: _policy,
  variant = 'accordion',
  defaultExpanded,
  value,
  defaultValue,
  onValueChange,
  headingLevel = 2,
  showTitle = true,
  search: withSearch = false,
  changesSince,
  toc = true,
  summary: withSummary = false,
  className,
  ...rest
}: ViewerBodyProps) {
  const { t, locale, language } = usePolicyKitTranslation(doc.locale, [viewerStrings]);
  const idPrefix = useId();
  const sectionsRef = useRef<HTMLDivElement>(null);
  const accordion = variant === 'accordion';
  const level = clampHeadingLevel(headingLevel);
  // False in the server HTML and while hydrating it: the readable document, no controls.
  const enhanced = useEnhanced();

  const tree = useMemo(() => createSectionTree(doc), [doc]);
  const { store, setValue } = useOpenSections({
    tree,
    value,
    defaultValue,
    defaultExpanded,
    onValueChange,
  });
  const search = useViewerSearch(doc, tree, store, setValue, accordion);

  const changes = useMemo(() => {
    const marked = new Map<string, 'added' | 'modified'>();
    if (!changesSince) return marked;
    for (const section of diffPolicies(changesSince, doc).sections) {
      if (section.change === 'added' || section.change === 'modified') {
        marked.set(section.id, section.change);
      }
    }
    return marked;
  }, [changesSince, doc]);

  /** Opens `ids` on top of what is open (deep links, in-page links, find-in-page). */
  const reveal = useCallback(
    (ids: readonly string[]) => {
      if (!accordion) return;
      const { open } = store.get();
      const missing = ids.filter((id) => !open.has(id));
      if (missing.length > 0) setValue([...open, ...missing]);
    },
    [accordion, store, setValue],
  );

  const writeHash = useHashWriter();
  const toggle = useCallback(
    (id: string) => {
      search.forget(id);
      const { open } = store.get();
      const opening = !open.has(id);
      setValue(opening ? [...open, id] : [...open].filter((other) => other !== id));
      writeHash(id, opening);
    },
    [search, store, setValue, writeHash],
  );

  useDeepLink(tree, reveal);

  // Find-in-page: Chromium fires `beforematch` on a `hidden="until-found"` panel before revealing it.
  useEffect(() => {
    const root = sectionsRef.current;
    if (!root || !accordion) return;
    const onBeforeMatch = (event: Event) => {
      const id = (event.target as Element).closest?.('.pk-PolicyViewer-section')?.id;
      if (id && tree.has(id)) reveal(tree.withAncestors([id]));
    };
    root.addEventListener('beforematch', onBeforeMatch, true);
    return () => root.removeEventListener('beforematch', onBeforeMatch, true);
  }, [accordion, reveal, tree]);

  // A link to a section (`#id`, in the text or the table of contents) opens it first, so the
  // browser's own jump lands on visible text — also when the hash is already `#id`.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    rest.onClick?.(event);
    if (event.defaultPrevented || !accordion) return;
    const link = (event.target as Element).closest?.('a[href^="#"]');
    const id = link ? idFromHash(link.getAttribute('href') ?? '') : undefined;
    if (id === undefined || !tree.has(id)) return;
    flushSync(() => reveal(tree.withAncestors([id])));
  };

  const labels = useMemo<ViewerLabels>(
    () => ({
      lang: uiLanguageFor(doc.locale) === language ? undefined : locale,
      added: t('viewer.change.added'),
      modified: t('viewer.change.modified'),
      callout: {
        info: t('viewer.callout.info'),
        important: t('viewer.callout.important'),
        warning: t('viewer.callout.warning'),
      },
      email: t('viewer.contact.email'),
      phone: t('viewer.contact.phone'),
      address: t('viewer.contact.address'),
      website: t('viewer.contact.website'),
      opensInNewTab: t('viewer.opensInNewTab'),
      table: t('viewer.table'),
    }),
    // `t` is bound to the language; listing both keeps a runtime switch re-rendering.
    [t, language, locale, doc.locale],
  );

  const context = useMemo<ViewerContextValue>(
    () => ({
      store,
      variant,
      idPrefix,
      headingLevel: level,
      labels,
      changes,
      regionRole: tree.ids.length <= 6,
      enhanced,
      toggle,
    }),
    [store, variant, idPrefix, level, labels, changes, tree, enhanced, toggle],
  );

  const showAll = useCallback(() => {
    search.forgetAll();
    setValue([...tree.ids]);
  }, [search, setValue, tree]);
  const hideAll = useCallback(() => {
    search.forgetAll();
    setValue([]);
  }, [search, setValue]);

  // Search, show all and the language switch need the script: the server HTML leaves them out
  // (GOV.UK's accordion adds its show-all control from its script too), so a page whose bundle
  // failed shows no control that does nothing.
  const hasToolbar = enhanced && (withSearch || accordion);
  return (
    <div
      lang={doc.locale}
      {...rest}
      className={['pk-PolicyViewer', className].filter(Boolean).join(' ')}
      data-variant={variant}
      onClick={onClick}
    >
      <ViewerHeader
        policy={doc}
        showTitle={showTitle}
        titleLevel={clampHeadingLevel(level - 1)}
        locale={locale}
        lang={labels.lang}
        t={t}
      >
        {enhanced && locales.length > 1 && (
          <LanguageSwitch
            id={`${idPrefix}language`}
            label={t('viewer.language')}
            locales={locales}
            value={doc.locale}
            onChange={chooseLocale}
          />
        )}
      </ViewerHeader>
      {toc && (
        <TableOfContents
          sections={doc.sections}
          label={t('viewer.contents')}
          lang={labels.lang}
          labelId={`${idPrefix}toc`}
        />
      )}
      {withSummary && (
        <LayeredSummary
          document={doc}
          t={t}
          headingLevel={level}
          lang={labels.lang}
          labelId={`${idPrefix}summary`}
        />
      )}
      {hasToolbar && (
        <div className="pk-PolicyViewer-toolbar" lang={locale}>
          {withSearch && (
            <SearchBox search={search} sectionsRef={sectionsRef} t={t} idPrefix={idPrefix} />
          )}
          {accordion && (
            <ShowAllButton
              store={store}
              ids={tree.ids}
              onShowAll={showAll}
              onHideAll={hideAll}
              showLabel={t('viewer.showAll')}
              hideLabel={t('viewer.hideAll')}
            />
          )}
        </div>
      )}
      <ViewerContext.Provider value={context}>
        <div
          ref={sectionsRef}
          className="pk-PolicyViewer-sections"
          onKeyDownCapture={accordion ? onSectionsKeyDownCapture : undefined}
        >
          <SectionList sections={doc.sections} depth={0} />
        </div>
      </ViewerContext.Provider>
    </div>
  );
}
