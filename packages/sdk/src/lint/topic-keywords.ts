import type { Topic } from '../document/policy-types';
import { foldText } from '../text/normalize-text';

/**
 * Words that suggest a section covers a topic, in English and Indonesian, folded (lower case, no
 * diacritics). Matched at the start of a word, so `retain` finds "retained" and "retaining". The
 * heuristics behind `lintPolicy`'s warnings only: a guess never makes an error, and a section's
 * `topics` always win over it.
 */
export const TOPIC_KEYWORDS: Readonly<Record<Topic, readonly string[]>> = {
  purposes: [
    'purpose',
    'how we use',
    'use your information',
    'use of your information',
    'tujuan',
    'menggunakan informasi',
    'penggunaan informasi',
  ],
  'legal-basis': [
    'legal basis',
    'lawful basis',
    'legal ground',
    'dasar hukum',
    'dasar pemrosesan',
    'legalitas',
  ],
  'data-categories': [
    'information we collect',
    'data we collect',
    'categories of personal data',
    'types of personal data',
    'informasi yang kami kumpulkan',
    'data yang kami kumpulkan',
    'jenis data',
    'kategori data',
  ],
  retention: [
    'retention',
    'retain',
    'how long we keep',
    'storage period',
    'retensi',
    'jangka waktu penyimpanan',
    'masa penyimpanan',
    'disimpan selama',
  ],
  recipients: [
    'third part',
    'sharing',
    'share your',
    'disclosure',
    'recipient',
    'pihak ketiga',
    'pembagian data',
    'membagikan',
    'penerima',
  ],
  transfers: [
    'international transfer',
    'international data transfer',
    'cross-border',
    'third countr',
    'transfer data',
    'luar negeri',
    'lintas negara',
  ],
  rights: ['your rights', 'right to', 'hak-hak anda', 'hak anda', 'hak subjek'],
  contact: ['contact', 'data protection officer', 'hubungi', 'kontak'],
  complaints: [
    'complaint',
    'supervisory authority',
    'pengaduan',
    'keluhan',
    'lembaga pengawas',
    'otoritas pengawas',
  ],
  'automated-decisions': [
    'automated decision',
    'profiling',
    'keputusan otomatis',
    'keputusan secara otomatis',
  ],
  children: ['children', 'child', 'minor', 'anak'],
  cookies: ['cookie', 'tracking', 'pelacakan'],
  security: ['security', 'keamanan'],
  changes: ['changes to', 'updates to this', 'perubahan kebijakan', 'pembaruan kebijakan'],
};

/** True when `text` has `keyword` at the start of a word (both folded). */
function hasWordPrefix(text: string, keyword: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(keyword, from);
    if (at === -1) return false;
    const before = at === 0 ? '' : text[at - 1]!;
    if (!/[\p{L}\p{N}]/u.test(before)) return true;
    from = at + 1;
  }
}

/**
 * The topics whose keywords appear in `text`, in `TOPICS` order.
 *
 * @example
 * guessTopics('7. Retensi Data'); // ['retention']
 */
export function guessTopics(text: string): Topic[] {
  const folded = foldText(text);
  return (Object.keys(TOPIC_KEYWORDS) as Topic[]).filter((topic) =>
    TOPIC_KEYWORDS[topic].some((keyword) => hasWordPrefix(folded, keyword)),
  );
}
