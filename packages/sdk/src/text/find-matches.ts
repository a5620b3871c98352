import { foldText, normalizeText } from './normalize-text';
import { nextOccurrence } from './term-occurrences';

/**
 * A half-open range `[start, end)` of UTF-16 offsets into a string, like `String#slice`.
 *
 * @example
 * const [range] = findMatches('Data pribadi', 'pribadi'); // { start: 5, end: 12 }
 */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Most terms a query may have; later ones are ignored. Keeps per-block
 * bookkeeping in one 32-bit mask and a pasted paragraph from turning every
 * keystroke into thousands of scans.
 *
 * @example
 * searchTerms(longPastedText).length <= MAX_SEARCH_TERMS; // true
 */
export const MAX_SEARCH_TERMS = 30;

/**
 * The terms of a search query: folded like the text (case, accents, `İ`/`ı`),
 * split on white space, duplicates and control characters dropped. A block
 * matches when it contains every term, in any order.
 *
 * @example
 * searchTerms('  Data  PRIBADI data '); // ['data', 'pribadi']
 */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  // eslint-disable-next-line no-control-regex
  for (const raw of foldText(query.replace(/[\u0000-\u001f\u007f]/g, ' ')).split(/\s+/u)) {
    if (raw && !terms.includes(raw)) terms.push(raw);
    if (terms.length === MAX_SEARCH_TERMS) break;
  }
  return terms;
}

/**
 * Where the query's terms occur in `text`, as ranges of the *original* string —
 * a match of `cafe` in `Café` (or in `Cafe\u0301`, with a combining accent)
 * covers the whole `é` — sorted, overlapping and touching ranges merged. A term of
 * one or two characters matches only at the start of a word. Any
 * term counts here; deciding whether a block matches *all* terms is
 * {@link searchPolicy}'s job.
 *
 * @example
 * const text = 'Hak Subjek Data Pribadi';
 * for (const { start, end } of findMatches(text, 'subjek pribadi')) console.log(text.slice(start, end));
 * // 'Subjek', 'Pribadi'
 */
export function findMatches(text: string, query: string): TextRange[] {
  const terms = searchTerms(query);
  if (terms.length === 0 || text === '') return [];
  const folded = normalizeText(text);
  const ranges: TextRange[] = [];
  for (const term of terms) {
    for (
      let at = nextOccurrence(folded.text, term, 0);
      at !== -1;
      at = nextOccurrence(folded.text, term, at + 1)
    ) {
      ranges.push({
        start: folded.starts[at] ?? 0,
        end: folded.ends[at + term.length - 1] ?? text.length,
      });
    }
  }
  return mergeRanges(ranges);
}

/**
 * Sorts ranges and merges those that overlap or touch.
 *
 * @example
 * mergeRanges([{ start: 4, end: 6 }, { start: 0, end: 3 }, { start: 2, end: 4 }]);
 * // [{ start: 0, end: 6 }]
 */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  // One term's occurrences arrive sorted: skip the copy and the sort then.
  let ordered = true;
  for (let i = 1; i < ranges.length && ordered; i++) {
    ordered = (ranges[i - 1]?.start ?? 0) <= (ranges[i]?.start ?? 0);
  }
  const sorted = ordered ? ranges : [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

/**
 * A piece of a string, marked or not — what a renderer wraps in `<mark>`.
 *
 * @example
 * splitByMatches(text, ranges).map((s) => (s.match ? <mark>{s.text}</mark> : s.text));
 */
export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Cuts `text` into alternating plain and matched segments (empty ones left
 * out). `offset` says where `text` starts within the string the ranges refer
 * to — pass a span's position to highlight one inline span of a paragraph.
 *
 * @example
 * splitByMatches('Data pribadi', [{ start: 5, end: 12 }]);
 * // [{ text: 'Data ', match: false }, { text: 'pribadi', match: true }]
 */
export function splitByMatches(
  text: string,
  ranges: readonly TextRange[],
  offset = 0,
): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const range of ranges) {
    const start = Math.max(range.start - offset, at);
    const end = Math.min(range.end - offset, text.length);
    if (end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}
