/**
 * The policy document format, `schemaVersion: 1`.
 *
 * These interfaces are the public names of the format. The valibot schema in
 * `policy-schema.ts` is proven equal to them at compile time (its
 * `SchemaMatchesTypes` list), and `policy.schema.json` is generated from that
 * schema (`scripts/generate-json-schema.ts`): one source of truth, three views.
 *
 * Unknown keys are accepted and kept at run time (forward compatibility: a
 * newer document still loads in an older kit); the types name the known ones.
 */

/**
 * A data-subject right the kit knows and translates (the rights of GDPR
 * chapter III and of UU PDP 27/2022 Bab IV, plus complaining to a regulator).
 *
 * @example
 * ```ts
 * const right: KnownRightId = 'erasure';
 * ```
 */
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

/**
 * A known right id, or the host's own as `x-` plus a slug.
 *
 * @example
 * ```ts
 * const rights: RightId[] = ['access', 'x-account-deactivation'];
 * ```
 */
export type RightId = KnownRightId | `x-${string}`;

/**
 * A link inside text.
 *
 * @example
 * ```ts
 * const link: LinkSpan = { type: 'link', href: '#hak-anda', text: 'Hak Anda' };
 * ```
 */
export interface LinkSpan {
  type: 'link';
  /**
   * `https:`, `http:`, `mailto:`, `tel:`, or `#section-id` naming a section of
   * the same document; nothing else validates (no `javascript:`, `data:` …).
   */
  href: string;
  /** Non-empty. */
  text: string;
  /** The link's advisory title (a tooltip), as written in the source (`[text](url "title")`). */
  title?: string;
}

/**
 * Emphasised text: `strong` (bold) or `em` (italic).
 *
 * @example
 * ```ts
 * const span: EmphasisSpan = { type: 'strong', text: 'tidak akan pernah' };
 * ```
 */
export interface EmphasisSpan {
  type: 'strong' | 'em';
  text: string;
}

/**
 * A line break inside text (a `<br>` in a table cell or an address), not a new paragraph.
 *
 * @example
 * ```ts
 * const address: Inline = ['Jl. Sudirman No. 123', { type: 'break' }, 'Jakarta Pusat 10220'];
 * ```
 */
export interface LineBreak {
  type: 'break';
}

/**
 * One piece of inline text: plain text, a link, emphasis, or a line break.
 *
 * @example
 * ```ts
 * const pieces: InlineSpan[] = ['Email ', { type: 'link', href: 'mailto:dpo@ctt.id', text: 'our DPO' }];
 * ```
 */
export type InlineSpan = string | LinkSpan | EmphasisSpan | LineBreak;

/**
 * Text with optional inline markup. A plain string is the common case. Text is
 * always text: nothing in it is interpreted as HTML.
 *
 * @example
 * ```ts
 * const plain: Inline = 'We never sell your data.';
 * const marked: Inline = ['We ', { type: 'strong', text: 'never' }, ' sell your data.'];
 * ```
 */
export type Inline = string | InlineSpan[];

/**
 * How to reach the data controller or its data protection officer.
 *
 * @example
 * ```ts
 * const dpo: ContactDetails = { title: 'Data Protection Officer', email: 'privacy@ctt.id' };
 * ```
 */
export interface ContactDetails {
  title?: string;
  email?: string;
  phone?: string;
  address?: string;
  /** `https:` or `http:` only. */
  url?: string;
}

/**
 * A paragraph.
 *
 * @example
 * ```ts
 * const block: ParagraphBlock = { type: 'paragraph', text: 'Kami menghargai privasi Anda.' };
 * ```
 */
export interface ParagraphBlock {
  type: 'paragraph';
  text: Inline;
}

/**
 * Content made of blocks where text usually stands: a list item with several paragraphs or a
 * nested list, a table cell holding a list. Blocks nest at most `LIMITS.maxBlockDepth` deep.
 *
 * @example
 * ```ts
 * const item: RichContent = {
 *   blocks: [
 *     { type: 'paragraph', text: 'Account data' },
 *     { type: 'list', items: ['Name', 'E-mail'] },
 *   ],
 * };
 * ```
 */
export interface RichContent {
  blocks: Block[];
}

/**
 * One item of a list: text (the common case), or blocks.
 *
 * @example
 * ```ts
 * const items: ListItem[] = ['Name', { blocks: [{ type: 'paragraph', text: 'Usage' }, { type: 'list', items: ['Pages', 'Clicks'] }] }];
 * ```
 */
export type ListItem = Inline | RichContent;

/**
 * A bulleted (or, with `ordered`, numbered) list, optionally titled.
 *
 * @example
 * ```ts
 * const block: ListBlock = { type: 'list', title: 'This includes', items: ['Name', 'E-mail'] };
 * ```
 */
export interface ListBlock {
  type: 'list';
  ordered?: boolean;
  /** The line above the list ("This includes"), without the colon. */
  title?: string;
  items: ListItem[];
}

/** How a table column's text lines up, in the writing direction (`start` is left in English). */
export type ColumnAlign = 'start' | 'center' | 'end';

/**
 * A table column: its header and alignment.
 *
 * @example
 * ```ts
 * const column: TableColumn = { title: 'Retention', align: 'end' };
 * ```
 */
export interface TableColumn {
  title: Inline;
  align?: ColumnAlign;
}

/**
 * One table cell: text (the common case), or blocks (a list in a cell).
 *
 * @example
 * ```ts
 * const cell: TableCell = ['Session', { type: 'break' }, 'Deleted when the browser closes'];
 * ```
 */
export type TableCell = Inline | RichContent;

/**
 * A table: purposes and legal bases, cookies and their lifetimes, recipients. Every row has
 * one cell per column; with `rowHeaders`, a row's first cell is its header.
 *
 * @example
 * ```ts
 * const block: TableBlock = {
 *   type: 'table',
 *   caption: 'Cookies we use',
 *   columns: [{ title: 'Name' }, { title: 'Purpose' }, { title: 'Lifetime', align: 'end' }],
 *   rows: [['_session', 'Keeps you signed in', '1 day']],
 *   rowHeaders: true,
 * };
 * ```
 */
export interface TableBlock {
  type: 'table';
  caption?: string;
  columns: TableColumn[];
  rows: TableCell[][];
  rowHeaders?: boolean;
}

/**
 * An image (a logo, a diagram) with its text alternative. Only `https:` sources: a policy never
 * loads content over an insecure connection.
 *
 * @example
 * ```ts
 * const block: ImageBlock = { type: 'image', src: 'https://ctt.id/flow.png', alt: 'How your data flows' };
 * ```
 */
export interface ImageBlock {
  type: 'image';
  /** `https:` URL. */
  src: string;
  /** What the image says, for people who cannot see it; `""` marks a decorative image. */
  alt: string;
  title?: string;
}

/**
 * How strongly a callout asks for attention.
 *
 * @example
 * ```ts
 * const tone: CalloutTone = 'important';
 * ```
 */
export type CalloutTone = 'info' | 'important' | 'warning';

/**
 * A highlighted box ("Penting: …") holding its own blocks; callouts nest at
 * most `LIMITS.maxCalloutDepth` deep.
 *
 * @example
 * ```ts
 * const block: CalloutBlock = {
 *   type: 'callout',
 *   tone: 'important',
 *   title: 'Penting',
 *   blocks: [{ type: 'paragraph', text: 'CTT tidak akan pernah menjual data Anda.' }],
 * };
 * ```
 */
export interface CalloutBlock {
  type: 'callout';
  tone: CalloutTone;
  title?: string;
  blocks: Block[];
}

/**
 * Contact details shown as a block inside a section.
 *
 * @example
 * ```ts
 * const block: ContactBlock = { type: 'contact', title: 'DPO', email: 'privacy@ctt.id' };
 * ```
 */
export interface ContactBlock extends ContactDetails {
  type: 'contact';
}

/**
 * One block of a section. Switch over `type` exhaustively:
 *
 * @example
 * ```ts
 * function describe(block: Block): string {
 *   switch (block.type) {
 *     case 'paragraph': return 'paragraph';
 *     case 'list': return `${block.items.length} items`;
 *     case 'callout': return block.tone;
 *     case 'contact': return block.email ?? '';
 *     case 'table': return block.caption ?? 'table';
 *     case 'image': return block.alt;
 *     default: return block satisfies never;
 *   }
 * }
 * ```
 */
export type Block =
  ParagraphBlock | ListBlock | CalloutBlock | ContactBlock | TableBlock | ImageBlock;

/**
 * The `type` of a block.
 *
 * @example
 * ```ts
 * const types: BlockType[] = ['paragraph', 'list', 'callout', 'contact', 'table', 'image'];
 * ```
 */
export type BlockType = Block['type'];

/**
 * A section of the policy, with its blocks and nested sections (at most
 * `LIMITS.maxSectionDepth` levels).
 *
 * @example
 * ```ts
 * const section: Section = {
 *   id: 'informasi-akun',
 *   title: '1. Informasi Akun',
 *   blocks: [{ type: 'list', items: ['Nama lengkap', 'Alamat email'] }],
 * };
 * ```
 */
export interface Section {
  /** Slug (`a-z`, `0-9`, `-`), unique in the whole document, nested sections included. */
  id: string;
  title: string;
  /** One line shown under the heading while the section is collapsed. */
  summary?: string;
  /** What the section covers (for `lint` and a layered summary). */
  topics?: Topic[];
  blocks: Block[];
  sections?: Section[];
}

/**
 * What a section covers, from a small fixed vocabulary (`TOPICS`): what a notice must say under
 * UU PDP Pasal 21(1) and GDPR Art. 13–14, which `lint` checks.
 *
 * @example
 * ```ts
 * const topics: Topic[] = ['data-categories', 'retention'];
 * ```
 */
export type Topic =
  | 'purposes'
  | 'legal-basis'
  | 'data-categories'
  | 'retention'
  | 'recipients'
  | 'transfers'
  | 'rights'
  | 'contact'
  | 'complaints'
  | 'automated-decisions'
  | 'children'
  | 'cookies'
  | 'security'
  | 'changes';

/**
 * A right the policy grants, optionally with the policy's own wording.
 *
 * @example
 * ```ts
 * const right: PolicyRight = { id: 'x-account-deactivation', title: 'Account deactivation' };
 * ```
 */
export interface PolicyRight {
  id: RightId;
  title?: string;
  description?: string;
}

/**
 * The organisation (data controller) the policy belongs to.
 *
 * @example
 * ```ts
 * const organization: PolicyOrganization = { name: 'CTT' };
 * ```
 */
export interface PolicyOrganization {
  name: string;
}

/**
 * A privacy policy: one typed, versioned document. Validate unknown input with
 * `parsePolicy`; translations of one policy share `id` and `version` and
 * differ in `locale`.
 *
 * @example
 * ```ts
 * const policy: PolicyDocument = {
 *   schemaVersion: 1,
 *   id: 'ctt-privacy',
 *   version: '2024-06-12',
 *   locale: 'id-ID',
 *   title: 'Kebijakan Privasi',
 *   lastUpdated: '2024-06-12',
 *   rights: [{ id: 'access' }, { id: 'erasure' }],
 *   sections: [{ id: 'komitmen', title: 'Komitmen Privasi Kami', blocks: [] }],
 * };
 * ```
 */
export interface PolicyDocument {
  schemaVersion: 1;
  /** Slug shared by every translation of one policy. */
  id: string;
  /** Opaque and non-empty; "changed" means `!==`. Shared by every translation of one version. */
  version: string;
  /** BCP 47 tag, e.g. `id-ID` or `en`. */
  locale: string;
  title: string;
  /** ISO date `YYYY-MM-DD`, a real calendar day. */
  lastUpdated: string;
  /** ISO date `YYYY-MM-DD` on which this version applies. */
  effectiveDate?: string;
  appliesTo?: string;
  organization?: PolicyOrganization;
  contact?: ContactDetails;
  /** Each right at most once. */
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
 *
 * @example
 * ```ts
 * const issue: PolicyIssue = { path: 'sections[0].id', message: 'must be a slug: …' };
 * ```
 */
export interface PolicyIssue {
  path: string;
  message: string;
  /** 1-based line in the source the document came from (set by `importMarkdown`). */
  line?: number;
}
