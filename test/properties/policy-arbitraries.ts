/**
 * fast-check arbitraries for policy documents:
 *
 * - {@link validPolicy}: any document the format allows, within the limits —
 *   every block type and inline span, nested sections and callouts, rights,
 *   contact, unknown keys (forward compatibility), Unicode of every kind
 *   (graphemes, lone surrogates, RTL overrides), markup-looking text, values
 *   exactly at a length limit, `#id` links that point at real sections;
 * - {@link nearlyValidPolicy}: a valid document with one thing changed the way
 *   real mistakes and attacks change it — a wrong type, a link scheme trick, a
 *   duplicate id, an impossible date, too much nesting, arbitrary JSON
 *   somewhere — which may or may not still be valid.
 *
 * Section ids come from a small pool of stems (made unique), so two documents
 * generated independently share many ids, as two versions of a policy do.
 */
import fc from 'fast-check';
import { KNOWN_RIGHT_IDS, LIMITS, type PolicyDocument } from '@policykit/sdk';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = Record<string, unknown>;

/** Every key the format gives a meaning to somewhere; unknown-key generators avoid them. */
const KNOWN_KEYS = new Set([
  'schemaVersion', 'id', 'version', 'locale', 'title', 'lastUpdated', 'effectiveDate',
  'appliesTo', 'organization', 'contact', 'rights', 'sections', 'blocks', 'summary', 'type',
  'text', 'href', 'items', 'ordered', 'tone', 'email', 'phone', 'address', 'url', 'name',
  'description',
]); // prettier-ignore

/**
 * Keys a validator must never copy onto its output (valibot skips them, and
 * so prototype pollution through a document is impossible); the round trip
 * leaves them out, and a property of their own checks they are dropped.
 */
export const DROPPED_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

// --- text ---------------------------------------------------------------------

/** Strings that look like markup, code or scheme tricks: a renderer must show them as text. */
export const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '"><iframe src=javascript:alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '#{7*7}',
  '<%= 7*7 %>',
  'expression(alert(1))',
  '&lt;b&gt;&#106;&amp;',
  '\u202eevil.exe\u202c',
  '\u2066isolate\u2069',
  'a\u0000b',
  '\ufeffBOM',
  '__proto__',
  'e\u0301 I\u0307 ß ﬁ Ⅻ',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '\u2028\u2029',
];

const graphemes = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });

/** Any text: mostly Unicode graphemes, sometimes raw code points (lone surrogates too) or markup. */
export const anyText = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: graphemes(maxLength) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
    { weight: 1, arbitrary: fc.constant('t'.repeat(LIMITS.maxTextLength)) },
  );

/** Text with something that is not white space (titles, link texts, names). */
export const nonBlankText = (maxLength = 30): fc.Arbitrary<string> =>
  fc
    .oneof(
      { weight: 8, arbitrary: anyText(maxLength).filter((s) => s.length <= LIMITS.maxTitleLength) },
      { weight: 1, arbitrary: fc.constant('T'.repeat(LIMITS.maxTitleLength)) },
    )
    .map((s) => (s.trim() === '' ? `x${s}`.slice(0, LIMITS.maxTitleLength) : s));

/** Plain words, for search queries and Markdown: letters with and without accents. */
export const word = fc.constantFrom(
  'data', 'pribadi', 'privasi', 'Café', 'cafe', 'PRIBADİ', 'Straße', 'hak', 'akses', 'ﬁnal',
  'naïve', 'Ωmega', '個人情報', 'عربي', 'x', 'policy', 'Kebijakan', 'subjek',
); // prettier-ignore

// --- ids, dates, links --------------------------------------------------------------

const STEMS = ['intro', 'data', 'rights', 'contact', 'cookies', 'changes', 'hak-anda', 'a'];

export const slug: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...STEMS) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/) },
);

export const realDate: fc.Arbitrary<string> = fc.oneof(
  fc
    .date({
      min: new Date('0000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2024-02-29', '2000-02-29', '2024-06-12', '1999-12-31'),
);

const locale = fc.constantFrom('en', 'id-ID', 'id', 'en-GB', 'pt-BR', 'zh-Hant-TW', 'sr-Latn-RS', 'ar', 'EN-us'); // prettier-ignore

const webUrl: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 4, arbitrary: fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true }) }, // prettier-ignore
    { weight: 1, arbitrary: fc.constantFrom('HTTPS://CTT.ID/PRIVASI', 'http://localhost:8080/x', `https://ctt.id/${'p'.repeat(LIMITS.maxHrefLength - 15)}`) }, // prettier-ignore
  )
  .filter((url) => url.length <= LIMITS.maxHrefLength);

const email = fc.emailAddress().filter((e) => e.length <= LIMITS.maxTitleLength);

/** A link target; `{ anchor: n }` becomes `#<the n-th section id>` once ids are known. */
const hrefDraft: fc.Arbitrary<string | { anchor: number }> = fc.oneof(
  { weight: 3, arbitrary: webUrl },
  { weight: 1, arbitrary: email.map((e) => `mailto:${e}`) },
  { weight: 1, arbitrary: fc.stringMatching(/^\+?[0-9]{3,15}$/).map((n) => `tel:${n}`) },
  { weight: 2, arbitrary: fc.nat().map((anchor) => ({ anchor })) },
);

// --- unknown keys --------------------------------------------------------------------

/** JSON without the keys a validator drops, for unknown keys' values. */
const json: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
    fc.string({ maxLength: 10 }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(unknownKey(), tie('value'), { maxKeys: 3 }),
  ),
})).value;

function unknownKey(): fc.Arbitrary<string> {
  return fc
    .string({ minLength: 1, maxLength: 12 })
    .filter((key) => !KNOWN_KEYS.has(key) && !(DROPPED_KEYS as readonly string[]).includes(key));
}

/** Adds 0–2 unknown keys (a newer kit's fields) to the objects an arbitrary makes. */
function withUnknownKeys<T extends Obj>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc
    .tuple(
      arb,
      fc.oneof(
        { weight: 5, arbitrary: fc.constant({}) },
        { weight: 1, arbitrary: fc.dictionary(unknownKey(), json, { maxKeys: 2 }) },
      ),
    )
    .map(([known, extra]) => ({ ...extra, ...known }));
}

// --- inline text and blocks ---------------------------------------------------------

const span = fc.oneof(
  { weight: 3, arbitrary: anyText() },
  {
    weight: 2,
    arbitrary: withUnknownKeys(
      fc.record({ type: fc.constantFrom('strong' as const, 'em' as const), text: anyText() }),
    ),
  },
  {
    weight: 2,
    arbitrary: withUnknownKeys(
      fc.record({ type: fc.constant('link' as const), href: hrefDraft, text: nonBlankText() }),
    ),
  },
);

const inline = fc.oneof(
  { weight: 2, arbitrary: anyText() },
  { weight: 3, arbitrary: fc.array(span, { maxLength: 5 }) },
);

const contactFields = {
  title: nonBlankText(),
  email,
  phone: nonBlankText(20),
  address: anyText(),
  url: webUrl,
};

const contactBlock = withUnknownKeys(
  fc.record(
    { type: fc.constant('contact' as const), ...contactFields },
    { requiredKeys: ['type'] },
  ),
);

/** Blocks of a section (calloutDepth 0) or of a callout nested `calloutDepth` deep. */
function blocks(calloutDepth: number): fc.Arbitrary<Obj[]> {
  const paragraph = withUnknownKeys(
    fc.record({ type: fc.constant('paragraph' as const), text: inline }),
  );
  const list = withUnknownKeys(
    fc.record(
      {
        type: fc.constant('list' as const),
        ordered: fc.boolean(),
        title: nonBlankText(),
        items: fc.array(inline, { maxLength: 4 }),
      },
      { requiredKeys: ['type', 'items'] },
    ),
  );
  const options: fc.Arbitrary<Obj>[] = [paragraph, paragraph, list, contactBlock];
  if (calloutDepth < LIMITS.maxCalloutDepth) {
    options.push(
      withUnknownKeys(
        fc.record(
          {
            type: fc.constant('callout' as const),
            tone: fc.constantFrom('info' as const, 'important' as const, 'warning' as const),
            title: nonBlankText(),
            blocks: blocks(calloutDepth + 1),
          },
          { requiredKeys: ['type', 'tone', 'blocks'] },
        ),
      ),
    );
  }
  return fc.array(fc.oneof(...options), { maxLength: calloutDepth === 0 ? 4 : 2 });
}

/** Subsections a section at `level` may have here: a few near the top, one deeper, none past the limit. */
function childCount(level: number): number {
  if (level >= LIMITS.maxSectionDepth) return 0;
  return level <= 2 ? 2 : 1;
}

/** One section at `level` (1 = top level), with its subsections. */
function section(level: number): fc.Arbitrary<Obj> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {
    id: slug,
    title: nonBlankText(),
    summary: anyText(),
    blocks: blocks(0),
  };
  const children = childCount(level);
  if (children > 0) fields.sections = fc.array(section(level + 1), { maxLength: children });
  return withUnknownKeys(fc.record(fields, { requiredKeys: ['id', 'title', 'blocks'] }));
}

const right = withUnknownKeys(
  fc.record(
    {
      id: fc.oneof(
        fc.constantFrom(...KNOWN_RIGHT_IDS),
        slug.map((s) => `x-${s}`),
      ),
      title: nonBlankText(),
      description: anyText(),
    },
    { requiredKeys: ['id'] },
  ),
);

const draftPolicy = withUnknownKeys(
  fc.record(
    {
      schemaVersion: fc.constant(1 as const),
      id: slug,
      version: nonBlankText(20).filter((v) => v.length <= LIMITS.maxIdLength),
      locale,
      title: nonBlankText(),
      lastUpdated: realDate,
      effectiveDate: realDate,
      appliesTo: anyText(),
      organization: withUnknownKeys(fc.record({ name: nonBlankText() })),
      contact: withUnknownKeys(fc.record(contactFields, { requiredKeys: [] })),
      rights: fc.uniqueArray(right, { selector: (r) => r.id, maxLength: 4 }),
      sections: fc.array(section(1), { minLength: 1, maxLength: 4 }),
    },
    {
      requiredKeys: [
        'schemaVersion',
        'id',
        'version',
        'locale',
        'title',
        'lastUpdated',
        'sections',
      ],
    },
  ),
);

/**
 * Makes section ids unique (a stem used again gets `-2`, `-3`, …) and turns
 * `{ anchor: n }` link drafts into `#id` of an existing section. Works on a
 * copy: fast-check may reuse the generated value while shrinking.
 */
function finish(draft: Obj): PolicyDocument {
  const doc = structuredClone(draft);
  const ids: string[] = [];
  const used = new Set<string>();
  const visitSections = (list: unknown) => {
    for (const section of list as Obj[]) {
      let id = section.id as string;
      for (let n = 2; used.has(id); n++) id = `${section.id as string}-${n}`;
      used.add(id);
      ids.push(id);
      section.id = id;
      if (section.sections) visitSections(section.sections);
    }
  };
  visitSections(doc.sections);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const obj = value as Obj;
    if (obj.type === 'link' && typeof obj.href === 'object' && obj.href !== null) {
      obj.href = `#${ids[(obj.href as { anchor: number }).anchor % ids.length]!}`;
    }
    Object.values(obj).forEach(visit);
  };
  visit(doc.sections);
  return doc as unknown as PolicyDocument;
}

/** Any valid policy document, within every limit. */
export const validPolicy: fc.Arbitrary<PolicyDocument> = draftPolicy.map(finish);

// --- nearly valid documents --------------------------------------------------------------

/** Link targets that must be refused: scheme, case, white space, entity and Unicode tricks. */
export const FORBIDDEN_HREFS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '%6Aavascript:alert(1)',
  'ｊavascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://ctt.id/uuid',
  'about:blank',
  'ftp://ctt.id',
  '//evil.example',
  'https:/evil.example',
  'https:evil.example',
  'https://',
  'https:// ctt.id',
  'https://ctt.id/\u2028',
  'https://ctt.id/ x',
  'mailto:',
  'tel:',
  'mailto:a@b.c\n',
  '#',
  '#Bad-Id',
  '#no-such-section',
  '#a--b',
  'https\u200b://ctt.id',
  `https://ctt.id/${'p'.repeat(LIMITS.maxHrefLength)}`,
  '',
];

/** Values a string field may be replaced with: some valid somewhere, most not. */
const TRICKY_STRINGS = [
  ...FORBIDDEN_HREFS,
  'https://ctt.id',
  'mailto:privacy@ctt.id',
  'tel:+622112345678',
  '2024-02-30', '2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10', '2024-1-01', '24-01-01',
  '2024-06-12T00:00:00Z', ' 2024-06-12', '2024-04-31', '2024-06-12',
  'Data We Collect', 'a--b', '-a', 'a-', 'a_b', 'ä', 'UPPER', 'x-', 'x-ok', 'deletion',
  'en_US', 'en-', 'i-klingon', 'x-private', 'id-ID', 'root', 'en-US-u-ca-gregory', '123',
  '[email protected]', 'a@b', 'a b@c.d', 'a@b.c', '@ctt.id',
  ' ', '\t\n', '\u00a0\u3000', '\ufeff',
  'T'.repeat(LIMITS.maxTitleLength + 1),
  'a'.repeat(LIMITS.maxIdLength + 1),
]; // prettier-ignore

/** Every place in a value: `[path, value]` for the root and each key or index below it. */
function places(root: unknown): (string | number)[][] {
  const out: (string | number)[][] = [[]];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      const at = [...path, Array.isArray(value) ? Number(key) : key];
      out.push(at);
      visit(child, at);
    }
  };
  visit(root, []);
  return out;
}

function sectionIds(doc: PolicyDocument): string[] {
  const ids: string[] = [];
  const visit = (list: readonly { id: string; sections?: unknown }[]) => {
    for (const s of list) {
      ids.push(s.id);
      if (Array.isArray(s.sections)) visit(s.sections as { id: string }[]);
    }
  };
  visit(doc.sections);
  return ids;
}

function nest(depth: number, make: (inner: unknown) => unknown, innermost: unknown): unknown {
  let value = innermost;
  for (let i = 0; i < depth; i++) value = make(value);
  return value;
}

/** One change to a valid document; it describes itself for fast-check's failure report. */
export interface Mutation {
  kind: string;
  path: (string | number)[];
  value?: unknown;
}

function replacements(doc: PolicyDocument): fc.Arbitrary<unknown> {
  const ids = sectionIds(doc);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...TRICKY_STRINGS) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 2, arbitrary: fc.constantFrom(null, 0, 1, 2, -1, 1.5, true, false, [], {}, '', [''], { type: 'link' }) }, // prettier-ignore
    { weight: 2, arbitrary: fc.constantFrom(...ids, ...ids.map((id) => `#${id}`)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        nest(LIMITS.maxNestingDepth + 5, (v) => [v], 0),
        nest(LIMITS.maxCalloutDepth + 1, (v) => ({ type: 'callout', tone: 'info', blocks: [v] }), { type: 'paragraph', text: 'x' }), // prettier-ignore
        nest(LIMITS.maxSectionDepth + 1, (v) => [{ id: 'deep', title: 'D', blocks: [], sections: v }], []), // prettier-ignore
        { type: 'paragraph', text: [{ type: 'link', href: 'javascript:alert(1)', text: 'x' }] },
        { type: 'list', items: new Array<string>(LIMITS.maxListItems + 1).fill('i') },
        { id: ids[0], title: 'Duplicate', blocks: [] },
      ),
    },
  );
}

/**
 * A valid document with one mutation: a value replaced (by a trick, a wrong
 * type, arbitrary JSON, an existing id, deep nesting), a key removed, an
 * array element duplicated, or an object wrapped in an array.
 */
export const nearlyValidPolicy: fc.Arbitrary<{ doc: unknown; mutation: Mutation }> =
  validPolicy.chain((doc) => {
    const all = places(doc);
    const inner = all.filter((path) => path.length > 0);
    const replace = fc
      .tuple(fc.constantFrom(...all), replacements(doc))
      .map(([path, value]): Mutation => ({ kind: 'replace', path, value }));
    const remove = fc.constantFrom(...inner).map((path): Mutation => ({ kind: 'remove', path }));
    const duplicate = fc.constantFrom(...inner).map((path): Mutation => ({ kind: 'duplicate', path })); // prettier-ignore
    const wrap = fc.constantFrom(...inner).map((path): Mutation => ({ kind: 'wrap', path }));
    const add = fc
      .tuple(fc.constantFrom(...all), fc.constantFrom(...KNOWN_KEYS), replacements(doc))
      .map(([path, key, value]): Mutation => ({ kind: 'add', path: [...path, key], value }));
    return fc
      .oneof({ weight: 6, arbitrary: replace }, remove, duplicate, wrap, {
        weight: 2,
        arbitrary: add,
      })
      .map((mutation) => ({ doc: apply(doc, mutation), mutation }));
  });

function apply(doc: PolicyDocument, mutation: Mutation): unknown {
  const copy = structuredClone(doc) as unknown;
  const { path } = mutation;
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    if (typeof next !== 'object' || next === null) return copy; // `add` below a primitive: no-op
    parent = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  switch (mutation.kind) {
    case 'replace':
    case 'add':
      parent[last] = structuredClone(mutation.value);
      break;
    case 'remove':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(last)]));
      else parent[last] = [parent[last], parent[last]];
      break;
    case 'wrap':
      parent[last] = [parent[last]];
      break;
    default:
      throw new Error(`unknown mutation ${mutation.kind}`);
  }
  return copy;
}
