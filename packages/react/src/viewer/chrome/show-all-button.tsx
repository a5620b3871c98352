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
