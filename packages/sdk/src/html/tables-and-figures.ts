/**
 * What HTML says about tables and figures that Markdown's tree (mdast, which
 * `hast-util-to-mdast` builds) has no place for, read from the page before the
 * conversion and handed to the shared converter (markdown/convert-table.ts):
 *
 * - a table's `<caption>` (taken out of the table, so its words are not also
 *   read as a row) and whether its rows have header cells: every body row
 *   starting with a `th` (`scope="row"`, or a header column) — kept by the
 *   table's source offset, since `toMdast` works on a copy of the tree;
 * - `style="text-align: …"` on a header cell, as the `align` attribute
 *   `hast-util-to-mdast` reads;
 * - a `<figure>` of one image and a `<figcaption>`: the caption becomes the
 *   image's title, which the viewer shows as the image's visible caption.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { TableData } from '../markdown/convert-table';
import { attribute, isElement, lineOfNode, textOf } from './hast-helpers';

/** The rows of a table, in order, without those of tables nested in its cells. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (parent: Element) => {
    for (const child of parent.children) {
      if (!isElement(child) || isElement(child, 'table')) continue;
      if (isElement(child, 'tr')) rows.push(child);
      else if (isElement(child, 'thead', 'tbody', 'tfoot')) visit(child);
    }
  };
  visit(table);
  return rows;
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((child): child is Element => isElement(child, 'th', 'td'));
}

/**
 * Reads every table's caption and row headers (returned by the table's source
 * offset) and every figure's caption, changing the tree as described above.
 */
export function prepareTablesAndFigures(
  root: HastRoot,
  warn: (line: number | undefined, message: string) => void,
): Map<number, TableData> {
  const tables = new Map<number, TableData>();
  const visit = (parent: HastRoot | Element) => {
    for (const child of parent.children as ElementContent[]) {
      if (!isElement(child)) continue;
      if (isElement(child, 'table')) prepareTable(child, tables);
      else if (isElement(child, 'figure')) prepareFigure(child, warn);
      visit(child);
    }
  };
  visit(root);
  return tables;
}

function prepareTable(table: Element, tables: Map<number, TableData>): void {
  const data: TableData = {};
  const caption = table.children.find((node): node is Element => isElement(node, 'caption'));
  if (caption) {
    table.children = table.children.filter((node) => node !== caption);
    const text = textOf(caption);
    if (text !== '') {
      data.caption = text;
      const line = lineOfNode(caption);
      if (line !== undefined) data.captionLine = line;
    }
  }
  const rows = rowsOf(table);
  const hasHead = table.children.some((node) => isElement(node, 'thead'));
  const firstCells = rows.map((row) => cellsOf(row)[0]);
  const isRowHeader = (cell: Element | undefined) =>
    cell !== undefined && isElement(cell, 'th') && attribute(cell, 'scope') !== 'col';
  // A header column and no header row (`<tr><th>Name</th><td>…</td></tr>` in every row):
  // hast-util-to-mdast would read the first row as the columns' headers, as a `th` in
  // it usually means. Those `th` become `td` (the table then has no column headers) and
  // the rows keep their headers as row headers.
  const onlyFirstColumnHeads =
    !hasHead &&
    rows.length > 0 &&
    firstCells.every(isRowHeader) &&
    rows.every((row) =>
      cellsOf(row)
        .slice(1)
        .every((cell) => !isElement(cell, 'th')),
    );
  if (onlyFirstColumnHeads && rows.some((row) => cellsOf(row).length > 1)) {
    for (const cell of firstCells) if (cell) cell.tagName = 'td';
    data.rowHeaders = true;
  } else {
    // The header row is the first (hast-util-to-mdast's rule: a `thead`, or a `th` in it).
    const firstRow = rows[0];
    const headed =
      hasHead ||
      (firstRow !== undefined && cellsOf(firstRow).some((cell) => isElement(cell, 'th')));
    const bodyFirstCells = headed ? firstCells.slice(1) : firstCells;
    if (bodyFirstCells.length > 0 && bodyFirstCells.every(isRowHeader)) data.rowHeaders = true;
  }
  for (const row of rows) {
    for (const cell of cellsOf(row)) {
      const align = /text-align:\s*(left|right|center)/i.exec(attribute(cell, 'style') ?? '')?.[1];
      if (align && cell.properties.align === undefined) cell.properties.align = align.toLowerCase();
    }
  }
  if (table.position) tables.set(table.position.start.offset ?? -1, data);
}

function prepareFigure(
  figure: Element,
  warn: (line: number | undefined, message: string) => void,
): void {
  const figcaption = figure.children.find((node): node is Element => isElement(node, 'figcaption'));
  if (!figcaption) return;
  const images: Element[] = [];
  const collect = (parent: Element) => {
    for (const child of parent.children) {
      if (isElement(child, 'img')) images.push(child);
      else if (isElement(child) && child !== figcaption) collect(child);
    }
  };
  collect(figure);
  const [image] = images;
  // The caption belongs to one image, and only when nothing else in the figure holds text.
  const others = figure.children.filter((node) => node !== figcaption);
  const otherText = others
    .map((node) => textOf(node))
    .join('')
    .trim();
  if (images.length !== 1 || !image || otherText !== '') return;
  const caption = textOf(figcaption);
  if (caption === '') return;
  const title = attribute(image, 'title')?.trim();
  if (title && title !== caption) {
    warn(
      lineOfNode(figcaption),
      `the figure's caption "${caption}" became its image's title, in place of the title "${title}"`,
    );
  }
  image.properties.title = caption;
  figure.children = others;
}
