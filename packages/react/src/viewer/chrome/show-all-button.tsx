import { useSelector } from '../../store/use-selector';
import type { ViewerStore } from '../state/viewer-store';

export interface ShowAllButtonProps {
  store: ViewerStore;
  ids: readonly string[];
  onShowAll(): void;
  onHideAll(): void;
  showLabel: string;
  hideLabel: string;
}

/**
 * "Show all sections" / "Hide all sections" (GOV.UK accordion): one button
 * whose label and `aria-expanded` follow whether every section is open.
 *
 * Screen readers hear "Hide all sections, expanded" — the label and the state
 * together. Checked for issue 16 and kept on purpose: it is exactly what GOV.UK
 * Frontend's accordion renders (its show-all button changes text *and* sets
 * aria-expanded, true only when every section is open), the Digital
 * Accessibility Centre's audit of the ONS design system asked for the attribute
 * on the show/hide-all button because without it the state was not conveyed
 * (ONSdigital/design-system#2253), and the Scottish Government design system
 * added it for the same reason (#175). Dropping either half would trade a
 * redundant word for a missing state; the label is the action, the state says
 * what the sections are now.
 */
export function ShowAllButton({
  store,
  ids,
  onShowAll,
  onHideAll,
  showLabel,
  hideLabel,
}: ShowAllButtonProps) {
  const allOpen = useSelector(
    store,
    (state) => ids.length > 0 && ids.every((id) => state.open.has(id)),
  );
  return (
    <button
      type="button"
      className="pk-PolicyViewer-button pk-PolicyViewer-showAll"
      aria-expanded={allOpen}
      onClick={allOpen ? onHideAll : onShowAll}
    >
      {allOpen ? hideLabel : showLabel}
    </button>
  );
}
