import * as v from 'valibot';
import type {
  Block,
  CalloutBlock,
  ContactDetails,
  Inline,
  InlineSpan,
  ListBlock,
  ParagraphBlock,
  PolicyDocument,
  PolicyRight,
  Section,
} from './policy-types';

/**
 * The valibot schema of the policy document. It is the single source of the
 * format's rules: `parsePolicy` runs it, `policy.schema.json` is generated from
 * it, and it is annotated with the public interfaces so the two cannot drift.
 *
 * Rules that JSON Schema cannot express (real calendar dates, unique section
 * ids, nesting depth) are `v.check`s here and are skipped by the generator.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/**
 * Allowed link targets: web, e-mail and phone links, or a section of the same
 * document. Lower-case schemes and no white space or control characters
 * anywhere, so `JavaScript:`, ` javascript:` or `java\tscript:` never match.
 */
export const HREF_PATTERN =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not pass
  /^(?:(?:https?:\/\/|mailto:|tel:)[^\s\u0000-\u001f\u007f]+|#[a-z0-9]+(?:-[a-z0-9]+)*)$/;
export const RIGHT_ID_PATTERN =
  /^(?:access|rectification|erasure|portability|restriction|objection|withdraw-consent|automated-decision|information|complaint|x-[a-z0-9]+(?:-[a-z0-9]+)*)$/;
/** BCP 47, loosely: language, then subtags of letters and digits. */
export const LOCALE_PATTERN = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** Limits that keep hostile documents from exhausting memory or the stack. */
export const LIMITS = {
  /** Sections inside sections: `##` … `######` give five, one more for headings-free nesting. */
  maxSectionDepth: 6,
  /** Callouts inside callouts. */
  maxCalloutDepth: 3,
  maxSections: 2000,
  maxTextLength: 20_000,
  maxTitleLength: 500,
  maxListItems: 1000,
  maxBlocks: 1000,
} as const;

export function isRealCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const text = v.pipe(
  v.string('must be a string'),
  v.maxLength(LIMITS.maxTextLength, `must be at most ${LIMITS.maxTextLength} characters`),
);
const title = v.pipe(
  v.string('must be a string'),
  v.nonEmpty('must not be empty'),
  v.maxLength(LIMITS.maxTitleLength, `must be at most ${LIMITS.maxTitleLength} characters`),
);
const slug = v.pipe(
  v.string('must be a string'),
  v.regex(SLUG_PATTERN, 'must be a slug: lower-case a-z, 0-9 and single hyphens'),
  v.maxLength(200, 'must be at most 200 characters'),
);
const isoDate = v.pipe(
  v.string('must be a string'),
  v.regex(DATE_PATTERN, 'must be an ISO date YYYY-MM-DD'),
  v.check(isRealCalendarDate, 'must be a real calendar date'),
);
const href = v.pipe(
  v.string('must be a string'),
  v.regex(
    HREF_PATTERN,
    'must be an https:, http:, mailto: or tel: URL, or #section-id (other schemes are not allowed)',
  ),
  v.maxLength(2048, 'must be at most 2048 characters'),
);

const linkSpan = v.looseObject({ type: v.literal('link'), href, text: title });
const emphasisSpan = v.looseObject({
  type: v.picklist(['strong', 'em'], 'must be "strong" or "em"'),
  text,
});
const inlineSpan: v.GenericSchema<InlineSpan> = v.union(
  [text, v.variant('type', [linkSpan, emphasisSpan], 'must be a link, strong or em span')],
  'must be a string or an inline span',
);
export const inlineSchema: v.GenericSchema<Inline> = v.union(
  [text, v.array(inlineSpan, 'must be an array')],
  'must be a string or an array of strings and spans',
);

const contactFields = {
  title: v.optional(title),
  email: v.optional(v.pipe(text, v.email('must be an e-mail address'))),
  phone: v.optional(text),
  address: v.optional(text),
  url: v.optional(href),
};
export const contactSchema: v.GenericSchema<ContactDetails> = v.looseObject(contactFields);

const paragraphBlock: v.GenericSchema<ParagraphBlock> = v.looseObject({
  type: v.literal('paragraph'),
  text: inlineSchema,
});
const listBlock: v.GenericSchema<ListBlock> = v.looseObject({
  type: v.literal('list'),
  ordered: v.optional(v.boolean('must be true or false')),
  title: v.optional(title),
  items: v.pipe(
    v.array(inlineSchema, 'must be an array'),
    v.maxLength(LIMITS.maxListItems, `must have at most ${LIMITS.maxListItems} items`),
  ),
});
const calloutBlock: v.GenericSchema<CalloutBlock> = v.looseObject({
  type: v.literal('callout'),
  tone: v.picklist(['info', 'important', 'warning'], 'must be "info", "important" or "warning"'),
  title: v.optional(title),
  blocks: v.lazy(() => blocksSchema),
});
const contactBlock = v.looseObject({ type: v.literal('contact'), ...contactFields });

export const blockSchema: v.GenericSchema<Block> = v.variant(
  'type',
  [paragraphBlock, listBlock, calloutBlock, contactBlock] as never,
  'must be a block of type "paragraph", "list", "callout" or "contact"',
);
const blocksSchema: v.GenericSchema<Block[]> = v.pipe(
  v.array(blockSchema, 'must be an array'),
  v.maxLength(LIMITS.maxBlocks, `must have at most ${LIMITS.maxBlocks} blocks`),
);

export const sectionSchema: v.GenericSchema<Section> = v.looseObject({
  id: slug,
  title,
  summary: v.optional(text),
  blocks: blocksSchema,
  sections: v.optional(
    v.array(
      v.lazy(() => sectionSchema),
      'must be an array',
    ),
  ),
});

export const rightSchema: v.GenericSchema<PolicyRight> = v.looseObject({
  id: v.pipe(
    v.string('must be a string'),
    v.regex(
      RIGHT_ID_PATTERN,
      'must be a known right id (access, rectification, erasure, portability, restriction, objection, withdraw-consent, automated-decision, information, complaint) or a custom x-… id',
    ),
  ),
  title: v.optional(title),
  description: v.optional(text),
}) as never;

export const policyDocumentSchema: v.GenericSchema<PolicyDocument> = v.looseObject({
  schemaVersion: v.literal(1, 'must be 1'),
  id: slug,
  version: v.pipe(v.string('must be a string'), v.nonEmpty('must not be empty'), v.maxLength(200)),
  locale: v.pipe(v.string('must be a string'), v.regex(LOCALE_PATTERN, 'must be a BCP 47 tag')),
  title,
  lastUpdated: isoDate,
  effectiveDate: v.optional(isoDate),
  appliesTo: v.optional(text),
  organization: v.optional(v.looseObject({ name: title })),
  contact: v.optional(contactSchema),
  rights: v.optional(v.array(rightSchema, 'must be an array')),
  sections: v.pipe(
    v.array(sectionSchema, 'must be an array'),
    v.minLength(1, 'must have at least one section'),
  ),
}) as never;
