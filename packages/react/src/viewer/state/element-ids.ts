/*
 * The viewer's element ids, derived from a section id. Section ids are slugs, which never contain
 * `--`, so these never clash with a section's own id. `prefix` is the viewer's `useId()`, so two
 * viewers on one page never clash either.
 */

/** The section's toggle button (`Accordion.Trigger`). */
export const triggerId = (prefix: string, sectionId: string) => `${prefix}${sectionId}--trigger`;

/** The section's panel, which the trigger's `aria-controls` points at. */
export const contentId = (prefix: string, sectionId: string) => `${prefix}${sectionId}--content`;

/** The section's summary line, which describes the trigger. */
export const summaryId = (prefix: string, sectionId: string) => `${prefix}${sectionId}--summary`;

/** A block's id; `path` is its place in the section (`3`, `3-0` inside a callout). */
export const blockId = (prefix: string, sectionId: string, path: string) =>
  `${prefix}${sectionId}--b${path}`;
