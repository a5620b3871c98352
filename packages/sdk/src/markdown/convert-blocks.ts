import type { BlockContent, Code, DefinitionContent, List, Paragraph, RootContent } from 'mdast';
import { LIMITS } from '../document/policy-schema';
import type { Block, ListBlock, ListItem } from '../document/policy-types';
import { isEmptyAnchorHtml } from './anchors';
import { convertCallout } from './callouts';
import { convertContactBlock } from './contact-block';
import { lineOf, type ConvertContext } from './convert-context';
import { convertInline, convertPlainText, shorten } from './convert-inline';
import { convertTable } from './convert-table';
import { convertImage, imagesOnly } from './images';
import { convertListItem } from './list-items';
import { isPlainLine, splitLastLine } from './list-titles';

/**
 * Converts the Markdown blocks of one section (or callout, list item, table
 * cell) to the format's blocks: paragraphs, `-` / `1.` lists (items with several
 * blocks or nested lists as rich items, list-items.ts), GFM tables (convert-table.ts),
 * images standing on their own (images.ts), blockquotes (callouts), ```` ```contact ````
 * fences. What the format has no block for is converted with a warning, never
 * dropped silently: raw HTML and code blocks become literal-text paragraphs,
 * headings inside quotes and lists bold paragraphs; a horizontal rule is dropped
 * (it holds no words).
 *
 * The blocks are one level deeper than those around the call (`ctx.blockDepth`,
 * which list items and table cells read to stay within `LIMITS.maxBlockDepth`).
 *
 * @param path where the blocks go in the document, e.g. `sections[1].blocks`
 * @param calloutDepth how many callouts enclose these blocks
 */
export function convertBlocks(
  nodes: (RootContent | BlockContent | DefinitionContent)[],
  path: string,
  ctx: ConvertContext,
  calloutDepth = 0,
): Block[] {
  ctx.blockDepth += 1;
  try {
    return convertBlocksAt(nodes, path, ctx, calloutDepth);
  } finally {
    ctx.blockDepth -= 1;
  }
}

function convertBlocksAt(
  nodes: (RootContent | BlockContent | DefinitionContent)[],
  path: string,
  ctx: ConvertContext,
  calloutDepth: number,
): Block[] {
  const blocks: Block[] = [];
  const content = nodes.filter((node) => node.type !== 'definition');
  const at = () => `${path}[${blocks.length}]`;
  const pushParagraph = (node: Paragraph) => {
    const images = imagesOnly(node);
    if (images) {
      for (const image of images) {
        const block = convertImage(image, at(), ctx);
        if (block) blocks.push(block);
      }
      return;
    }
    const block = paragraph(node, at(), ctx);
    if (block) blocks.push(block);
  };

  for (let i = 0; i < content.length; i++) {
    const node = content[i]!;
    const next = content[i + 1];
    switch (node.type) {
      case 'paragraph': {
        if (next?.type === 'list') {
          const titled = takeListTitle(node, at, ctx);
          if (titled) {
            if (titled.paragraph) pushParagraph(titled.paragraph);
            blocks.push(convertList(next, at(), ctx, titled.title));
            i += 1;
            break;
          }
        }
        pushParagraph(node);
        break;
      }
      case 'list':
        blocks.push(convertList(node, at(), ctx));
        break;
      case 'blockquote':
        for (const block of convertCallout(node, at(), ctx, calloutDepth, convertBlocks)) {
          blocks.push(block);
        }
        break;
      case 'code': {
        if (node.lang === 'contact') {
          const contact = convertContactBlock(node, at(), ctx);
          if (contact) blocks.push(contact);
        } else {
          blocks.push(codeAsText(node, at(), ctx));
        }
        break;
      }
      case 'html': {
        const line = lineOf(node);
        if (isEmptyAnchorHtml(node.value) || /^<br\s*\/?>$/i.test(node.value.trim())) {
          ctx.warnings.add(
            line,
            at(),
            `the HTML ${shorten(node.value)} was removed (it shows no text)`,
          );
          break;
        }
        // Raw HTML is text: shown as written, never rendered, never dropped.
        ctx.warnings.add(
          line,
          at(),
          `raw HTML ${shorten(node.value)} is kept as literal text (HTML is never interpreted)`,
        );
        blocks.push(ctx.lines.mark({ type: 'paragraph', text: node.value }, line));
        break;
      }
      case 'heading': {
        const text = convertPlainText(node.children, at(), ctx, 'heading').trim();
        ctx.warnings.add(
          lineOf(node),
          at(),
          'a heading inside a quote or list cannot start a section: it became a bold paragraph',
        );
        if (text !== '') {
          blocks.push(
            ctx.lines.mark({ type: 'paragraph', text: [{ type: 'strong', text }] }, lineOf(node)),
          );
        }
        break;
      }
      case 'table':
        for (const block of convertTable(node, at, ctx)) blocks.push(block);
        break;
      case 'thematicBreak':
        ctx.warnings.add(lineOf(node), at(), 'a horizontal rule (---, ***) was dropped');
        break;
      default:
        ctx.warnings.add(lineOf(node), at(), `unsupported Markdown (${node.type}): kept as text`);
        if ('value' in node && typeof node.value === 'string') {
          blocks.push(ctx.lines.mark({ type: 'paragraph', text: node.value }, lineOf(node)));
        }
    }
  }
  return blocks;
}

function paragraph(node: Paragraph, path: string, ctx: ConvertContext): Block | undefined {
  const text = convertInline(node.children, `${path}.text`, ctx);
  // Only an anchor, an image without alt text or kramdown attributes: each reported already.
  if (typeof text === 'string' ? text.trim() === '' : text.length === 0) return undefined;
  const block: Block = { type: 'paragraph', text };
  return ctx.lines.mark(block, lineOf(node));
}

function codeAsText(node: Code, path: string, ctx: ConvertContext): Block {
  ctx.warnings.add(
    lineOf(node),
    path,
    node.lang
      ? `a code block (\`\`\`${node.lang}) is kept as a paragraph of plain text; the only fenced block is \`\`\`contact`
      : 'a code block (a fence, or text indented by 4 or more spaces) is kept as a paragraph of plain text',
  );
  return ctx.lines.mark({ type: 'paragraph', text: node.value } as Block, lineOf(node));
}

/**
 * "A line ending in `:` directly above a list becomes that list's title":
 * returns the title and what remains of the paragraph, or `undefined` when
 * the last line does not qualify (no colon, or it holds a link, which a
 * title — plain text — could not keep).
 */
function takeListTitle(
  node: Paragraph,
  at: () => string,
  ctx: ConvertContext,
): { title: string; paragraph?: Paragraph } | undefined {
  const { before, last } = splitLastLine(node);
  if (!isPlainLine(last)) return undefined;
  const text = convertPlainText(last, `${at()}.title`, ctx, 'list title').trim();
  if (!text.endsWith(':')) return undefined;
  const title = text.replace(/\s*:$/, '');
  // A whole sentence too long to be a title stays the paragraph it is.
  if (title === '' || title.length > LIMITS.maxTitleLength) return undefined;
  return before.length > 0 ? { title, paragraph: { ...node, children: before } } : { title };
}

function convertList(node: List, path: string, ctx: ConvertContext, title?: string): ListBlock {
  const start = node.start ?? 1;
  if (node.ordered && start !== 1) {
    ctx.warnings.add(
      lineOf(node),
      path,
      `an ordered list starting at ${start} is numbered from 1 (the format numbers lists itself)`,
    );
  }
  const items: ListItem[] = [];
  for (const item of node.children) convertListItem(item, items, path, ctx);
  const list: ListBlock = {
    type: 'list',
    ...(node.ordered ? { ordered: true } : {}),
    ...(title !== undefined ? { title } : {}),
    items,
  };
  ctx.lines.mark(items, lineOf(node));
  return ctx.lines.mark(list, lineOf(node));
}
