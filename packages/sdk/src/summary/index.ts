// A one-screen "layered notice" from the sections' tagged topics.
export { LAYERED_SUMMARY_LAYERS, layeredSummary } from './layered-summary';
export type {
  LayeredSummary,
  LayeredSummaryLayer,
  LayeredSummaryLayerId,
  LayeredSummaryLink,
} from './layered-summary';
