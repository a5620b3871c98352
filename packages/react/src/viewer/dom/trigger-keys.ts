import type { KeyboardEvent } from 'react';

const KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

/**
 * WAI-ARIA APG accordion keys between section buttons: ArrowDown / ArrowUp
 * move to the next / previous button (wrapping, as Radix Accordion does),
 * Home / End to the first / last. Buttons inside collapsed sections are
 * skipped. The list is read from the DOM at key press, so mounting 1000
 * sections costs nothing here.
 *
 * One handler for every trigger, in the capture phase of the sections'
 * container (`onKeyDownCapture`): the sections are split over several Radix
 * `Accordion.Root`s (see `SectionList`), whose own roving focus knows only
 * their own triggers and listens on the Root, below the container. This runs
 * first and calls `preventDefault()`, which Radix's composed handler checks
 * before doing anything. (A handler on each trigger would do the same at the
 * cost of a prop and a composed callback per section.)
 */
export function onSectionsKeyDownCapture(event: KeyboardEvent<HTMLElement>): void {
  // With or without modifier keys, as Radix does: a key Radix would handle inside one Root and
  // we did not would move focus within that Root only.
  if (event.defaultPrevented || !KEYS.has(event.key)) return;
  const target = event.target as HTMLElement;
  if (!target.classList?.contains('pk-PolicyViewer-trigger')) return;
  const container = event.currentTarget;
  const triggers = Array.from(
    container.querySelectorAll<HTMLElement>('.pk-PolicyViewer-trigger'),
  ).filter((trigger) => !trigger.closest('[hidden]'));
  const index = triggers.indexOf(target);
  if (index === -1) return;
  const last = triggers.length - 1;
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? last
        : event.key === 'ArrowDown'
          ? index === last
            ? 0
            : index + 1
          : index === 0
            ? last
            : index - 1;
  event.preventDefault();
  triggers[next]?.focus();
}
