import { createContext, useContext } from 'react';
import type { CalloutTone } from '@policykit/sdk';
import type { HeadingLevel } from '../../shared/heading-level';
import type { ViewerStore } from './viewer-store';

/** Translated strings every section may need, resolved once per language. */
export interface ViewerLabels {
  /**
   * The UI's language tag when it differs from the document's (`lang` on UI text inside the
   * policy, so a screen reader pronounces "Updated" in English inside an Indonesian policy).
   */
  lang: string | undefined;
  added: string;
  modified: string;
  callout: Record<CalloutTone, string>;
  email: string;
  phone: string;
  address: string;
  website: string;
  opensInNewTab: string;
  /** Names a table's scrollable region when the table has no caption. */
  table: string;
}

/** What every section of one viewer shares; changes only with the document, language or props. */
export interface ViewerContextValue {
  store: ViewerStore;
  variant: 'accordion' | 'document';
  /** Prefix for the viewer's own element ids (`useId`), so two viewers never clash. */
  idPrefix: string;
  /** Heading level of top-level sections (nested ones go deeper, up to 6). */
  headingLevel: HeadingLevel;
  labels: ViewerLabels;
  /** Sections marked as changed by `changesSince`. */
  changes: ReadonlyMap<string, 'added' | 'modified'>;
  /**
   * Whether content panels are `role="region"` landmarks. WAI-ARIA APG: avoid it
   * when more than about six panels can be open at once (landmark proliferation).
   */
  regionRole: boolean;
  /**
   * Whether the accordion is live (`useEnhanced`): false in the server HTML and while it
   * hydrates, when every section renders as a plain heading over visible text.
   */
  enhanced: boolean;
  /** Opens or closes one section as the reader asked (updates the URL hash on open). */
  toggle(id: string): void;
}

export const ViewerContext = /* @__PURE__ */ createContext<ViewerContextValue | null>(null);

/** The enclosing viewer's shared values; only valid inside `<PolicyViewer>`. */
export function useViewerContext(): ViewerContextValue {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('PolicyViewer: a section was rendered outside <PolicyViewer>.');
  return value;
}
