/** A date the text states for the policy, and where. */
export interface InferredDate {
  /** `YYYY-MM-DD`. */
  date: string;
  line: number;
  /** The words it was read from ("Last updated: 12 June 2024"). */
  phrase: string;
  /** Where in the text the phrase starts. */
  index: number;
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  januari: 1,
  february: 2,
  feb: 2,
  februari: 2,
  pebruari: 2,
  march: 3,
  mar: 3,
  maret: 3,
  april: 4,
  apr: 4,
  may: 5,
  mei: 5,
  june: 6,
  jun: 6,
  juni: 6,
  july: 7,
  jul: 7,
  juli: 7,
  august: 8,
  aug: 8,
  agustus: 8,
  agu: 8,
  agt: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  nopember: 11,
  december: 12,
  dec: 12,
  desember: 12,
  des: 12,
};

const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

/** Labels that date the text itself, most telling first. */
const UPDATED =
  'last\\s+(?:updated|modified|revised|changed|amended)(?:\\s+on)?|(?:updated|revised)(?:\\s+on)?|terakhir\\s+(?:diperbarui|diperbaharui|diubah|direvisi)(?:\\s+pada)?|(?:diperbarui|diperbaharui)(?:\\s+pada)?|pembaruan\\s+terakhir|tanggal\\s+pembaruan';
const EFFECTIVE =
  'effective(?:\\s+date|\\s+as\\s+of|\\s+from|\\s+on)?|tanggal\\s+(?:efektif|berlaku)|berlaku\\s+(?:sejak|mulai|efektif)(?:\\s+tanggal)?';

function datePattern(labels: string): RegExp {
  const gap = '[\\s:*_,()\\-–—]{0,12}';
  return new RegExp(
    `(?:${labels})${gap}(?:${DAY}\\s+${MONTH},?\\s+${YEAR}|${MONTH}\\s+${DAY},?\\s+${YEAR}|(\\d{4})-(\\d{2})-(\\d{2}))`,
    'iu',
  );
}

const PATTERNS = [datePattern(UPDATED), datePattern(EFFECTIVE)];

/**
 * The date a policy's text says it was last updated ("Last updated: 12 June
 * 2024", "Terakhir diperbarui: 12 Juni 2024", "Effective date: June 12, 2024",
 * "Last modified 2024-06-12"), for documents whose metadata lacks one. A
 * "last updated" date is preferred to an "effective" one; relative phrases
 * ("2 years ago") give none.
 *
 * @example
 * inferLastUpdated('Privacy\n\nLast updated: 12 June 2024')?.date; // '2024-06-12'
 */
export function inferLastUpdated(text: string): InferredDate | undefined {
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [, d1, m1, y1, m2, d2, y2, yi, mi, di] = match;
    let year: number;
    let month: number | undefined;
    let day: number;
    if (y1) [year, month, day] = [Number(y1), MONTHS[m1!.toLowerCase()], Number(d1)];
    else if (y2) [year, month, day] = [Number(y2), MONTHS[m2!.toLowerCase()], Number(d2)];
    else [year, month, day] = [Number(yi), Number(mi), Number(di)];
    if (month === undefined || !isRealDate(year, month, day)) continue;
    const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const line = text.slice(0, match.index).split('\n').length;
    return { date, line, phrase: match[0].replace(/\s+/g, ' ').trim(), index: match.index };
  }
  return undefined;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
