/**
 * @policykit/sdk/text — what a renderer needs to show a policy's text and its search
 * matches: plain text of inline spans, blocks and sections, case- and diacritic-folded
 * matching with ranges in the original text, and the split of a text into marked and
 * unmarked segments. `searchPolicy` and `createSearchIndex` are also in the main entry.
 */
export {
  blockText,
  contactText,
  inlineText,
  isRichContent,
  itemText,
  sectionText,
} from './inline-text';
export { foldText, normalizeText } from './normalize-text';
export type { NormalizedText } from './normalize-text';
export {
  MAX_SEARCH_TERMS,
  findMatches,
  mergeRanges,
  searchTerms,
  splitByMatches,
} from './find-matches';
export type { TextRange, TextSegment } from './find-matches';
export { createSearchIndex, searchPolicy } from './search-policy';
export type {
  PolicySearchIndex,
  PolicySearchResult,
  SearchOptions,
  SearchResultKind,
} from './search-policy';
