import type { ViewerLabels } from './viewer-context';

/**
 * What block renderers need from the viewer, read once per section. Blocks
 * render through plain functions rather than components: a section of a
 * long policy has dozens of blocks and spans, and a component each would
 * add a fiber each to every mount (measured: a noticeable share of mounting
 * 1000 sections) for no state or effect of their own.
 */
export interface RenderEnv {
  /** Prefix of the viewer's element ids. */
  idPrefix: string;
  sectionId: string;
  labels: ViewerLabels;
}
