/**
 * Terms this short match only where a word starts. Typing "DATA P" must not mark every "p"
 * inside "pribadi", "perlu" and "kepada" while the reader is still typing "pribadi"; longer
 * terms match anywhere in a word, because Indonesian builds words around their root
 * ("data" in "pendataan", "olah" in "pengolahan") and a reader searching for the root
 * expects to find them, as the browser's own find-in-page does.
 */
export const WORD_START_TERM_LENGTH = 2;

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * The next place at or after `from` where `term` occurs in `folded` (folded text, see
 * `normalizeText`), or -1 — with {@link WORD_START_TERM_LENGTH} applied. The one rule the
 * search (which blocks match) and the highlighting (which ranges to mark) share.
 */
export function nextOccurrence(folded: string, term: string, from: number): number {
  const wordStartOnly = [...term].length <= WORD_START_TERM_LENGTH;
  for (let at = folded.indexOf(term, from); at !== -1; at = folded.indexOf(term, at + 1)) {
    if (!wordStartOnly || at === 0 || !WORD_CHARACTER.test(folded[at - 1] ?? '')) return at;
  }
  return -1;
}
