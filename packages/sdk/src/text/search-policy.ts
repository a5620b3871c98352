import { mergeRanges, searchTerms, type TextRange } from './find-matches';
import { blockText, contactText, inlineText, itemText } from './inline-text';
import { isPlainAscii, normalizeText, type NormalizedText } from './normalize-text';
import { nextOccurrence } from './term-occurrences';
import type { PolicyDocument, Section } from '../document/policy-types';

/**
 * What a search result points at inside its section.
 *
 * @example
 * const inBody = (r: PolicySearchResult) => r.kind !== 'title' && r.kind !== 'summary';
 */
export type SearchResultKind =
  | 'title'
  | 'summary'
  | 'paragraph'
  | 'list-title'
  | 'list-item'
  | 'callout'
  | 'contact'
  | 'table-caption'
  | 'table-header'
  | 'table-cell'
  | 'image';

/**
 * One matching title or block.
 *
 * @example
 * // { sectionId: 'informasi-teknis', sectionPath: ['informasi', 'informasi-teknis'], kind: 'paragraph',
 * //   blockIndex: 0, text: 'Alamat IP …', matches: [{ start: 7, end: 9 }], snippet: 'Alamat IP …', snippetMatches: […] }
 */
export interface PolicySearchResult {
  /** The section the match is in (the innermost one). */
  sectionId: string;
  /** Ids from the outermost section down to `sectionId` — what a viewer must open. */
  sectionPath: string[];
  kind: SearchResultKind;
  /** Index into the section's `blocks` (absent for `title` and `summary`). */
  blockIndex?: number;
  /**
   * Index into a list's `items` (for `list-item`), a table's `rows` (for `table-cell`) or its
   * `columns` (for `table-header`).
   */
  itemIndex?: number;
  /** Index of the cell in its row (for `table-cell`). */
  columnIndex?: number;
  /**
   * The block's whole plain text (for a paragraph: its spans laid end to end,
   * see `inlineText`; for a list item or table cell: that item or cell, see `itemText`).
   */
  text: string;
  /** Every term's occurrences in `text`, merged and sorted. */
  matches: TextRange[];
  /** The first match with some words around it, `…` where text was cut (made when first read). */
  readonly snippet: string;
  /** The matches as ranges of `snippet`. */
  readonly snippetMatches: TextRange[];
}

/**
 * Options for {@link searchPolicy}.
 *
 * @example
 * searchPolicy(index, query, { limit: 20, snippetLength: 120 });
 */
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
  blockIndex: number | undefined;
  itemIndex: number | undefined;
  columnIndex: number | undefined;
  text: string;
  /** Folded-to-original offsets, for text that is not plain ASCII. */
  map: NormalizedText | undefined;
}

const INDEX = Symbol('policykit.searchIndex');

/**
 * A document prepared for searching: every title and block folded once, laid
 * end to end in one string, so a keystroke costs a few `indexOf` scans. Keep
 * one per document (e.g. `useMemo`); {@link searchPolicy} also caches one per
 * document object it is given.
 *
 * @example
 * const index: PolicySearchIndex = useMemo(() => createSearchIndex(policy), [policy]);
 */
export interface PolicySearchIndex {
  readonly [INDEX]: true;
  readonly policy: PolicyDocument;
  /** How many titles and blocks are searchable. */
  readonly size: number;
}

interface IndexData extends PolicySearchIndex {
  units: SearchUnit[];
  /** `offsets[i]`: where unit i starts in `folded`; one more entry marks the end. */
  offsets: Int32Array;
  folded: string;
}

// Between units: a character no search term can contain (terms drop control
// characters), so no match can run from one block into the next.
const SEPARATOR = '\u0000';

/**
 * Prepares `doc` for {@link searchPolicy}: one pass over the document that
 * folds every section title, summary, paragraph, list title and item,
 * callout, contact block, table caption, header and cell, and image text. Treats the document as immutable.
 *
 * @example
 * const index = createSearchIndex(policy); // once per document, e.g. in useMemo
 * const results = searchPolicy(index, query); // on every keystroke
 */
export function createSearchIndex(doc: PolicyDocument): PolicySearchIndex {
  const units: SearchUnit[] = [];
  const visit = (sections: readonly Section[], path: readonly string[]) => {
    for (const section of sections) {
      const sectionPath = [...path, section.id];
      // Every unit gets the same properties in the same order: one object shape.
      const add = (
        kind: SearchResultKind,
        text: string,
        blockIndex?: number,
        itemIndex?: number,
        columnIndex?: number,
      ) => {
        if (text) {
          units.push({
            sectionId: section.id,
            sectionPath,
            kind,
            blockIndex,
            itemIndex,
            columnIndex,
            text,
            map: undefined,
          });
        }
      };
      add('title', section.title);
      if (section.summary) add('summary', section.summary);
      section.blocks.forEach((block, blockIndex) => {
        switch (block.type) {
          case 'paragraph':
            add('paragraph', inlineText(block.text), blockIndex);
            break;
          case 'list':
            if (block.title) add('list-title', block.title, blockIndex);
            block.items.forEach((item, itemIndex) => {
              add('list-item', itemText(item), blockIndex, itemIndex);
            });
            break;
          case 'callout':
            add('callout', blockText(block), blockIndex);
            break;
          case 'contact':
            add('contact', contactText(block), blockIndex);
            break;
          case 'table':
            if (block.caption) add('table-caption', block.caption, blockIndex);
            block.columns.forEach((column, columnIndex) => {
              add('table-header', inlineText(column.title), blockIndex, columnIndex);
            });
            block.rows.forEach((row, rowIndex) => {
              row.forEach((cell, columnIndex) => {
                add('table-cell', itemText(cell), blockIndex, rowIndex, columnIndex);
              });
            });
            break;
          case 'image':
            add('image', blockText(block), blockIndex);
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
  const offsets = new Int32Array(units.length + 1);
  let length = 0;
  units.forEach((unit, i) => {
    let piece = unit.text;
    if (!isPlainAscii(piece)) {
      const normalized = normalizeText(piece);
      piece = normalized.text;
      unit.map = normalized;
    }
    offsets[i] = length;
    pieces.push(piece);
    length += piece.length + SEPARATOR.length;
  });
  offsets[units.length] = length;
  const index: IndexData = {
    [INDEX]: true,
    policy: doc,
    size: units.length,
    units,
    offsets,
    // One lower-casing pass over everything: ASCII text keeps its length and
    // offsets, and folded text is lower case already.
    folded: (pieces.join(SEPARATOR) + SEPARATOR).toLowerCase(),
  };
  return index;
}

const cache = new WeakMap<PolicyDocument, PolicySearchIndex>();

/**
 * Searches a policy: one result per matching section title, summary,
 * paragraph, list title, list item, callout, contact block, table caption,
 * column header, table cell or image text, in document order. Case- and diacritic-insensitive (`Pribadi` ≈ `PRIBADİ`, `cafe` ≈
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
  const { units, offsets, folded } = toIndex(docOrIndex);
  const count = units.length;

  // One indexOf scan per term over the whole document; occurrences come in
  // order, so the unit they fall in is found by walking forward, not searching.
  const masks = new Int32Array(count);
  const occurrences = terms.map((term, t) => {
    const found: number[] = [];
    const bit = 1 << t;
    let u = 0;
    for (
      let at = nextOccurrence(folded, term, 0);
      at !== -1;
      at = nextOccurrence(folded, term, at + 1)
    ) {
      while (u + 1 < count && (offsets[u + 1] ?? 0) <= at) u++;
      masks[u] = (masks[u] ?? 0) | bit;
      found.push(at);
    }
    return found;
  });

  const all = (1 << terms.length) - 1; // at most 30 terms: fits a 32-bit int
  const limit = options.limit ?? Infinity;
  const snippetLength = options.snippetLength ?? 160;
  const cursors = terms.map(() => 0);
  const results: PolicySearchResult[] = [];
  for (let u = 0; u < count && results.length < limit; u++) {
    if (masks[u] !== all) continue;
    const unit = units[u];
    if (!unit) continue;
    const from = offsets[u] ?? 0;
    const to = offsets[u + 1] ?? folded.length;
    const map = unit.map;
    const ranges: TextRange[] = [];
    terms.forEach((term, t) => {
      const found = occurrences[t] ?? [];
      let c = cursors[t] ?? 0;
      while (c < found.length && (found[c] ?? 0) < from) c++;
      for (; c < found.length && (found[c] ?? 0) < to; c++) {
        const local = (found[c] ?? 0) - from;
        ranges.push(
          map
            ? { start: map.starts[local] ?? 0, end: map.ends[local + term.length - 1] ?? 0 }
            : { start: local, end: local + term.length },
        );
      }
      cursors[t] = c;
    });
    results.push(new SearchHit(unit, mergeRanges(ranges), snippetLength));
  }
  return results;
}

/**
 * A result whose snippet is cut only when read: a one-letter query can match
 * thousands of blocks, and a viewer that highlights in place never reads them.
 * `JSON.stringify` includes them (`toJSON`).
 */
class SearchHit implements PolicySearchResult {
  readonly sectionId: string;
  readonly sectionPath: string[];
  readonly kind: SearchResultKind;
  readonly blockIndex?: number;
  readonly itemIndex?: number;
  readonly columnIndex?: number;
  readonly text: string;
  readonly matches: TextRange[];
  #snippetLength: number;
  #cut?: { snippet: string; snippetMatches: TextRange[] };

  constructor(unit: SearchUnit, matches: TextRange[], snippetLength: number) {
    this.sectionId = unit.sectionId;
    this.sectionPath = unit.sectionPath;
    this.kind = unit.kind;
    if (unit.blockIndex !== undefined) this.blockIndex = unit.blockIndex;
    if (unit.itemIndex !== undefined) this.itemIndex = unit.itemIndex;
    if (unit.columnIndex !== undefined) this.columnIndex = unit.columnIndex;
    this.text = unit.text;
    this.matches = matches;
    this.#snippetLength = snippetLength;
  }

  get snippet(): string {
    this.#cut ??= makeSnippet(this.text, this.matches, this.#snippetLength);
    return this.#cut.snippet;
  }

  get snippetMatches(): TextRange[] {
    this.#cut ??= makeSnippet(this.text, this.matches, this.#snippetLength);
    return this.#cut.snippetMatches;
  }

  toJSON(): PolicySearchResult {
    return { ...this, snippet: this.snippet, snippetMatches: this.snippetMatches };
  }
}

function toIndex(docOrIndex: PolicyDocument | PolicySearchIndex): IndexData {
  if (INDEX in docOrIndex) return docOrIndex as IndexData;
  let index = cache.get(docOrIndex);
  if (!index) cache.set(docOrIndex, (index = createSearchIndex(docOrIndex)));
  return index as IndexData;
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
      const space = firstSpace(text.slice(start, first.start));
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
  for (let i = text.length - 1; i >= 0; i--) if (isSpace(text.charCodeAt(i))) return i;
  return -1;
}

function firstSpace(text: string): number {
  for (let i = 0; i < text.length; i++) if (isSpace(text.charCodeAt(i))) return i;
  return -1;
}

/** White space as `\s` sees it, without a regular expression per character. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code >= 0x80 && /\s/u.test(String.fromCharCode(code));
}
