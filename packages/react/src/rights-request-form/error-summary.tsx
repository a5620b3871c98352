import type { MouseEvent, Ref } from 'react';
import { Heading } from '../shared/heading';

export interface ErrorSummaryItem {
  message: string;
  /** The id of the control to move to; without one the item is plain text (nothing to fix in the form). */
  targetId?: string | undefined;
}

export interface ErrorSummaryProps {
  title: string;
  items: readonly ErrorSummaryItem[];
  headingLevel: number;
  /**
   * The summary's root, which the form focuses after a failed submit. Not `ref`: React 18
   * does not pass `ref` to a function component as a prop, so focus would silently not move.
   */
  rootRef?: Ref<HTMLDivElement> | undefined;
}

/**
 * Moves focus to the control and scrolls its question into view: for a radio, the
 * fieldset's legend; otherwise the label — so the person sees what is asked, not only the
 * box (GOV.UK error summary behaviour). `preventScroll` because the browser would
 * otherwise scroll to the control alone and hide the label above it.
 */
function moveTo(event: MouseEvent<HTMLAnchorElement>, targetId: string) {
  const target = event.currentTarget.ownerDocument.getElementById(targetId);
  if (!target) return; // the link's own #fragment then does what it can
  event.preventDefault();
  const question =
    (target.closest('fieldset')?.querySelector('legend') as HTMLElement | null) ??
    ((target as HTMLInputElement).labels?.[0] as HTMLElement | undefined) ??
    target;
  question.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/**
 * The GOV.UK error summary: a heading and a list of links, one per problem, each moving
 * focus to its field. The form focuses the summary after a failed submit, and `role="alert"`
 * inside it makes screen readers announce it even where focus moves are not read.
 */
export function ErrorSummary({ title, items, headingLevel, rootRef }: ErrorSummaryProps) {
  return (
    <div className="pk-RightsRequestForm-errorSummary" tabIndex={-1} ref={rootRef}>
      <div role="alert">
        <Heading level={headingLevel} className="pk-RightsRequestForm-errorSummaryTitle">
          {title}
        </Heading>
        <ul className="pk-RightsRequestForm-errorSummaryList">
          {items.map((item, index) => (
            <li key={`${item.targetId ?? 'form'}-${index}`}>
              {item.targetId ? (
                <a
                  href={`#${item.targetId}`}
                  onClick={(event) => moveTo(event, item.targetId as string)}
                >
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
