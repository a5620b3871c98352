/**
 * Text folded for matching — lower case, accents and other combining marks
 * removed, compatibility forms unfolded (NFKD: `ﬁ` → `fi`, `²` → `2`) — with a
 * map back to the original, so a match found in the folded text can be shown
 * on exactly the original characters.
 *
 * @example
 * const { text, starts, ends } = normalizeText('Café');
 * // text 'cafe'; a match at [3, 4) in text is [starts[3], ends[3]) = [3, 4) in 'Café'
 */
export interface NormalizedText {
  /** The folded text. */
  text: string;
  /** `starts[i]`: where the original character that produced `text[i]` begins. */
  starts: Int32Array;
  /**
   * `ends[i]`: where it ends, including any combining marks right after it
   * (`e\u0301` is one visible letter, and a highlight must not split it).
   */
  ends: Int32Array;
}

/**
 * Folds a query or a text for matching: NFKD, drop combining marks, lower case,
 * and a few letters that have no decomposition but that readers type without
 * their stroke or dot. Locale-independent on purpose: `İ` and `I` both fold to
 * `i`, and so does Turkish dotless `ı`, so a search works the same whatever
 * the page's or the runtime's language.
 *
 * @example
 * foldText('Kebijakan PRIVASI — Café'); // 'kebijakan privasi — cafe'
 */
export function foldText(text: string): string {
  if (isPlainAscii(text)) return text.toLowerCase();
  let folded = '';
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    folded += foldCodePoint(code, text, i, width);
    i += width;
  }
  return folded;
}

/**
 * {@link foldText} with a map from every folded character back to the original
 * string, so a range found in `text` can be turned into a range of the input.
 *
 * @example
 * const n = normalizeText('Perubahan Kebijakan É');
 * n.text; // 'perubahan kebijakan e'
 * n.starts[20]; // 20 — the É
 */
export function normalizeText(text: string): NormalizedText {
  if (isPlainAscii(text)) {
    const starts = new Int32Array(text.length);
    const ends = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return { text: text.toLowerCase(), starts, ends };
  }
  // Folding mostly shortens text, but `ß` → `ss` or `ﬃ` → `ffi` lengthen it: grow as needed.
  let starts: Int32Array<ArrayBuffer> = new Int32Array(text.length + 8);
  let ends: Int32Array<ArrayBuffer> = new Int32Array(text.length + 8);
  const pieces: string[] = [];
  let length = 0;
  let i = 0;
  while (i < text.length) {
    // A run of ASCII is lower-cased in one go: most policy text is mostly ASCII.
    const runStart = i;
    while (i < text.length && text.charCodeAt(i) < 0x80) i++;
    if (i > runStart) {
      const run = i - runStart;
      if (length + run > starts.length) {
        starts = grow(starts, Math.max(starts.length * 2, length + run));
        ends = grow(ends, starts.length);
      }
      for (let k = 0; k < run; k++) {
        starts[length + k] = runStart + k;
        ends[length + k] = runStart + k + 1;
      }
      pieces.push(text.slice(runStart, i).toLowerCase());
      length += run;
      continue;
    }
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const piece = foldCodePoint(code, text, i, width);
    if (piece === '') {
      // A combining mark (or other dropped character): it belongs to the letter before it.
      if (length > 0) ends[length - 1] = i + width;
    } else {
      if (length + piece.length > starts.length) {
        starts = grow(starts, Math.max(starts.length * 2, length + piece.length));
        ends = grow(ends, starts.length);
      }
      for (let k = 0; k < piece.length; k++) {
        starts[length + k] = i;
        ends[length + k] = i + width;
      }
      pieces.push(piece);
      length += piece.length;
    }
    i += width;
  }
  return {
    text: pieces.join(''),
    starts: starts.subarray(0, length),
    ends: ends.subarray(0, length),
  };
}

function grow(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

// Letters with a stroke or a dotless form have no Unicode decomposition, yet
// readers type them without it: Turkish ı, German ß, Nordic ø/æ, Polish ł, …
const EXTRA_FOLDS: Record<string, string> = {
  ı: 'i',
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
  þ: 'th',
};

const MARK = /\p{M}/gu;
const cache = new Map<number, string>();

function foldCodePoint(code: number, text: string, index: number, width: number): string {
  if (code < 0x80) {
    return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : (text[index] ?? '');
  }
  let folded = cache.get(code);
  if (folded === undefined) {
    const char = text.slice(index, index + width);
    // Upper- then lower-casing first, as Unicode case folding does: lower-casing
    // alone keeps final `ς` apart from `σ` (`Σ`), `ᲀ` apart from `в` (`В`), and
    // loses the iota subscript of `ᾆ` that its capital form `ἎΙ` spells out.
    folded = char.toUpperCase().toLowerCase().normalize('NFKD').replace(MARK, '').toLowerCase();
    // Lower-casing can produce new decomposable letters (`İ` → `i̇`): fold once more.
    folded = folded.normalize('NFKD').replace(MARK, '');
    let mapped = '';
    for (const c of folded) mapped += EXTRA_FOLDS[c] ?? c;
    folded = mapped;
    cache.set(code, folded);
  }
  return folded;
}

/** Whether `text` is all ASCII (folds by lower-casing alone; internal, not in the barrel). */
export function isPlainAscii(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text);
}
