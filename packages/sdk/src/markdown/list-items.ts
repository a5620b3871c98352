/**
 * List items: a Markdown list item becomes one item of the format's list —
 * plain text when it is one paragraph (the common case), else a rich item
 * `{ blocks }` holding its paragraphs, nested lists, tables, quotes… converted
 * like a section's blocks ({@link convertListItem}).
 *
 * Blocks nest at most `LIMITS.maxBlockDepth` levels (a list directly in a section
 * is level 1, the blocks of its items level 2…). An item whose blocks would go
 * deeper is flattened into its list instead, its words kept, with a warning
 * ({@link flattenListItem}): its paragraphs joined by line breaks, the items of
 * lists nested in it following it, a table's rows as `Header: value; …` items.
 */
import type { BlockContent, DefinitionContent, ListItem, RootContent, Table } from 'mdast';
import { LIMITS } from '../document/policy-schema';
import type { Inline, InlineSpan, ListItem as PolicyListItem } from '../document/policy-types';
import { isEmptyAnchorHtml } from './anchors';
import { convertBlocks } from './convert-blocks';
import { lineOf, type ConvertContext } from './convert-context';
import { convertInline, convertPlainText, shorten } from './convert-inline';

/** Inline texts joined by `separator` (a string, or a line break), strings merged. */
export function joinInlines(parts: Inline[], separator: string | InlineSpan): Inline {
  const spans: InlineSpan[] = [];
  const push = (span: InlineSpan) => {
    if (span === '') return;
    const last = spans[spans.length - 1];
    if (typeof span === 'string' && typeof last === 'string') spans[spans.length - 1] = last + span;
    else spans.push(span);
  };
  parts.forEach((part, index) => {
    if (index > 0) push(separator);
    if (typeof part === 'string') push(part);
    else for (const span of part) push(span);
  });
  if (spans.length === 0) return '';
  if (spans.length === 1 && typeof spans[0] === 'string') return spans[0];
  return spans;
}

export function isEmptyInline(inline: Inline): boolean {
  return typeof inline === 'string' ? inline.trim() === '' : inline.length === 0;
}

/**
 * One Markdown list item as one item of `items`: its text when it converts to a
 * single paragraph, else `{ blocks }` — or, past `LIMITS.maxBlockDepth`, flattened
 * ({@link flattenListItem}). An item that holds nothing is dropped with a warning.
 *
 * @param listPath the list's path, e.g. `sections[0].blocks[1]`
 */
export function convertListItem(
  item: ListItem,
  items: PolicyListItem[],
  listPath: string,
  ctx: ConvertContext,
): void {
  const line = lineOf(item);
  const itemPath = `${listPath}.items[${items.length}]`;
  if (item.children.length === 0) {
    ctx.warnings.add(line, itemPath, 'an empty list item was dropped');
    return;
  }
  const [only] = item.children;
  if (item.children.length === 1 && only?.type === 'paragraph') {
    const text = convertInline(only.children, itemPath, ctx);
    // Only an anchor, kramdown attributes or an image without alt text: each reported already.
    if (isEmptyInline(text)) return;
    items.push(text);
    ctx.lines.markKey(items, items.length - 1, line);
    return;
  }
  // The item's blocks would sit one level below its list's.
  if (ctx.blockDepth + 1 > LIMITS.maxBlockDepth) {
    flattenListItem(item, items, listPath, ctx);
    return;
  }
  const blocks = convertBlocks(item.children, `${itemPath}.blocks`, ctx);
  const [first] = blocks;
  if (blocks.length === 0) {
    // What the item held showed no text (a rule, an empty anchor): reported by convertBlocks.
    return;
  }
  if (blocks.length === 1 && first?.type === 'paragraph') {
    items.push(first.text);
    ctx.lines.markKey(items, items.length - 1, line);
    return;
  }
  items.push(ctx.lines.mark({ blocks }, line));
}

/**
 * A GFM table as list items, for a table nested deeper than a table block may
 * stand: one item per body row, `Header: value` per non-empty cell joined by `; `
 * (the header row alone, when there are no body rows).
 */
export function tableAsItems(node: Table, listPath: string, ctx: ConvertContext): Inline[] {
  const [head, ...body] = node.children;
  if (!head) return [];
  const path = `${listPath}.items`;
  const headers = head.children.map((cell, index) =>
    convertPlainText(cell.children, path, ctx, `table header (column ${index + 1})`).trim(),
  );
  const items: Inline[] = [];
  if (body.length === 0) {
    const text = headers.filter((header) => header !== '').join('; ');
    if (text !== '') items.push(text);
  }
  for (const row of body) {
    const parts: Inline[] = [];
    row.children.forEach((cell, index) => {
      const value = convertInline(cell.children, path, ctx);
      if (isEmptyInline(value)) return;
      const header = headers[index] ?? '';
      parts.push(header === '' ? value : joinInlines([`${header}: `, value], ''));
    });
    if (parts.length === 0) continue;
    items.push(joinInlines(parts, '; '));
    ctx.lines.markKey(items, items.length - 1, lineOf(row));
  }
  ctx.warnings.add(
    lineOf(node),
    listPath,
    `a table (${headers.length} columns, ${body.length} rows) nested more than ${LIMITS.maxBlockDepth} blocks deep became "Header: value; …" items of the list around it`,
  );
  return items;
}

/**
 * One list item as items of the flat list, for an item nested too deep to hold
 * blocks: its own text (paragraphs joined by line breaks) and then the items of
 * any list nested in it, recursively — every word kept, each change reported.
 */
export function flattenListItem(
  item: ListItem,
  items: PolicyListItem[],
  listPath: string,
  ctx: ConvertContext,
): void {
  const line = lineOf(item);
  let parts: Inline[] = [];
  let paragraphs = 0;
  let secondLine: number | undefined;
  const flush = () => {
    const kept = parts.filter((part) => !isEmptyInline(part));
    if (kept.length > 0) {
      if (kept.length > 1 || paragraphs > 1) {
        ctx.warnings.add(
          secondLine ?? line,
          `${listPath}.items[${items.length}]`,
          `a list item with several paragraphs or blocks, nested more than ${LIMITS.maxBlockDepth} blocks deep: joined into one item with line breaks`,
        );
      }
      items.push(joinInlines(kept, { type: 'break' }));
      ctx.lines.markKey(items, items.length - 1, line);
    }
    parts = [];
    paragraphs = 0;
    secondLine = undefined;
  };
  const itemPath = () => `${listPath}.items[${items.length}]`;

  const visit = (child: RootContent | BlockContent | DefinitionContent): void => {
    if (parts.length === 1 && secondLine === undefined) secondLine = lineOf(child);
    switch (child.type) {
      case 'paragraph':
        paragraphs += 1;
        parts.push(convertInline(child.children, itemPath(), ctx));
        return;
      case 'list':
        flush();
        ctx.warnings.add(
          lineOf(child),
          itemPath(),
          `a list nested more than ${LIMITS.maxBlockDepth} blocks deep was flattened into its parent list, its text kept`,
        );
        for (const nested of child.children) flattenListItem(nested, items, listPath, ctx);
        return;
      case 'heading':
        ctx.warnings.add(lineOf(child), itemPath(), 'a heading inside a list item became text');
        parts.push(convertPlainText(child.children, itemPath(), ctx, 'heading'));
        return;
      case 'html':
        if (isEmptyAnchorHtml(child.value)) {
          ctx.warnings.add(
            lineOf(child),
            itemPath(),
            `the HTML anchor ${shorten(child.value)} was removed`,
          );
          return;
        }
        ctx.warnings.add(
          lineOf(child),
          itemPath(),
          `raw HTML ${shorten(child.value)} is kept as literal text (HTML is never interpreted)`,
        );
        parts.push(child.value);
        return;
      case 'code':
        ctx.warnings.add(
          lineOf(child),
          itemPath(),
          'a code block inside a list item is kept as plain text',
        );
        parts.push(child.value);
        return;
      case 'blockquote':
        ctx.warnings.add(
          lineOf(child),
          itemPath(),
          'a quote inside a list item became part of its text',
        );
        for (const inner of child.children) visit(inner);
        return;
      case 'table':
        flush();
        for (const row of tableAsItems(child, listPath, ctx)) items.push(row);
        return;
      case 'thematicBreak':
        ctx.warnings.add(
          lineOf(child),
          itemPath(),
          'a horizontal rule inside a list item was dropped',
        );
        return;
      case 'definition':
        return;
      default:
        ctx.warnings.add(
          lineOf(child),
          itemPath(),
          `unsupported Markdown in a list item (${child.type}): kept as text`,
        );
        if ('value' in child && typeof child.value === 'string') parts.push(child.value);
    }
  };
  if (item.children.length === 0) {
    ctx.warnings.add(line, itemPath(), 'an empty list item was dropped');
    return;
  }
  for (const child of item.children) visit(child);
  flush();
}
