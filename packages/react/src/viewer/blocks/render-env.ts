import type { ViewerLabels } from '../state/viewer-context';

/**
 * What block renderers need from the viewer, read once per section. Blocks
 * render through plain functions (`renderBlock`) rather than components: they
 * have no state or effect of their own, and their section's `SectionBody` is
 * the memoized unit that decides when they render again.
 */
export interface RenderEnv {
  /** Prefix of the viewer's element ids. */
  idPrefix: string;
  sectionId: string;
  labels: ViewerLabels;
}
