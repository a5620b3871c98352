/**
 * Tables: a GFM pipe table, or an HTML `<table>` (which html/import-html.ts
 * hands over as the same mdast `table`), becomes a `table` block:
 *
 * - the head row gives the columns' titles, and GFM's `:--` / `:-:` / `--:` (or
 *   HTML's `align`) their alignment: left is `start`, right `end` in the
 *   left-to-right scripts policies are written in here;
 * - each body row gives one row, padded with empty cells to one cell per column
 *   (a screen reader pairs every cell with its column's header);
 * - a cell is inline text (`<br>` inside it a `break` span) or, when it holds
 *   paragraphs, lists or other blocks (HTML cells do), a rich cell `{ blocks }`;
 * - HTML only: the `<caption>` and row headers (`th` first in every body row),
 *   passed in the node's `data` ({@link TableData}).
 *
 * The format's limits keep every word: a table over `LIMITS.maxTableRows` rows
 * is split into tables of at most that many, each with the header row; columns
 * past `LIMITS.maxTableColumns` are joined, `Header: value; …`, into the last
 * column kept; a cell whose blocks would nest deeper than `LIMITS.maxBlockDepth`
 * becomes text with line breaks. Each of these is reported with its line.
 */
import type { AlignType, PhrasingContent, RootContent, Table, TableCell as MdastCell } from 'mdast';
import { LIMITS } from '../document/policy-schema';
import type {
  Block,
  ColumnAlign,
  Inline,
  TableBlock,
  TableCell,
  TableColumn,
} from '../document/policy-types';
import { convertBlocks } from './convert-blocks';
import { lineOf, type ConvertContext } from './convert-context';
import { convertInline, shorten } from './convert-inline';
import { isEmptyInline, joinInlines } from './list-items';

/** What the HTML importer learns of a table beyond mdast's: `table.data`. */
export interface TableData {
  /** The text of its `<caption>`. */
  caption?: string;
  /** The line of its `<caption>`. */
  captionLine?: number;
  /** Every body row starts with a `th` (`scope="row"` or a header column). */
  rowHeaders?: boolean;
}

const ALIGN: Record<NonNullable<AlignType>, ColumnAlign> = {
  left: 'start',
  center: 'center',
  right: 'end',
};

/** mdast's phrasing node types: what a cell holds when it holds only text. */
const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'html',
  'footnoteReference',
]);

/**
 * A table as blocks: one `table` block, or several when it has more rows than a
 * table may hold; a caption too long for one goes before it as a paragraph.
 *
 * @param at the path of the next block of the enclosing list, e.g. `sections[0].blocks[3]`
 *   (it moves on as the caller adds the blocks returned)
 */
export function convertTable(node: Table, at: () => string, ctx: ConvertContext): Block[] {
  const line = lineOf(node);
  const data = (node.data ?? {}) as TableData;
  let [head, ...body] = node.children;
  // A table without header cells (HTML of `td` only: hast-util-to-mdast gives it an empty head
  // row, as GFM's `|  |  |` does) whose first row is all bold is headed by that row, as it reads.
  const [firstRow] = body;
  if (head && firstRow && head.children.every(isBlankCell) && firstRow.children.every(isBoldCell)) {
    ctx.warnings.add(
      lineOf(firstRow),
      at(),
      'a table without header cells: its first row, all bold, was read as its header row',
    );
    [head, ...body] = body;
  }
  const width = Math.max(0, ...node.children.map((row) => row.children.length));
  if (!head || width === 0) {
    ctx.warnings.add(line, at(), 'an empty table (no cells) was dropped');
    return [];
  }
  const blocks: Block[] = [];
  let caption = data.caption?.replace(/\s+/g, ' ').trim() || undefined;
  if (caption !== undefined && caption.length > LIMITS.maxTitleLength) {
    ctx.warnings.add(
      data.captionLine ?? line,
      at(),
      `the table caption "${shorten(caption)}" is longer than the ${LIMITS.maxTitleLength} characters a caption may hold: it became a paragraph before the table`,
    );
    blocks.push(ctx.lines.mark({ type: 'paragraph', text: caption }, data.captionLine ?? line));
    caption = undefined;
  }

  const tablePath = at();
  // Past the column limit, the last column kept holds the rest as "Header: value; …".
  const kept = Math.min(width, LIMITS.maxTableColumns);
  const joined = width > kept;
  if (joined) {
    ctx.warnings.add(
      line,
      tablePath,
      `a table of ${width} columns: columns ${kept} to ${width} were joined into column ${kept} as "Header: value; …" (a table holds at most ${LIMITS.maxTableColumns} columns)`,
    );
  }
  const titles = Array.from({ length: width }, (_, index) => {
    const cell = head.children[index];
    return cell ? cellText(cell, `${tablePath}.columns[${index}].title`, ctx) : '';
  });
  const columns: TableColumn[] = titles.slice(0, kept).map((title, index) => {
    const align = node.align?.[index];
    return {
      title: joined && index === kept - 1 ? joinInlines(titles.slice(index), ' / ') : title,
      ...(align ? { align: ALIGN[align] } : {}),
    };
  });

  const rows: TableCell[][] = [];
  for (const row of body) {
    const rowPath = `${tablePath}.rows[${rows.length}]`;
    const cells: TableCell[] = [];
    for (let index = 0; index < kept - (joined ? 1 : 0); index++) {
      const cell = row.children[index];
      cells.push(cell ? convertCell(cell, `${rowPath}[${index}]`, ctx) : '');
    }
    if (joined) {
      const parts: Inline[] = [];
      for (let index = kept - 1; index < width; index++) {
        const cell = row.children[index];
        if (!cell) continue;
        const value = cellText(cell, `${rowPath}[${kept - 1}]`, ctx);
        if (isEmptyInline(value)) continue;
        const title = titles[index] ?? '';
        parts.push(isEmptyInline(title) ? value : joinInlines([title, ': ', value], ''));
      }
      cells.push(joinInlines(parts, '; '));
    }
    ctx.lines.mark(cells, lineOf(row));
    rows.push(cells);
  }

  const chunks = Math.max(1, Math.ceil(rows.length / LIMITS.maxTableRows));
  if (chunks > 1) {
    ctx.warnings.add(
      line,
      tablePath,
      `a table of ${rows.length} rows was split into ${chunks} tables, each with the header row (a table holds at most ${LIMITS.maxTableRows} rows)`,
    );
  }
  for (let chunk = 0; chunk < chunks; chunk++) {
    const part = rows.slice(chunk * LIMITS.maxTableRows, (chunk + 1) * LIMITS.maxTableRows);
    const table: TableBlock = {
      type: 'table',
      ...(caption !== undefined && chunk === 0 ? { caption } : {}),
      columns: chunk === 0 ? columns : columns.map((column) => ({ ...column })),
      rows: part,
      ...(data.rowHeaders ? { rowHeaders: true } : {}),
    };
    ctx.lines.mark(table.rows, line);
    blocks.push(
      ctx.lines.mark(table, chunk === 0 ? line : lineOf(body[chunk * LIMITS.maxTableRows]!)),
    );
  }
  return blocks;
}

/**
 * A cell: its inline text, or `{ blocks }` when it holds blocks (an HTML cell
 * with paragraphs or a list). A cell whose blocks convert to one paragraph is
 * that paragraph's text; one whose blocks would nest too deep is text.
 */
function convertCell(cell: MdastCell, path: string, ctx: ConvertContext): TableCell {
  const children = cell.children as RootContent[];
  if (children.every((child) => PHRASING.has(child.type))) {
    return convertInline(children as PhrasingContent[], path, ctx);
  }
  // The cell's blocks would sit one level below the table's.
  if (ctx.blockDepth + 1 > LIMITS.maxBlockDepth) {
    ctx.warnings.add(
      lineOf(cell),
      path,
      `a table cell holding blocks, nested more than ${LIMITS.maxBlockDepth} blocks deep: its blocks became text with line breaks`,
    );
    return cellText(cell, path, ctx);
  }
  const blocks = convertBlocks(asFlow(children), `${path}.blocks`, ctx);
  const [first] = blocks;
  if (blocks.length === 0) return '';
  if (blocks.length === 1 && first?.type === 'paragraph') return first.text;
  return ctx.lines.mark({ blocks }, lineOf(cell));
}

/**
 * A cell as inline text whatever it holds (a column title, a joined column, a
 * cell too deep for blocks): its paragraphs and list items joined by line breaks.
 * Any change beyond that (a list's bullets) is reported.
 */
function cellText(cell: MdastCell, path: string, ctx: ConvertContext): Inline {
  const parts: Inline[] = [];
  let phrasing: PhrasingContent[] = [];
  let changed = false;
  const flush = () => {
    if (phrasing.length > 0) parts.push(convertInline(phrasing, path, ctx));
    phrasing = [];
  };
  const visit = (node: RootContent): void => {
    if (PHRASING.has(node.type)) {
      phrasing.push(node as PhrasingContent);
      return;
    }
    flush();
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      if (node.type === 'heading') changed = true;
      parts.push(convertInline(node.children, path, ctx));
    } else if ('children' in node) {
      if (node.type !== 'listItem') changed = true;
      for (const child of node.children as RootContent[]) visit(child);
      flush();
    } else if ('value' in node && typeof node.value === 'string') {
      changed = true;
      parts.push(node.value);
    }
  };
  for (const child of cell.children as RootContent[]) visit(child);
  flush();
  if (changed) {
    ctx.warnings.add(
      lineOf(cell),
      path,
      'a table cell or header holding lists, headings or other blocks became text with line breaks',
    );
  }
  return joinInlines(
    parts.filter((part) => !isEmptyInline(part)),
    { type: 'break' },
  );
}

function isBlankCell(cell: MdastCell): boolean {
  return cell.children.every((child) => child.type === 'text' && child.value.trim() === '');
}

/** A cell of bold text only (white space aside), inside a paragraph or not. */
function isBoldCell(cell: MdastCell): boolean {
  const nodes = (cell.children as RootContent[]).flatMap((child) =>
    child.type === 'paragraph' ? child.children : [child],
  );
  const meaningful = nodes.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return meaningful.length > 0 && meaningful.every((child) => child.type === 'strong');
}

/** A cell's children as blocks: each run of text between blocks becomes a paragraph. */
function asFlow(children: RootContent[]): RootContent[] {
  const flow: RootContent[] = [];
  let phrasing: PhrasingContent[] = [];
  const flush = () => {
    const blank = phrasing.every((node) => node.type === 'text' && node.value.trim() === '');
    if (!blank) {
      const first = phrasing[0]!;
      const last = phrasing[phrasing.length - 1]!;
      flow.push({
        type: 'paragraph',
        children: phrasing,
        ...(first.position && last.position
          ? { position: { start: first.position.start, end: last.position.end } }
          : {}),
      });
    }
    phrasing = [];
  };
  for (const child of children) {
    if (PHRASING.has(child.type)) phrasing.push(child as PhrasingContent);
    else {
      flush();
      flow.push(child);
    }
  }
  flush();
  return flow;
}
