/**
 * fast-check arbitraries for Markdown policy sources: a front matter that is
 * usually complete and sometimes wrong, and a body of lines drawn from every
 * construct an author (or an attacker) might write — headings with and
 * without `{#id}`, paragraphs with links, emphasis and raw HTML, lists and
 * list titles, block quotes and GitHub alerts, `contact` fences, tables, code,
 * images, reference definitions — mixed with arbitrary text.
 */
import fc from 'fast-check';
import { FORBIDDEN_HREFS, HOSTILE_TEXT, word } from './policy-arbitraries';

const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((list) => list.join(' '));

const goodTarget = fc.constantFrom(
  'https://ctt.id/privasi',
  'mailto:privacy@ctt.id',
  'tel:+622112345678',
  'HTTP://EXAMPLE.COM',
  '#intro',
);
const target = fc.oneof(
  { weight: 3, arbitrary: goodTarget },
  { weight: 2, arbitrary: fc.constantFrom(...FORBIDDEN_HREFS, '#missing') },
  { weight: 1, arbitrary: fc.webUrl() },
);

/** A piece of a paragraph an author may write. */
const cleanPiece = fc.oneof(
  { weight: 4, arbitrary: words },
  { weight: 2, arbitrary: fc.tuple(words, goodTarget).map(([t, href]) => `[${t}](${href})`) },
  { weight: 2, arbitrary: words.map((t) => `**${t}**`) },
  { weight: 2, arbitrary: words.map((t) => `*${t}*`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      ...HOSTILE_TEXT.filter((t) => !/[*_]/.test(t) && !t.includes(String.fromCharCode(0))),
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);

/** Anything a paragraph may hold, the format's mistakes included. */
const anyPiece = fc.oneof(
  { weight: 4, arbitrary: cleanPiece },
  { weight: 2, arbitrary: fc.tuple(words, target).map(([t, href]) => `[${t}](${href})`) },
  { weight: 1, arbitrary: target.map((href) => `<${href}>`) },
  { weight: 1, arbitrary: words.map((t) => `[${t}][ref]`) },
  { weight: 1, arbitrary: words.map((t) => `_${t}_`) },
  { weight: 1, arbitrary: words.map((t) => `\`${t}\``) },
  { weight: 1, arbitrary: words.map((t) => `![${t}](https://ctt.id/x.png)`) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 1, arbitrary: fc.constantFrom('&amp;', '&#106;', '&nbsp;', '\\*', '[^1]', '~~x~~', '  ', '\\') }, // prettier-ignore
);

const paragraph = (piece: fc.Arbitrary<string>) =>
  fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => p.join(' '));

const heading = (hashes: fc.Arbitrary<string>, id: fc.Arbitrary<string>) =>
  fc
    .tuple(
      hashes,
      fc.oneof(words, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 15 })),
      id,
    )
    .map(([h, title, anchor]) => `${h} ${title}${anchor}`);

const goodId = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constantFrom(' {#intro}', ' {#data}', ' {#hak-anda}', ' {#a}') },
);
const anyId = fc.oneof(
  { weight: 3, arbitrary: goodId },
  { weight: 1, arbitrary: fc.constantFrom(' {#Bad Id}', ' {#}', ' {#a--b}', ' {#x}{#y}') },
);

/** A few lines that belong together and that the dialect accepts (text may still look hostile). */
const cleanChunk = fc.oneof(
  { weight: 4, arbitrary: paragraph(cleanPiece) },
  { weight: 3, arbitrary: heading(fc.constantFrom('##', '##', '###', '####'), goodId) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.option(words, { nil: undefined }),
        fc.constantFrom('- ', '1. '),
        fc.array(paragraph(cleanPiece), { minLength: 1, maxLength: 4 }),
      ) // prettier-ignore
      .map(([title, marker, items]) =>
        [...(title ? [`${title}:`] : []), ...items.map((item) => marker + item)].join('\n'),
      ),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          '',
          '**Penting**',
          '[!NOTE]',
          '[!TIP]',
          '[!IMPORTANT]',
          '[!WARNING]',
          '[!CAUTION]',
        ),
        paragraph(cleanPiece),
      ) // prettier-ignore
      .map(([label, text]) => (label ? `> ${label}\n> ${text}` : `> ${text}`)),
  },
  {
    weight: 1,
    arbitrary: fc
      .subarray(
        [
          'title: DPO',
          'email: privacy@ctt.id',
          'phone: "+62 21 1234 5678"',
          'address: Jakarta',
          'url: https://ctt.id',
        ],
        { minLength: 1 },
      ) // prettier-ignore
      .map((lines) => ['```contact', ...lines, '```'].join('\n')),
  },
);

/** Anything at all, the dialect's mistakes and raw text included. */
const anyChunk = fc.oneof(
  { weight: 4, arbitrary: cleanChunk },
  { weight: 2, arbitrary: paragraph(anyPiece) },
  { weight: 2, arbitrary: heading(fc.constantFrom('#', '##', '###', '#####', '######', '#######'), anyId) }, // prettier-ignore
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('- ', '* ', '+ ', '2) ', '  - ', '    - ', '- [ ] ', '-'),
        paragraph(anyPiece),
      ) // prettier-ignore
      .map(([marker, text]) => marker + text),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('> ', '>> ', '> > ', '>'),
        fc.oneof(paragraph(anyPiece), fc.constantFrom('**Important:**', '[!BOGUS]', '- item', '## heading', '')), // prettier-ignore
      )
      .map(([marker, text]) => marker + text),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(
        fc.constantFrom(
          'title: DPO',
          'url: javascript:alert(1)',
          'emial: typo',
          'email: [a, b]',
          '- list',
          'phone: ""',
        ),
        { maxLength: 3 },
      ) // prettier-ignore
      .map((lines) => ['```contact', ...lines, '```'].join('\n')),
  },
  { weight: 1, arbitrary: fc.constantFrom('```js\nalert(1)\n```', '~~~\ncode\n~~~', '    indented code', '| a | b |\n|---|---|\n| 1 | 2 |', '---', '***', 'Title\n===', '[ref]: https://ctt.id', '[ref]: javascript:alert(1)', '<div>\n<script>alert(1)</script>\n</div>', '<!-- comment -->') }, // prettier-ignore
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

const VALID_FRONT_MATTER = [
  'id: acme-privacy',
  'version: "2024-06-12"',
  'locale: en',
  'title: Privacy Policy',
  'lastUpdated: 2024-06-12',
];

const GOOD_EXTRAS = [
  'effectiveDate: 2027-01-01',
  'appliesTo: Everyone',
  'organization: CTT',
  'contact: { title: DPO, email: privacy@ctt.id }',
  'rights: [access, erasure, x-account-deactivation]',
  'extra: kept',
];

const BAD_EXTRAS = [
  'organization: { name: CTT }',
  'rights: [access, access]',
  'rights: [deletion]',
  'lastUpdated: 2024-02-30',
  'lastUpdated: !!timestamp 2024-06-12',
  'id: Bad Id',
  'locale: en_US',
  'schemaVersion: 2',
  'sections: []',
  'base: &a { x: 1 }',
  'copy: *a',
  'title:',
  'x: [[[[[[[[[[1]]]]]]]]]]',
  'contact: { url: "javascript:alert(1)" }',
  '"quoted key": 1',
  'version: 2024-06-12',
  ': no key',
  '- not a map',
];

/** Front matter: complete (sometimes with one mistake), partial, unclosed or absent. */
const frontMatter = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        fc.shuffledSubarray(VALID_FRONT_MATTER, { minLength: 5, maxLength: 5 }),
        fc.subarray(GOOD_EXTRAS, { maxLength: 3 }),
        fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, fc.constantFrom(...BAD_EXTRAS).map((e) => [e])), // prettier-ignore
      )
      .map(([lines, good, bad]) => ['---', ...lines, ...good, ...bad, '---'].join('\n')),
  },
  {
    weight: 1,
    arbitrary: fc.subarray(VALID_FRONT_MATTER).map((lines) => ['---', ...lines, '---'].join('\n')),
  },
  { weight: 1, arbitrary: fc.constantFrom('', '---\nid: a', '---\n---', '...') },
);

/**
 * A Markdown policy source as an author might write it. Half are written
 * within the dialect (a section heading first, only constructs it accepts,
 * though the text may look like HTML or script); the other half mix in every
 * mistake and attack above.
 */
export const markdownPolicy: fc.Arbitrary<string> = fc
  .tuple(
    frontMatter,
    fc.oneof(
      fc
        .tuple(heading(fc.constant('##'), goodId), fc.array(cleanChunk, { maxLength: 20 }))
        .map(([first, rest]) => [first, ...rest]),
      fc.array(anyChunk, { maxLength: 25 }),
    ),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.boolean(),
  )
  .map(([head, body, newline, bom]) => {
    // A blank line between chunks, as authors write them (a list right after
    // a paragraph would otherwise continue it).
    const text = [head, ...body].join('\n\n').replace(/\n/g, newline);
    return bom ? `\ufeff${text}` : text;
  });
