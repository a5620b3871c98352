import * as v from 'valibot';
import type {
  Block,
  CalloutBlock,
  ColumnAlign,
  ImageBlock,
  LineBreak,
  ListItem,
  RichContent,
  TableBlock,
  TableCell,
  TableColumn,
  Topic,
  CalloutTone,
  ContactBlock,
  ContactDetails,
  EmphasisSpan,
  Inline,
  KnownRightId,
  LinkSpan,
  ListBlock,
  ParagraphBlock,
  PolicyDocument,
  PolicyOrganization,
  PolicyRight,
  RightId,
  Section,
} from './policy-types';

/**
 * The valibot schema of the policy document: the single source of the format's
 * per-value rules. `parsePolicy` runs it and `policy.schema.json` is generated
 * from it (`scripts/generate-json-schema.ts`). Every object schema is checked
 * against its public interface at compile time (see the `Exact` proofs at the
 * end of this file), so the types, the validator and the JSON Schema cannot drift.
 *
 * Rules about the document as a whole — section ids unique across nesting,
 * `#id` links pointing at a section, section and callout depth, right ids
 * unique, the total number of sections — live in `policy-document-rules.ts`;
 * real calendar dates, parseable URLs and BCP 47 tags are `v.check`s here.
 * JSON Schema expresses none of these, so the generator skips them and the
 * schema's `description` lists them.
 */

/**
 * A slug: lower-case `a-z`, `0-9` and single inner hyphens. Document and section ids.
 *
 * @example
 * ```ts
 * SLUG_PATTERN.test('data-we-collect'); // true
 * SLUG_PATTERN.test('Data We Collect'); // false
 * ```
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The shape of an ISO calendar date, `YYYY-MM-DD`; whether the day exists is
 * {@link isRealCalendarDate}'s question.
 *
 * @example
 * ```ts
 * DATE_PATTERN.test('2024-06-12'); // true
 * DATE_PATTERN.test('12/06/2024'); // false
 * ```
 */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Allowed link targets: web, e-mail and phone links, or `#section-id` in the
 * same document. It is an allow-list anchored at the first character, so
 * `javascript:`, `data:`, `vbscript:`, a leading space (` javascript:`), an
 * entity (`&#106;avascript:`) or a full-width letter never match. No white
 * space or control characters are allowed anywhere: browsers silently drop
 * tab and newline inside URLs (WHATWG URL parser), which is how
 * `java\tscript:` would otherwise become `javascript:`. Scheme letters are
 * case-insensitive, as in RFC 3986 §3.1.
 *
 * @example
 * ```ts
 * HREF_PATTERN.test('mailto:privacy@ctt.id'); // true
 * HREF_PATTERN.test(' javascript:alert(1)'); // false
 * ```
 */
export const HREF_PATTERN =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not pass
  /^(?:(?:[hH][tT][tT][pP][sS]?:\/\/|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\s\u0000-\u001f\u007f]+|#[a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * An e-mail address, loosely: something, `@`, a domain with a dot, no spaces.
 * (Stricter checks reject real addresses; the mail server is the judge.)
 *
 * @example
 * ```ts
 * EMAIL_PATTERN.test('privacy@ctt.id'); // true
 * EMAIL_PATTERN.test('[email protected]'); // false
 * ```
 */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A web address: `https:` or `http:` only (used for `contact.url`).
 *
 * @example
 * ```ts
 * WEB_URL_PATTERN.test('https://ctt.id/privasi'); // true
 * WEB_URL_PATTERN.test('mailto:privacy@ctt.id'); // false
 * ```
 */
export const WEB_URL_PATTERN =
  // eslint-disable-next-line no-control-regex -- see HREF_PATTERN
  /^[hH][tT][tT][pP][sS]?:\/\/[^\s\u0000-\u001f\u007f]+$/;

/**
 * An image source: `https:` only, so a policy never pulls content over an insecure connection
 * (and never a `data:` or `javascript:` URL).
 *
 * @example
 * ```ts
 * IMAGE_SRC_PATTERN.test('https://ctt.id/logo.png'); // true
 * IMAGE_SRC_PATTERN.test('http://ctt.id/logo.png'); // false
 * ```
 */
export const IMAGE_SRC_PATTERN =
  // eslint-disable-next-line no-control-regex -- see HREF_PATTERN
  /^[hH][tT][tT][pP][sS]:\/\/[^\s\u0000-\u001f\u007f]+$/;

/**
 * What a section covers, from a small fixed vocabulary (each maps to a W3C DPV concept; `lint`
 * uses them to check what a notice must say).
 *
 * @example
 * ```ts
 * const isTopic = (t: string) => (TOPICS as readonly string[]).includes(t);
 * ```
 */
export const TOPICS = [
  'purposes',
  'legal-basis',
  'data-categories',
  'retention',
  'recipients',
  'transfers',
  'rights',
  'contact',
  'complaints',
  'automated-decisions',
  'children',
  'cookies',
  'security',
  'changes',
] as const satisfies readonly Topic[];

/**
 * The right ids the kit knows (and translates), in the order the UI lists them.
 *
 * @example
 * ```ts
 * const known = (id: string) => (KNOWN_RIGHT_IDS as readonly string[]).includes(id);
 * ```
 */
export const KNOWN_RIGHT_IDS = [
  'access',
  'rectification',
  'erasure',
  'portability',
  'restriction',
  'objection',
  'withdraw-consent',
  'automated-decision',
  'information',
  'complaint',
] as const satisfies readonly KnownRightId[];

/**
 * A known right id or a custom `x-…` slug. A literal, not built from
 * `KNOWN_RIGHT_IDS` (so importing it builds nothing); a test keeps the two in step.
 *
 * @example
 * ```ts
 * RIGHT_ID_PATTERN.test('x-account-deactivation'); // true
 * RIGHT_ID_PATTERN.test('deletion'); // false
 * ```
 */
export const RIGHT_ID_PATTERN =
  /^(?:access|rectification|erasure|portability|restriction|objection|withdraw-consent|automated-decision|information|complaint|x-[a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * BCP 47, loosely (`parsePolicy` also asks `Intl.getCanonicalLocales`).
 *
 * @example
 * ```ts
 * LOCALE_PATTERN.test('id-ID'); // true
 * LOCALE_PATTERN.test('en_US'); // false
 * ```
 */
export const LOCALE_PATTERN = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * Every block type (a compile-time proof below keeps the list complete).
 *
 * @example
 * ```ts
 * const isBlockType = (t: string) => (BLOCK_TYPES as readonly string[]).includes(t);
 * ```
 */
export const BLOCK_TYPES = [
  'paragraph',
  'list',
  'callout',
  'contact',
  'table',
  'image',
] as const satisfies readonly Block['type'][];
/**
 * Every callout tone (kept complete by a compile-time proof).
 *
 * @example
 * ```ts
 * for (const tone of CALLOUT_TONES) console.log(`.pk-callout[data-tone="${tone}"]`);
 * ```
 */
export const CALLOUT_TONES = [
  'info',
  'important',
  'warning',
] as const satisfies readonly CalloutBlock['tone'][];

/**
 * Limits that keep a hostile or broken document from exhausting the stack,
 * memory or time. A document beyond a limit is invalid (an issue names where);
 * it is never truncated silently.
 *
 * @example
 * ```ts
 * import { LIMITS } from '@policykit/sdk';
 * if (depth > LIMITS.maxSectionDepth) console.warn('too deep for PolicyKit');
 * ```
 */
export const LIMITS = {
  /**
   * Nesting of JSON objects and arrays, counted from the document itself (1).
   * Checked first, by an iterative walk, before any recursive validation, so a
   * 100 000-deep input cannot overflow the stack. A valid document needs at
   * most ~25 (six section levels, three callout levels, an inline span), so
   * deeper sections and callouts are still reported by the two limits below.
   */
  maxNestingDepth: 64,
  /**
   * Objects, arrays and values in the whole input, counted by the same walk;
   * bounds the work for inputs built in code from shared references.
   * A 1000-section policy has about 25 000.
   */
  maxValues: 500_000,
  /**
   * Levels of sections: a top-level section (`##` in the Markdown dialect) is
   * level 1, its subsection (`###`) level 2, and so on. Six levels hold any
   * real policy's numbering (1.2.3.4.5.6).
   */
  maxSectionDepth: 6,
  /** Levels of callouts inside callouts (a callout directly in a section is level 1). */
  maxCalloutDepth: 3,
  /**
   * Levels of blocks inside blocks — a callout's blocks, a list item's or a table cell's — with a
   * block directly in a section at level 1. Real policies nest lists three or four deep.
   */
  maxBlockDepth: 8,
  /** Columns in one table. */
  maxTableColumns: 50,
  /** Rows in one table (the header row not counted). */
  maxTableRows: 1000,
  /** Sections in the whole document, nested ones included. */
  maxSections: 2000,
  /** Blocks in one section or callout. */
  maxBlocks: 1000,
  /** Items in one list. */
  maxListItems: 1000,
  /** Characters in one text string (a paragraph, a list item, one piece of inline text). */
  maxTextLength: 20_000,
  /** Characters in a title, a link text, a name. */
  maxTitleLength: 500,
  /** Characters in an id, a `version`, a `locale`. */
  maxIdLength: 200,
  /** Characters in a link or URL. */
  maxHrefLength: 2048,
} as const;

/**
 * True for a real day of the Gregorian calendar written `YYYY-MM-DD`
 * (`2024-02-29` yes, `2023-02-29` and `2024-04-31` no).
 *
 * @example
 * ```ts
 * isRealCalendarDate('2024-02-29'); // true
 * isRealCalendarDate('2023-02-29'); // false
 * ```
 */
export function isRealCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  const date = new Date(Date.UTC(2000, m - 1, d));
  // Year 2000 stands in for the year's leap-ness, so years 0000–0099 work too.
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (m === 2 && d === 29) return leap;
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isParseableUrl(value: string): boolean {
  // `#id`, mailto: and tel: have no authority to parse; web URLs must have a host.
  // Values the pattern rejected were reported already.
  if (!HREF_PATTERN.test(value) || !/^https?:/i.test(value)) return true;
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
}

function isCanonicalizableLocale(value: string): boolean {
  try {
    Intl.getCanonicalLocales(value);
    return true;
  } catch {
    return false;
  }
}

// --- messages: short, lower-case, never echoing the (possibly huge) input -----

/**
 * Names the JavaScript type of a value for messages, never its content (which
 * may be a 5 MB string).
 *
 * @example
 * ```ts
 * describeValue([]); // 'an array'
 * describeValue(undefined); // 'nothing'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value === '' ? 'an empty string' : 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return typeof value;
  }
}

const mustBe =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    `must be ${what} (got ${describeValue(issue.input)})`;

/** Message of an object schema: both "not an object" and "a required key is missing". */
const objectMessage = (issue: v.BaseIssue<unknown>): string =>
  issue.path?.[issue.path.length - 1]?.origin === 'key'
    ? 'is required'
    : `must be an object (got ${describeValue(issue.input)})`;

const object = <const E extends v.ObjectEntries>(entries: E) =>
  v.looseObject(entries, objectMessage);

const array = <const T extends v.GenericSchema>(item: T) => v.array(item, mustBe('an array'));

const string = () => v.string(mustBe('a string'));

const maxChars = (limit: number) =>
  v.maxLength<string, number, string>(limit, `must be at most ${limit} characters`);

// --- the schemas ----------------------------------------------------------------
// Built on first use, not when the module loads: importing `LIMITS` or a pattern then
// costs neither valibot nor the schema (a bundler cannot tell that a top-level call to
// a helper above has no side effects, so it would keep them all), and a page that never
// parses a document never builds them.

let built: PolicySchemas | undefined;

/** The schemas {@link policySchemas} returns, each typed by the interface it outputs. */
export interface PolicySchemas {
  /** The whole document: what `parsePolicy` runs. */
  document: v.GenericSchema<unknown, PolicyDocument>;
  section: v.GenericSchema<unknown, Section>;
  blocks: v.GenericSchema<unknown, Block[]>;
  block: v.GenericSchema<unknown, Block>;
  /** Text with optional inline markup: a string, or an array of strings and spans. */
  inline: v.GenericSchema<unknown, Inline>;
  /** Contact details of a data controller or its DPO. */
  contact: v.GenericSchema<unknown, ContactDetails>;
  right: v.GenericSchema<unknown, PolicyRight>;
}

/**
 * The format's valibot schemas, built once on first call: `document` is what
 * `parsePolicy` runs (per-value rules only; see `parsePolicy` for the document-wide
 * ones), the others are its parts (the named definitions of `policy.schema.json`).
 * Any Standard Schema consumer can use them.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * const result = v.safeParse(policySchemas().document, json); // prefer parsePolicy: it checks everything
 * v.is(policySchemas().block, { type: 'paragraph', text: 'Hi' }); // true
 * ```
 */
export function policySchemas(): PolicySchemas {
  return (built ??= buildSchemas());
}

/** Every schema as built, with its exact inferred type (for the proofs below). */
type BuiltSchemas = Omit<ReturnType<typeof buildSchemas>, 'parts'> &
  NonNullable<ReturnType<typeof buildSchemas>['parts']>;

function buildSchemas() {
  const notBlank = v.regex<string, string>(/\S/, 'must not be empty');
  const text = v.pipe(string(), maxChars(LIMITS.maxTextLength));
  const title = v.pipe(string(), maxChars(LIMITS.maxTitleLength), notBlank);
  const slug = v.pipe(
    string(),
    maxChars(LIMITS.maxIdLength),
    v.regex(SLUG_PATTERN, 'must be a slug: a-z, 0-9 and single hyphens, e.g. "data-we-collect"'),
  );
  const isoDate = v.pipe(
    string(),
    v.regex(DATE_PATTERN, 'must be a date written YYYY-MM-DD'),
    // valibot runs every check of a pipe; each one after a pattern skips what the pattern
    // already reported, so one mistake gives one issue.
    v.check(
      (value) => !DATE_PATTERN.test(value) || isRealCalendarDate(value),
      'must be a real calendar date',
    ),
  );
  const hasHost = v.check<string, string>(isParseableUrl, 'must be a well-formed URL with a host');
  const href = v.pipe(
    string(),
    maxChars(LIMITS.maxHrefLength),
    v.regex(
      HREF_PATTERN,
      'must be an https:, http:, mailto: or tel: URL or #section-id, without spaces (other schemes are not allowed)',
    ),
    hasHost,
  );
  const webUrl = v.pipe(
    string(),
    maxChars(LIMITS.maxHrefLength),
    v.regex(WEB_URL_PATTERN, 'must be an https: or http: URL'),
    hasHost,
  );

  // --- inline text ---------------------------------------------------------------

  const span = v.variant(
    'type',
    [
      object({ type: v.literal('link'), href, text: title, title: v.optional(title) }),
      object({ type: v.picklist(['strong', 'em']), text }),
      object({ type: v.literal('break') }),
    ],
    (issue) =>
      issue.path
        ? `must be "link", "strong", "em" or "break" (got ${describeValue(issue.input)})`
        : `must be a string or a link, strong, em or break span (got ${describeValue(issue.input)})`,
  );
  const spanSchema: v.GenericSchema<unknown, LinkSpan | EmphasisSpan | LineBreak> = span;

  /** Text with optional inline markup: a string, or an array of strings and spans. */
  const inline = v.union(
    [
      text,
      array(v.union([text, spanSchema], mustBe('a string or a link, strong, em or break span'))),
    ],
    mustBe('a string or an array of strings and spans'),
  );
  const inlineSchema: v.GenericSchema<unknown, Inline> = inline;

  // --- blocks ----------------------------------------------------------------------

  const contactEntries = {
    title: v.optional(title),
    email: v.optional(
      v.pipe(
        string(),
        maxChars(LIMITS.maxTitleLength),
        v.regex(EMAIL_PATTERN, 'must be an e-mail address'),
      ),
    ),
    phone: v.optional(title),
    address: v.optional(text),
    url: v.optional(webUrl),
  };

  /** Contact details of a data controller or its DPO. */
  const contact = object(contactEntries);
  const contactSchema: v.GenericSchema<unknown, ContactDetails> = contact;

  const paragraph = object({ type: v.literal('paragraph'), text: inlineSchema });

  /** Blocks where text usually stands (a list item, a table cell): recursion, hence lazy. */
  const richContent = object({ blocks: v.lazy((): v.GenericSchema<unknown, Block[]> => blocks) });
  const richContentSchema: v.GenericSchema<unknown, RichContent> = richContent;
  /** Text, or an object of blocks: what a list item and a table cell hold. */
  const itemOrCell = v.union(
    [inlineSchema, richContentSchema],
    mustBe('text (a string or an array of spans) or an object with blocks'),
  );
  const itemSchema: v.GenericSchema<unknown, ListItem> = itemOrCell;
  const cellSchema: v.GenericSchema<unknown, TableCell> = itemOrCell;

  const list = object({
    type: v.literal('list'),
    ordered: v.optional(v.boolean(mustBe('true or false'))),
    title: v.optional(title),
    items: v.pipe(
      array(itemSchema),
      v.maxLength(LIMITS.maxListItems, `must have at most ${LIMITS.maxListItems} items`),
    ),
  });

  const column = object({
    title: inlineSchema,
    align: v.optional(
      v.picklist(
        ['start', 'center', 'end'] satisfies ColumnAlign[],
        mustBe('"start", "center" or "end"'),
      ),
    ),
  });
  const columnSchema: v.GenericSchema<unknown, TableColumn> = column;
  const table = object({
    type: v.literal('table'),
    caption: v.optional(title),
    columns: v.pipe(
      array(columnSchema),
      v.minLength(1, 'must have at least one column'),
      v.maxLength(LIMITS.maxTableColumns, `must have at most ${LIMITS.maxTableColumns} columns`),
    ),
    rows: v.pipe(
      array(array(cellSchema)),
      v.maxLength(LIMITS.maxTableRows, `must have at most ${LIMITS.maxTableRows} rows`),
    ),
    rowHeaders: v.optional(v.boolean(mustBe('true or false'))),
  });
  const image = object({
    type: v.literal('image'),
    src: v.pipe(
      string(),
      maxChars(LIMITS.maxHrefLength),
      v.regex(IMAGE_SRC_PATTERN, 'must be an https: URL (images load over https only)'),
      hasHost,
    ),
    // Empty marks a decorative image; absent is an error (a reader must get the text).
    alt: v.pipe(string(), maxChars(LIMITS.maxTextLength)),
    title: v.optional(title),
  });
  const callout = object({
    type: v.literal('callout'),
    tone: v.picklist(CALLOUT_TONES, mustBe(`"info", "important" or "warning"`)),
    title: v.optional(title),
    // The callout's own blocks: recursion, hence lazy. The annotation is proven
    // exact below (Exact<…, Block>), so it cannot hide a mismatch.
    blocks: v.lazy((): v.GenericSchema<unknown, Block[]> => blocks),
  });
  const contactBlock = object({ type: v.literal('contact'), ...contactEntries });

  /** One block of a section: paragraph, list, callout, contact, table or image. */
  const block = v.variant(
    'type',
    [paragraph, list, callout, contactBlock, table, image],
    (issue) =>
      issue.path
        ? `must be "paragraph", "list", "callout", "contact", "table" or "image" (got ${describeValue(issue.input)})`
        : `must be a block object (got ${describeValue(issue.input)})`,
  );
  const blockSchema: v.GenericSchema<unknown, Block> = block;

  /** The blocks of a section or callout. */
  const blocks = v.pipe(
    array(blockSchema),
    v.maxLength(LIMITS.maxBlocks, `must have at most ${LIMITS.maxBlocks} blocks`),
  );

  // --- sections, rights, the document ----------------------------------------------

  /**
   * A section of the policy, with its blocks and nested sections (per-value
   * rules only: unique ids and depth are checked by `parsePolicy`).
   */
  const section = object({
    id: slug,
    title,
    summary: v.optional(text),
    topics: v.optional(
      array(
        v.picklist(TOPICS, mustBe(`one of the topics ${TOPICS.map((t) => `"${t}"`).join(', ')}`)),
      ),
    ),
    blocks,
    sections: v.optional(array(v.lazy((): v.GenericSchema<unknown, Section> => section))),
  });
  const sectionSchema: v.GenericSchema<unknown, Section> = section;

  const isRightId = (value: string): value is RightId => RIGHT_ID_PATTERN.test(value);

  /** One data-subject right the policy grants. */
  const right = object({
    id: v.pipe(
      string(),
      maxChars(LIMITS.maxIdLength),
      v.regex(
        RIGHT_ID_PATTERN,
        `must be a known right id (${KNOWN_RIGHT_IDS.join(', ')}) or a custom x-… slug`,
      ),
      // Narrows the type to RightId; the regex above has already reported a mismatch.
      v.guard(isRightId, 'must be a right id'),
    ),
    title: v.optional(title),
    description: v.optional(text),
  });
  const rightSchema: v.GenericSchema<unknown, PolicyRight> = right;

  const organization = object({ name: title });
  const organizationSchema: v.GenericSchema<unknown, PolicyOrganization> = organization;

  /** The whole policy document (per-value rules). */
  const document = object({
    schemaVersion: v.literal(1, (issue) =>
      typeof issue.input === 'number'
        ? 'must be 1 (the only version this kit reads)'
        : mustBe('1')(issue),
    ),
    id: slug,
    version: v.pipe(string(), maxChars(LIMITS.maxIdLength), notBlank),
    locale: v.pipe(
      string(),
      maxChars(LIMITS.maxIdLength),
      v.regex(LOCALE_PATTERN, 'must be a BCP 47 language tag such as "id-ID" or "en"'),
      v.check(
        (value) => !LOCALE_PATTERN.test(value) || isCanonicalizableLocale(value),
        'must be a valid BCP 47 language tag',
      ),
    ),
    title,
    lastUpdated: isoDate,
    effectiveDate: v.optional(isoDate),
    appliesTo: v.optional(text),
    organization: v.optional(organizationSchema),
    contact: v.optional(contactSchema),
    rights: v.optional(array(rightSchema)),
    sections: v.pipe(array(sectionSchema), v.minLength(1, 'must have at least one section')),
  });

  const schemas = { document, section, blocks, block, inline, contact, right };
  // Only these seven exist at run time. The type also names, with no value behind it,
  // the other parts as built, for the compile-time proofs below.
  return schemas as typeof schemas & {
    readonly parts?: {
      span: typeof span;
      paragraph: typeof paragraph;
      list: typeof list;
      callout: typeof callout;
      contactBlock: typeof contactBlock;
      richContent: typeof richContent;
      column: typeof column;
      table: typeof table;
      image: typeof image;
      organization: typeof organization;
    };
  };
}

// --- compile-time proofs: each schema's output is exactly its interface ----------
// `Known` drops the `[key: string]: unknown` that loose objects add (unknown keys
// are kept at run time, but the public types name only the known ones).

type Known<T> = T extends unknown
  ? { [K in keyof T as string extends K ? never : K]: T[K] }
  : never;
type Exact<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Output<K extends keyof BuiltSchemas> = Known<v.InferOutput<BuiltSchemas[K]>>;

type AllTrue<T extends true[]> = T;

/**
 * Checked by `tsc`: a `false` in this list is a compile error. Not for use at run time.
 *
 * @example
 * ```ts
 * // policy-types.ts gains `Section.icon?: string`; the schema does not:
 * // error TS2344: Type '[true, …, false, …]' does not satisfy the constraint 'true[]'.
 * ```
 */
export type SchemaMatchesTypes = AllTrue<
  [
    Exact<Output<'span'>, LinkSpan | EmphasisSpan | LineBreak>,
    Exact<v.InferOutput<BuiltSchemas['inline']>, Inline>,
    Exact<Output<'contact'>, ContactDetails>,
    Exact<Output<'paragraph'>, ParagraphBlock>,
    Exact<Output<'list'>, ListBlock>,
    Exact<Output<'callout'>, CalloutBlock>,
    Exact<Output<'contactBlock'>, ContactBlock>,
    Exact<Output<'richContent'>, RichContent>,
    Exact<Output<'column'>, TableColumn>,
    Exact<Output<'table'>, TableBlock>,
    Exact<Output<'image'>, ImageBlock>,
    Exact<Output<'block'>, Block>,
    Exact<v.InferOutput<BuiltSchemas['blocks']>, Block[]>,
    Exact<Output<'section'>, Section>,
    Exact<Output<'right'>, PolicyRight>,
    Exact<Output<'organization'>, PolicyOrganization>,
    Exact<Output<'document'>, PolicyDocument>,
    Exact<(typeof BLOCK_TYPES)[number], Block['type']>,
    Exact<(typeof CALLOUT_TONES)[number], CalloutTone>,
    Exact<(typeof TOPICS)[number], Topic>,
    Exact<(typeof KNOWN_RIGHT_IDS)[number], KnownRightId>,
  ]
>;
