import type { KeyboardEvent } from 'react';

const KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

/**
 * WAI-ARIA APG accordion keys between section buttons: ArrowDown / ArrowUp
 * move to the next / previous button (wrapping, as Radix Accordion does),
 * Home / End to the first / last. Buttons inside collapsed sections are
 * skipped. The list is read from the DOM at key press, so mounting 1000
 * sections costs nothing here.
 */
export function onTriggerKeyDown(event: KeyboardEvent<HTMLElement>): void {
  if (!KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement;
  if (!target.classList.contains('pk-PolicyViewer-trigger')) return;
  const triggers = Array.from(
    event.currentTarget.querySelectorAll<HTMLElement>('.pk-PolicyViewer-trigger'),
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
