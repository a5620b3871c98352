/**
 * Puts one payload into every place a policy can carry text or a link — as a
 * JSON document and as a Markdown source — and says which strings each
 * component must then show literally. Shared by the CSP page (in Chromium) and
 * the corpus spec (in Node).
 *
 * @example
 * const doc = payloadPolicy(payload.text, SAFE_LINKS); // text everywhere, safe links
 * const hostile = payloadPolicy(payload.text, linksOf(payload.text)); // the payload as every link too
 */
import {
  diffPolicies,
  type Block,
  type Inline,
  type ListItem,
  type PolicyDocument,
  type Section,
} from '@policykit/sdk';

/** What goes into the link-like fields: inline `href`s, `contact.email`, `contact.url`, image sources. */
export interface LinkValues {
  href: string;
  email: string;
  url: string;
  image: string;
}

/**
 * Where the test pages' images come from: the one host the strict CSP allows images from
 * (`img-src`), answered by the test itself, so an image block loads without leaving the machine.
 */
export const TEST_IMAGE_ORIGIN = 'https://images.policykit.test';

/** Links every validator accepts: used when a payload is placed in text only. */
export const SAFE_LINKS: LinkValues = {
  href: 'https://example.com/privacy',
  email: 'privacy@example.com',
  url: 'https://example.com/',
  image: `${TEST_IMAGE_ORIGIN}/flow.png`,
};

/** The payload as every link of the document. */
export const linksOf = (payload: string): LinkValues => ({
  href: payload,
  email: payload,
  url: payload,
  // A payload that is itself an https: URL is simply a valid image (the format allows any https
  // image; a host's img-src decides what loads): the hostile case is every other scheme.
  image: /^https:\/\//i.test(payload) ? SAFE_LINKS.image : payload,
});

/**
 * A valid-looking policy with `payload` as every text field — title, version,
 * applies-to, organization, contact, rights, section titles and summaries,
 * paragraphs, strong/em/link text and link titles, list titles and items (nested ones too),
 * callouts, contact blocks, table captions, headers and cells, image text — and `links` as
 * every link (and image source).
 */
export function payloadPolicy(payload: string, links: LinkValues): PolicyDocument {
  const contact = {
    title: payload,
    email: links.email,
    phone: payload,
    address: payload,
    url: links.url,
  };
  const blocks: Block[] = [
    { type: 'paragraph', text: payload },
    {
      type: 'paragraph',
      text: [
        payload,
        { type: 'strong', text: payload },
        { type: 'em', text: payload },
        { type: 'link', href: links.href, text: payload },
      ],
    },
    {
      type: 'list',
      title: payload,
      items: [payload, [{ type: 'link', href: links.href, text: payload }]],
    },
    { type: 'list', ordered: true, items: [payload] },
    {
      type: 'callout',
      tone: 'warning',
      title: payload,
      blocks: [{ type: 'paragraph', text: payload }],
    },
    { type: 'contact', ...contact },
    {
      type: 'list',
      items: [
        {
          blocks: [
            { type: 'paragraph', text: [payload, { type: 'break' }, payload] },
            { type: 'list', items: [payload] },
          ],
        },
      ],
    },
    {
      type: 'table',
      caption: payload,
      columns: [{ title: payload }, { title: [{ type: 'link', href: links.href, text: payload }] }],
      rows: [
        [payload, [{ type: 'link', href: links.href, text: payload, title: payload }]],
        [payload, { blocks: [{ type: 'list', items: [payload] }] }],
      ],
      rowHeaders: true,
    },
    // An https image in the text-only case; the payload as its source in the hostile-links case.
    {
      type: 'image',
      src: links.image,
      alt: payload,
      title: payload,
    },
  ];
  return {
    schemaVersion: 1,
    id: 'xss-case',
    version: payload,
    locale: 'en',
    title: payload,
    lastUpdated: '2025-01-15',
    appliesTo: payload,
    organization: { name: payload },
    contact,
    rights: [
      { id: 'access', title: payload, description: payload },
      { id: 'x-hostile-right', title: payload, description: payload },
    ],
    sections: [
      {
        id: 'first',
        title: payload,
        summary: payload,
        blocks,
        sections: [
          { id: 'nested', title: payload, blocks: [{ type: 'paragraph', text: payload }] },
        ],
      },
      { id: 'second', title: payload, blocks: [{ type: 'paragraph', text: payload }] },
    ],
  };
}

/**
 * The version a reader saw before `doc`: `first` reads differently (modified),
 * `second` did not exist (added) and `gone` was removed — so the dialog lists
 * three changed sections, each titled by the payload (`gone` by `goneTitle`).
 */
export function previousVersionOf(doc: PolicyDocument, goneTitle: string): PolicyDocument {
  const [first] = doc.sections;
  return {
    ...doc,
    version: `previous ${doc.version}`.slice(0, 200),
    lastUpdated: '2024-01-15',
    sections: [
      {
        id: first?.id ?? 'first',
        title: first?.title ?? 'First',
        blocks: [{ type: 'paragraph', text: 'Before.' }],
      },
      { id: 'gone', title: goneTitle, blocks: [{ type: 'paragraph', text: 'Removed since.' }] },
    ],
  };
}

/** A YAML double-quoted scalar: JSON's escapes are a subset of YAML's. */
const yaml = (text: string) => JSON.stringify(text);

/**
 * A Markdown source (the PolicyKit dialect) with `payload` in the front
 * matter, headings, paragraphs, emphasis, link text, list titles and items, a
 * callout and a nested section — and, with `hostileLinks`, as the target of a
 * link and an autolink. Single-line places get the payload with line breaks
 * turned into spaces (a heading cannot span lines).
 */
export function payloadMarkdown(payload: string, hostileLinks: boolean): string {
  const line = payload.replace(/[\r\n]+/g, ' ');
  const href = hostileLinks ? payload : SAFE_LINKS.href;
  return [
    '---',
    'id: xss-case',
    `version: ${yaml(payload)}`,
    'locale: en',
    `title: ${yaml(payload)}`,
    'lastUpdated: 2025-01-15',
    `appliesTo: ${yaml(payload)}`,
    `organization: ${yaml(payload)}`,
    `contact: { title: ${yaml(payload)}, phone: ${yaml(payload)}, address: ${yaml(payload)} }`,
    'rights: [access, rectification]',
    '---',
    `## ${line} {#first}`,
    '',
    payload,
    '',
    `Read [${line}](${href}) and **${line}** and *${line}*.`,
    '',
    `${line}:`,
    `- ${line}`,
    `- [${line}](${href})`,
    '',
    `> **${line}**`,
    `> ${line}`,
    '',
    `### ${line} {#nested}`,
    '',
    payload,
    '',
    '## Second {#second}',
    '',
    hostileLinks ? `<${payload}>` : line,
    '',
  ].join('\n');
}

function inlinePieces(inline: Inline): string[] {
  if (typeof inline === 'string') return [inline];
  return inline.flatMap((span) =>
    typeof span === 'string' ? [span] : span.type === 'break' ? [] : [span.text],
  );
}

function itemPieces(item: ListItem): string[] {
  return typeof item === 'object' && !Array.isArray(item)
    ? item.blocks.flatMap(blockPieces)
    : inlinePieces(item);
}

function contactPieces(contact: {
  title?: string;
  email?: string;
  phone?: string;
  address?: string;
  url?: string;
}): string[] {
  return [contact.title, contact.email, contact.phone, contact.address, contact.url].filter(
    (piece): piece is string => piece !== undefined,
  );
}

function blockPieces(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return inlinePieces(block.text);
    case 'list':
      return [
        ...(block.title === undefined ? [] : [block.title]),
        ...block.items.flatMap(itemPieces),
      ];
    case 'callout':
      return [
        ...(block.title === undefined ? [] : [block.title]),
        ...block.blocks.flatMap(blockPieces),
      ];
    case 'contact':
      return contactPieces(block);
    case 'table':
      return [
        ...(block.caption === undefined ? [] : [block.caption]),
        ...block.columns.flatMap((column) => inlinePieces(column.title)),
        ...block.rows.flatMap((row) => row.flatMap(itemPieces)),
      ];
    case 'image':
      // The text alternative is an attribute (or, for an unsafe source, the text shown).
      return block.title === undefined ? [] : [block.title];
    default:
      return block satisfies never;
  }
}

function sectionPieces(section: Section): string[] {
  return [
    section.title,
    ...(section.summary === undefined ? [] : [section.summary]),
    ...section.blocks.flatMap(blockPieces),
    ...(section.sections ?? []).flatMap(sectionPieces),
  ];
}

/**
 * A string a component must show exactly as written, inside the elements `within`
 * selects (or in their `attribute`, for accessible names). Scoped, because the same
 * payload fills every field: only the right element proves the right field is intact.
 */
export interface Shown {
  within: string;
  text: string;
  attribute?: string;
}

const shown = (within: string, pieces: readonly string[], attribute?: string): Shown[] =>
  [...new Set(pieces.filter((piece) => piece !== ''))].map((text) => ({
    within,
    text,
    ...(attribute ? { attribute } : {}),
  }));

/** Every string `<PolicyViewer>` must show as written: header, sections, blocks. */
export function viewerTexts(doc: PolicyDocument): Shown[] {
  return shown('.pk-PolicyViewer', [
    doc.title,
    ...(doc.appliesTo === undefined ? [] : [doc.appliesTo]),
    ...doc.sections.flatMap(sectionPieces),
  ]);
}

/**
 * What `<RightsRequestForm>` must show of the document while editing: the rights — trimmed,
 * as the SDK's `rightLabels` does on purpose (a blank title falls back to the kit's label).
 */
export function formRightTexts(doc: PolicyDocument): Shown[] {
  return shown(
    '.pk-RightsRequestForm-choices',
    (doc.rights ?? []).flatMap((right) => [
      right.title?.trim() ?? '',
      right.description?.trim() ?? '',
    ]),
  );
}

/** What a final failure shows: the server's message (in a sentence) and the policy's contact. */
export function formFailureTexts(doc: PolicyDocument, serverMessage: string): Shown[] {
  return [
    ...shown('.pk-RightsRequestForm-failure [role="alert"]', [serverMessage]),
    ...shown(
      '.pk-RightsRequestForm-failure .pk-RightsRequestForm-contact',
      doc.contact ? contactPieces(doc.contact) : [],
    ),
  ];
}

/** What the receipt shows: the server's reference, the organization (in a sentence), the contact. */
export function formReceiptTexts(doc: PolicyDocument, reference: string): Shown[] {
  return [
    ...shown('.pk-RightsRequestForm-reference', [reference]),
    ...shown(
      '.pk-RightsRequestForm-receiptNextTitle + p',
      doc.organization ? [doc.organization.name] : [],
    ),
    ...shown(
      '.pk-RightsRequestForm-receipt .pk-RightsRequestForm-contact',
      doc.contact ? contactPieces(doc.contact) : [],
    ),
  ];
}

/** What `<PolicyUpdatedDialog>` must show: title and version (in sentences), every changed section's title. */
export function dialogTexts(doc: PolicyDocument, previous: PolicyDocument): Shown[] {
  const changed = diffPolicies(previous, doc).sections.filter((s) => s.change !== 'unchanged');
  return [
    ...shown('.pk-PolicyUpdatedDialog-title', [doc.title]),
    ...shown('.pk-PolicyUpdatedDialog-meta', [doc.version]),
    ...shown(
      '.pk-PolicyChangesList',
      changed.map((section) => section.title),
    ),
  ];
}

/** What the review bar shows: the policy's title in its sentence and in its accessible name. */
export function reviewBarTexts(doc: PolicyDocument): Shown[] {
  return [
    ...shown('.pk-PolicyReviewBanner-text', [doc.title]),
    ...shown('.pk-PolicyReviewBanner', [doc.title], 'aria-label'),
  ];
}
