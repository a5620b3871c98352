import type { TableBlock, TableCell } from '@policykit/sdk';
import { findMatches, inlineText, isRichContent } from '@policykit/sdk/text';
import type { ReactNode } from 'react';
import { blockId } from '../state/element-ids';
import { markQuery, wholeBlockMarks, type BlockMarks, type RenderBlocks } from './block-marks';
import { inlineNodes } from './inline-nodes';
import type { RenderEnv } from './render-env';

/**
 * A table as the HTML table it is: `<caption>`, a header row of `<th scope="col">`, and with
 * `rowHeaders` each row's first cell a `<th scope="row">` — so a screen reader announces a
 * cell with its column (and row) header. It sits in a scroll region that is named (by the
 * caption, or "Table") and focusable, so a wide cookie table on a 390 px phone scrolls
 * sideways under a keyboard as under a finger, instead of squeezing its words to one per line
 * (the pattern GOV.UK and Adrian Roselli's accessible tables use). A matching table highlights
 * the query's terms in every cell, like a callout.
 *
 * @selector .pk-PolicyViewer-table — the scroll region
 * @selector .pk-PolicyViewer-table td[data-align="start" | "center" | "end"]
 */
export function tableBlock(
  block: TableBlock,
  path: string,
  marks: BlockMarks,
  env: RenderEnv,
  renderBlocks: RenderBlocks,
): ReactNode {
  const captionId = blockId(env.idPrefix, env.sectionId, path);
  const inner = wholeBlockMarks(marks);
  const cellContent = (cell: TableCell, cellPath: string): ReactNode =>
    isRichContent(cell)
      ? renderBlocks(cell.blocks, cellPath, inner)
      : inlineNodes(
          cell,
          inner ? findMatches(inlineText(cell), inner.query) : undefined,
          env.labels.opensInNewTab,
          env.labels.lang,
        );
  const align = (column: number) => block.columns[column]?.align;
  return (
    <div
      key={path}
      className="pk-PolicyViewer-table"
      role="region"
      aria-labelledby={block.caption ? captionId : undefined}
      aria-label={block.caption ? undefined : env.labels.table}
      // Focusable so the keyboard can scroll a table wider than the screen (WCAG 2.1.1).
      tabIndex={0}
    >
      <table>
        {block.caption && (
          <caption id={captionId} className="pk-PolicyViewer-tableCaption">
            {markQuery(block.caption, inner)}
          </caption>
        )}
        <thead>
          <tr>
            {block.columns.map((column, index) => (
              <th key={index} scope="col" data-align={column.align}>
                {inlineNodes(
                  column.title,
                  inner ? findMatches(inlineText(column.title), inner.query) : undefined,
                  env.labels.opensInNewTab,
                  env.labels.lang,
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, column) => {
                const content = cellContent(cell, `${path}-${rowIndex}-${column}`);
                return column === 0 && block.rowHeaders ? (
                  <th key={column} scope="row" data-align={align(column)}>
                    {content}
                  </th>
                ) : (
                  <td key={column} data-align={align(column)}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
