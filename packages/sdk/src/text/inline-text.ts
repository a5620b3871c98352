import type { Block, Inline, ListItem, Section } from '../document/policy-types';

/**
 * The plain text of an `Inline`: every span's text concatenated, markup dropped,
 * nothing inserted between spans — so an offset in this string is an offset into
 * the spans laid end to end (the viewer relies on that to place `<mark>`s). A line
 * break is one `\n`, so the words on either side stay apart.
 *
 * @example
 * inlineText(['Read ', { type: 'strong', text: 'this' }, '.']); // 'Read this.'
 */
export function inlineText(inline: Inline): string {
  if (typeof inline === 'string') return inline;
  let text = '';
  for (const span of inline) {
    text += typeof span === 'string' ? span : span.type === 'break' ? '\n' : span.text;
  }
  return text;
}

/**
 * The plain text of a list item or table cell: its inline text, or its blocks' texts one per
 * line (`blockText`).
 *
 * @example
 * itemText({ blocks: [{ type: 'paragraph', text: 'Usage' }, { type: 'list', items: ['Pages'] }] });
 * // 'Usage\nPages'
 */
export function itemText(item: ListItem): string {
  return isRichContent(item) ? joinLines(item.blocks.map(blockText)) : inlineText(item);
}

/**
 * Whether a list item or table cell holds blocks rather than text.
 *
 * @example
 * isRichContent({ blocks: [] }); // true
 * isRichContent(['text']); // false
 */
export function isRichContent(item: ListItem): item is { blocks: Block[] } {
  return typeof item === 'object' && !Array.isArray(item);
}

/**
 * The plain text of one block, its parts joined by newlines: a list's title and
 * items, a callout's title and nested blocks, a contact's fields in reading order,
 * a table's caption, column titles and then its cells row by row, an image's text
 * alternative and title.
 *
 * @example
 * blockText({ type: 'list', title: 'We collect', items: ['Name', 'Email'] });
 * // 'We collect\nName\nEmail'
 */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.text);
    case 'list':
      return joinLines([block.title, ...block.items.map(itemText)]);
    case 'callout':
      return joinLines([block.title, ...block.blocks.map(blockText)]);
    case 'contact':
      return contactText(block);
    case 'table':
      return joinLines([
        block.caption,
        ...block.columns.map((column) => inlineText(column.title)),
        ...block.rows.flatMap((row) => row.map(itemText)),
      ]);
    case 'image':
      return joinLines([block.alt, block.title]);
    default:
      // A block type from a newer schema that this kit cannot read has no text here.
      block satisfies never;
      return '';
  }
}

/**
 * A contact block's (or a document's `contact`'s) fields as one line each, in
 * the order a reader sees them: title, e-mail, phone, address, URL.
 *
 * @example
 * contactText({ title: 'DPO', email: 'dpo@example.com' }); // 'DPO\ndpo@example.com'
 */
export function contactText(contact: {
  title?: string;
  email?: string;
  phone?: string;
  address?: string;
  url?: string;
}): string {
  return joinLines([contact.title, contact.email, contact.phone, contact.address, contact.url]);
}

/**
 * The plain text of a section: title, summary and blocks, and — unless
 * `deep: false` — its nested sections after them, in document order.
 *
 * @example
 * sectionText({ id: 'a', title: 'Cookies', blocks: [{ type: 'paragraph', text: 'We use them.' }] });
 * // 'Cookies\nWe use them.'
 */
export function sectionText(section: Section, options: { deep?: boolean } = {}): string {
  const parts: (string | undefined)[] = [section.title, section.summary];
  for (const block of section.blocks) parts.push(blockText(block));
  if (options.deep !== false) {
    for (const child of section.sections ?? []) parts.push(sectionText(child, options));
  }
  return joinLines(parts);
}

function joinLines(parts: readonly (string | undefined)[]): string {
  let text = '';
  for (const part of parts) {
    if (!part) continue;
    text = text ? `${text}\n${part}` : part;
  }
  return text;
}
