import { mergeRanges, searchTerms, type TextRange } from './find-matches';
import { blockText, contactText, inlineText } from './inline-text';
import { normalizeText } from './normalize-text';
import type { PolicyDocument, Section } from './policy-types';

/** What a search result points at inside its section. */
export type SearchResultKind =
  'title' | 'summary' | 'paragraph' | 'list-title' | 'list-item' | 'callout' | 'contact';

/** One matching title or block. */
export interface PolicySearchResult {
  /** The section the match is in (the innermost one). */
  sectionId: string;
  /** Ids from the outermost section down to `sectionId` — what a viewer must open. */
  sectionPath: string[];
  kind: SearchResultKind;
  /** Index into the section's `blocks` (absent for `title` and `summary`). */
  blockIndex?: number;
  /** Index into a list's `items` (for `list-item`). */
  itemIndex?: number;
  /**
   * The block's whole plain text (for a paragraph: its spans laid end to end,
   * see `inlineText`; for a list item: that item).
   */
  text: string;
  /** Every term's occurrences in `text`, merged and sorted. */
  matches: TextRange[];
  /** The first match with some words around it, `…` where text was cut. */
  snippet: string;
  /** The matches as ranges of `snippet`. */
  snippetMatches: TextRange[];
}

/** Options for {@link searchPolicy}. */
export interface SearchOptions {
  /** Stop after this many results (all by default). */
  limit?: number;
  /** Longest snippet before it is cut around the first match; default 160 characters. */
  snippetLength?: number;
}

interface SearchUnit {
  sectionId: string;
  sectionPath: string[];
  kind: SearchResultKind;
  blockIndex?: number;
  itemIndex?: number;
  text: string;
  /** Where this unit's folded text starts in the index's `folded`. */
  offset: number;
}

const INDEX = Symbol('policykit.searchIndex');

/**
 * A document prepared for searching: every title and block folded once, laid
 * end to end in one string, so a keystroke costs a few `indexOf` scans. Keep
 * one per document (e.g. `useMemo`); {@link searchPolicy} also caches one per
 * document object it is given.
 */
export interface PolicySearchIndex {
  readonly [INDEX]: true;
  readonly policy: PolicyDocument;
  /** How many titles and blocks are searchable. */
  readonly size: number;
}

interface IndexData extends PolicySearchIndex {
  units: SearchUnit[];
  folded: string;
  starts: Int32Array;
  ends: Int32Array;
}

// Between units: a character no search term can contain (terms drop control
// characters), so no match can run from one block into the next.
const SEPARATOR = '\u0000';

/**
 * Prepares `doc` for {@link searchPolicy}: one pass over the document that
 * folds every section title, summary, paragraph, list title and item,
 * callout and contact block. Treats the document as immutable.
 *
 * @example
 * const index = createSearchIndex(policy); // once per document, e.g. in useMemo
 * const results = searchPolicy(index, query); // on every keystroke
 */
export function createSearchIndex(doc: PolicyDocument): PolicySearchIndex {
  const units: SearchUnit[] = [];
  const add = (unit: Omit<SearchUnit, 'offset'>) => {
    if (unit.text) units.push({ ...unit, offset: 0 });
  };
  const visit = (sections: readonly Section[], path: readonly string[]) => {
    for (const section of sections) {
      const sectionPath = [...path, section.id];
      const at = { sectionId: section.id, sectionPath };
      add({ ...at, kind: 'title', text: section.title });
      if (section.summary) add({ ...at, kind: 'summary', text: section.summary });
      section.blocks.forEach((block, blockIndex) => {
        switch (block.type) {
          case 'paragraph':
            add({ ...at, kind: 'paragraph', blockIndex, text: inlineText(block.text) });
            break;
          case 'list':
            if (block.title) add({ ...at, kind: 'list-title', blockIndex, text: block.title });
            block.items.forEach((item, itemIndex) => {
              add({ ...at, kind: 'list-item', blockIndex, itemIndex, text: inlineText(item) });
            });
            break;
          case 'callout':
            add({ ...at, kind: 'callout', blockIndex, text: blockText(block) });
            break;
          case 'contact':
            add({ ...at, kind: 'contact', blockIndex, text: contactText(block) });
            break;
          default:
            block satisfies never;
        }
      });
      if (section.sections) visit(section.sections, sectionPath);
    }
  };
  visit(doc.sections, []);

  const pieces: string[] = [];
  const maps: { starts: Int32Array; ends: Int32Array }[] = [];
  let length = 0;
  for (const unit of units) {
    const normalized = normalizeText(unit.text);
    unit.offset = length;
    pieces.push(normalized.text);
    maps.push(normalized);
    length += normalized.text.length + SEPARATOR.length;
  }
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  units.forEach((unit, i) => {
    const map = maps[i];
    if (!map) return;
    starts.set(map.starts, unit.offset);
    ends.set(map.ends, unit.offset);
  });
  const index: IndexData = {
    [INDEX]: true,
    policy: doc,
    size: units.length,
    units,
    folded: pieces.join(SEPARATOR) + SEPARATOR,
    starts,
    ends,
  };
  return index;
}

const cache = new WeakMap<PolicyDocument, PolicySearchIndex>();

/**
 * Searches a policy: one result per matching section title, summary,
 * paragraph, list title, list item, callout or contact block, in document
 * order. Case- and diacritic-insensitive (`Pribadi` ≈ `PRIBADİ`, `cafe` ≈
 * `Café`); a query of several words finds blocks containing every word, in any
 * order, each word matching anywhere in a word (`priv` finds `privasi`). An
 * empty or blank query gives `[]`.
 *
 * Pass a {@link createSearchIndex} result to keep keystrokes cheap; given a
 * document, an index is built once and cached for that document object.
 *
 * @example
 * for (const hit of searchPolicy(policy, 'data pribadi')) {
 *   console.log(hit.sectionId, hit.snippet); // 'hak-anda', '… Anda dapat meminta akses ke data pribadi …'
 * }
 */
export function searchPolicy(
  docOrIndex: PolicyDocument | PolicySearchIndex,
  query: string,
  options: SearchOptions = {},
): PolicySearchResult[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const index = toIndex(docOrIndex);
  const { units, folded, starts, ends } = index;

  const found = new Map<number, { mask: number; ranges: TextRange[] }>();
  terms.forEach((term, t) => {
    let unitIndex = 0;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      unitIndex = unitAt(units, at, unitIndex);
      const unit = units[unitIndex];
      if (!unit) continue;
      let hit = found.get(unitIndex);
      if (!hit) found.set(unitIndex, (hit = { mask: 0, ranges: [] }));
      hit.mask |= 1 << t;
      hit.ranges.push({ start: starts[at] ?? 0, end: ends[at + term.length - 1] ?? 0 });
    }
  });

  const all = (1 << terms.length) - 1; // at most 30 terms: fits a 32-bit int
  const hits = [...found.keys()].filter((i) => found.get(i)?.mask === all).sort((a, b) => a - b);
  const limit = options.limit ?? Infinity;
  const results: PolicySearchResult[] = [];
  for (const unitIndex of hits) {
    if (results.length >= limit) break;
    const unit = units[unitIndex];
    const hit = found.get(unitIndex);
    if (!unit || !hit) continue;
    const matches = mergeRanges(hit.ranges);
    const { snippet, snippetMatches } = makeSnippet(
      unit.text,
      matches,
      options.snippetLength ?? 160,
    );
    const result: PolicySearchResult = {
      sectionId: unit.sectionId,
      sectionPath: unit.sectionPath,
      kind: unit.kind,
      text: unit.text,
      matches,
      snippet,
      snippetMatches,
    };
    if (unit.blockIndex !== undefined) result.blockIndex = unit.blockIndex;
    if (unit.itemIndex !== undefined) result.itemIndex = unit.itemIndex;
    results.push(result);
  }
  return results;
}

function toIndex(docOrIndex: PolicyDocument | PolicySearchIndex): IndexData {
  if (INDEX in docOrIndex) return docOrIndex as IndexData;
  let index = cache.get(docOrIndex);
  if (!index) cache.set(docOrIndex, (index = createSearchIndex(docOrIndex)));
  return index as IndexData;
}

/** The unit containing folded offset `at`; occurrences come in increasing order, so search from `from`. */
function unitAt(units: readonly SearchUnit[], at: number, from: number): number {
  let lo = from;
  let hi = units.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((units[mid]?.offset ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The text around the first match, at most about `maxLength` characters, cut
 * at white space so no word is sliced, with `…` where text was left out. Line
 * breaks (between list items in a callout) become spaces, one for one, so the
 * ranges still line up.
 */
function makeSnippet(
  text: string,
  matches: readonly TextRange[],
  maxLength: number,
): { snippet: string; snippetMatches: TextRange[] } {
  const first = matches[0] ?? { start: 0, end: 0 };
  let start = 0;
  let end = text.length;
  if (text.length > maxLength) {
    const room = Math.max(0, maxLength - (first.end - first.start));
    const before = Math.min(first.start, Math.floor(room / 3));
    start = first.start - before;
    end = Math.min(text.length, first.end + (room - before));
    if (start > 0) {
      const space = text.slice(start, first.start).search(/\s/u);
      if (space !== -1) start += space + 1;
    }
    if (end < text.length) {
      const tail = text.slice(first.end, end);
      const space = lastSpace(tail);
      if (space !== -1) end = first.end + space;
    }
  }
  const prefix = start > 0 ? '…' : '';
  const body = text.slice(start, end).replace(/\s/gu, ' ');
  const trimmed = body.trimEnd();
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  const snippetMatches: TextRange[] = [];
  for (const m of matches) {
    const s = Math.max(m.start, start);
    const e = Math.min(m.end, start + trimmed.length);
    if (e > s) snippetMatches.push({ start: s + shift, end: e + shift });
  }
  return { snippet: prefix + trimmed + suffix, snippetMatches };
}

function lastSpace(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (/\s/u.test(text[i] ?? '')) return i;
  return -1;
}
