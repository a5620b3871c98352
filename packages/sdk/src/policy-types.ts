/**
 * The policy document format, `schemaVersion: 1`.
 *
 * These interfaces are the public names of the format. The valibot schema in
 * `policy-schema.ts` is annotated with them, so the compiler refuses any drift
 * between the two, and `policy.schema.json` is generated from that schema
 * (`scripts/generate-json-schema.ts`): one source of truth, three views.
 *
 * Unknown keys are accepted and kept at run time (forward compatibility: a
 * newer document still loads in an older kit); the types name the known ones.
 */

/** A data-subject right. Known ids are translated by the kit; `x-…` ids are the host's own. */
export type KnownRightId =
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'portability'
  | 'restriction'
  | 'objection'
  | 'withdraw-consent'
  | 'automated-decision'
  | 'information'
  | 'complaint';

/** A known right id, or a custom one such as `x-account-deactivation`. */
export type RightId = KnownRightId | `x-${string}`;

export interface LinkSpan {
  type: 'link';
  /** `https:`, `http:`, `mailto:`, `tel:` or `#section-id` — nothing else validates. */
  href: string;
  text: string;
}

export interface EmphasisSpan {
  type: 'strong' | 'em';
  text: string;
}

export type InlineSpan = string | LinkSpan | EmphasisSpan;

/** Text with optional inline markup. A plain string is the common case. */
export type Inline = string | InlineSpan[];

export interface ContactDetails {
  title?: string;
  email?: string;
  phone?: string;
  address?: string;
  url?: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: Inline;
}

export interface ListBlock {
  type: 'list';
  ordered?: boolean;
  title?: string;
  items: Inline[];
}

export type CalloutTone = 'info' | 'important' | 'warning';

export interface CalloutBlock {
  type: 'callout';
  tone: CalloutTone;
  title?: string;
  blocks: Block[];
}

export interface ContactBlock extends ContactDetails {
  type: 'contact';
}

export type Block = ParagraphBlock | ListBlock | CalloutBlock | ContactBlock;

export type BlockType = Block['type'];

export interface Section {
  /** Slug (`a-z`, `0-9`, `-`), unique in the whole document, nested sections included. */
  id: string;
  title: string;
  /** One line shown under the heading while the section is collapsed. */
  summary?: string;
  blocks: Block[];
  sections?: Section[];
}

export interface PolicyRight {
  id: RightId;
  title?: string;
  description?: string;
}

/** The organisation (data controller) the policy belongs to. */
export interface PolicyOrganization {
  name: string;
}

export interface PolicyDocument {
  schemaVersion: 1;
  /** Slug shared by every translation of one policy. */
  id: string;
  /** Opaque and non-empty; "changed" means `!==`. Shared by every translation of one version. */
  version: string;
  /** BCP 47 tag, e.g. `id-ID` or `en`. */
  locale: string;
  title: string;
  /** ISO date `YYYY-MM-DD`. */
  lastUpdated: string;
  /** ISO date `YYYY-MM-DD` on which this version applies. */
  effectiveDate?: string;
  appliesTo?: string;
  organization?: PolicyOrganization;
  contact?: ContactDetails;
  rights?: PolicyRight[];
  /** At least one. */
  sections: Section[];
}

/**
 * One problem found in a document: where and what.
 *
 * `path` is written like JavaScript property access from the document root,
 * e.g. `sections[2].blocks[0].text`; `""` is the document itself. Keys that are
 * not identifiers are quoted: `["odd key"]`.
 */
export interface PolicyIssue {
  path: string;
  message: string;
  /** 1-based line in the source the document came from (set by `importMarkdown`). */
  line?: number;
}
