/**
 * Real-document constructs the format has no block for yet, converted the best
 * way the current model allows, without losing a word, each with a warning:
 *
 * - a table becomes a list of `Header: value; …` items ({@link tableAsList});
 * - a nested list, or a list item with several paragraphs, is flattened into
 *   its parent list with its text kept ({@link flattenListItem});
 * - an image becomes its alt text (`imageText` in convert-inline.ts).
 *
 * When the format gains table blocks, rich list items (`{ blocks }`) and image
 * blocks, each function here is replaced by one that builds the real block;
 * the callers in convert-blocks.ts stay as they are.
 */
import type { BlockContent, DefinitionContent, ListItem, RootContent, Table } from 'mdast';
import type {
  Inline,
  InlineSpan,
  ListBlock,
  ListItem as PolicyListItem,
} from '../document/policy-types';
import { isEmptyAnchorHtml } from './anchors';
import { lineOf, type ConvertContext } from './convert-context';
import { convertInline, convertPlainText, shorten } from './convert-inline';

/** Inline texts joined by `separator`, strings merged. */
export function joinInlines(parts: Inline[], separator: string): Inline {
  const spans: InlineSpan[] = [];
  const pushText = (text: string) => {
    if (text === '') return;
    const last = spans[spans.length - 1];
    if (typeof last === 'string') spans[spans.length - 1] = last + text;
    else spans.push(text);
  };
  parts.forEach((part, index) => {
    if (index > 0) pushText(separator);
    if (typeof part === 'string') pushText(part);
    else {
      for (const span of part) {
        if (typeof span === 'string') pushText(span);
        else spans.push(span);
      }
    }
  });
  if (spans.length === 0) return '';
  if (spans.length === 1 && typeof spans[0] === 'string') return spans[0];
  return spans;
}

function isEmptyInline(inline: Inline): boolean {
  return typeof inline === 'string' ? inline.trim() === '' : inline.length === 0;
}

/**
 * A GFM table as a list: one item per body row, `Header: value` per non-empty
 * cell joined by `; ` (the header row alone, when there are no body rows).
 * Later phase: return a `table` block here instead.
 */
export function tableAsList(node: Table, path: string, ctx: ConvertContext): ListBlock | undefined {
  const [head, ...body] = node.children;
  if (!head) return undefined;
  const headers = head.children.map((cell, index) =>
    convertPlainText(
      cell.children,
      `${path}.items[0]`,
      ctx,
      `table header (column ${index + 1})`,
    ).trim(),
  );
  const items: Inline[] = [];
  const line = lineOf(node);
  if (body.length === 0) {
    const text = headers.filter((header) => header !== '').join('; ');
    if (text !== '') items.push(text);
  }
  for (const row of body) {
    const itemPath = `${path}.items[${items.length}]`;
    const parts: Inline[] = [];
    row.children.forEach((cell, index) => {
      const value = convertInline(cell.children, itemPath, ctx);
      if (isEmptyInline(value)) return;
      const header = headers[index] ?? '';
      parts.push(header === '' ? value : joinInlines([`${header}: `, value], ''));
    });
    if (parts.length === 0) continue;
    items.push(joinInlines(parts, '; '));
    ctx.lines.markKey(items, items.length - 1, lineOf(row));
  }
  ctx.warnings.add(
    line,
    path,
    `a table (${headers.length} columns, ${body.length} rows) became a list of "Header: value; …" items: the format has no tables yet`,
  );
  if (items.length === 0) return undefined;
  const list: ListBlock = { type: 'list', items };
  ctx.lines.mark(items, line);
  return ctx.lines.mark(list, line);
}

/**
 * One list item as items of the flat list: its own text (paragraphs joined by
 * line breaks) and then the items of any list nested in it, recursively. Later
 * phase: return one rich item `{ blocks }` here instead.
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
          'a list item with several paragraphs or blocks: joined into one item with line breaks (the format has no rich list items yet)',
        );
      }
      items.push(joinInlines(kept, '\n'));
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
          'a nested list was flattened into its parent list, its text kept (the format has no nested lists yet)',
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
      case 'table': {
        flush();
        const list = tableAsList(child, listPath, ctx);
        if (list) for (const row of list.items) items.push(row);
        return;
      }
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
