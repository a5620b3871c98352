import { useState, type KeyboardEvent, type RefObject } from 'react';
import type { PolicyKitT } from '../../i18n/use-policykit-translation';
import type { ViewerSearch } from '../state/use-viewer-search';

const MATCH = 'mark[data-pk-match]';

export interface SearchBoxProps {
  search: ViewerSearch;
  /** The element holding the sections, where matches are counted and stepped through. */
  sectionsRef: RefObject<HTMLElement | null>;
  t: PolicyKitT;
  /** Prefix for element ids. */
  idPrefix: string;
}

/**
 * The in-policy search box. Typing highlights matches and opens their
 * sections; Enter steps to the next match and Shift+Enter to the previous
 * one, scrolling it into view; the count ("3 matches", "3 hasil ditemukan")
 * is announced politely by a live region that is always in the DOM (an
 * inserted live region is often not announced).
 *
 * @selector .pk-PolicyViewer-mark[data-current] — the match Enter moved to
 */
export function SearchBox({ search, sectionsRef, t, idPrefix }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const [count, setCount] = useState(0);
  const [current, setCurrent] = useState(-1);

  const step = (direction: 1 | -1) => {
    search.flush();
    const marks = sectionsRef.current?.querySelectorAll<HTMLElement>(MATCH);
    if (!marks || marks.length === 0) return;
    const next =
      current === -1 && direction === -1
        ? marks.length - 1
        : (((current + direction) % marks.length) + marks.length) % marks.length;
    marks[current]?.removeAttribute('data-current');
    const mark = marks[next];
    if (!mark) return;
    mark.setAttribute('data-current', '');
    mark.scrollIntoView?.({ block: 'center' });
    setCurrent(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    step(event.shiftKey ? -1 : 1);
  };

  const inputId = `${idPrefix}search`;
  const hintId = `${idPrefix}search-hint`;
  const status = !query.trim()
    ? ''
    : count === 0
      ? t('viewer.search.noResults')
      : current >= 0
        ? t('viewer.search.position', { current: current + 1, count })
        : t('viewer.search.results', { count });

  return (
    <div className="pk-PolicyViewer-search" role="search">
      <label className="pk-PolicyViewer-searchLabel" htmlFor={inputId}>
        {t('viewer.search.label')}
      </label>
      <div className="pk-PolicyViewer-searchRow">
        <input
          id={inputId}
          className="pk-PolicyViewer-searchInput"
          type="search"
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby={hintId}
          value={query}
          onFocus={search.prepare}
          onChange={(event) => {
            const next = event.target.value;
            sectionsRef.current
              ?.querySelectorAll('[data-current]')
              .forEach((mark) => mark.removeAttribute('data-current'));
            setQuery(next);
            setCount(search.run(next));
            setCurrent(-1);
          }}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="pk-PolicyViewer-button"
          onClick={() => step(-1)}
          disabled={count === 0}
        >
          {t('viewer.search.previous')}
        </button>
        <button
          type="button"
          className="pk-PolicyViewer-button"
          onClick={() => step(1)}
          disabled={count === 0}
        >
          {t('viewer.search.next')}
        </button>
      </div>
      <p id={hintId} className="pk-PolicyViewer-visuallyHidden">
        {t('viewer.search.hint')}
      </p>
      <p className="pk-PolicyViewer-searchStatus" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
