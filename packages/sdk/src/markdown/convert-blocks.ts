import type { BlockContent, Code, DefinitionContent, List, Paragraph, RootContent } from 'mdast';
import { LIMITS } from '../document/policy-schema';
import type { Block, Inline, ListBlock } from '../document/policy-types';
import { convertCallout } from './callouts';
import { convertContactBlock } from './contact-block';
import { lineOf, type ConvertContext } from './convert-context';
import { convertInline, convertPlainText } from './convert-inline';
import { isPlainLine, splitLastLine } from './list-titles';

/**
 * Converts the Markdown blocks of one section (or callout) to the format's
 * blocks: paragraphs, `-` / `1.` lists, blockquotes (callouts), ```` ```contact ````
 * fences and raw HTML (kept as a literal-text paragraph). Everything else the
 * format cannot hold — code blocks, tables, rules, headings inside quotes,
 * nested lists — is reported with its line, never dropped.
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
  const blocks: Block[] = [];
  const content = nodes.filter((node) => node.type !== 'definition');
  const at = () => `${path}[${blocks.length}]`;

  for (let i = 0; i < content.length; i++) {
    const node = content[i]!;
    const next = content[i + 1];
    switch (node.type) {
      case 'paragraph': {
        if (next?.type === 'list') {
          const titled = takeListTitle(node, at, ctx);
          if (titled) {
            if (titled.paragraph) blocks.push(paragraph(titled.paragraph, at(), ctx));
            const list = convertList(next, at(), ctx, titled.title);
            if (list) blocks.push(list);
            i += 1;
            break;
          }
        }
        blocks.push(paragraph(node, at(), ctx));
        break;
      }
      case 'list': {
        const list = convertList(node, at(), ctx);
        if (list) blocks.push(list);
        break;
      }
      case 'blockquote': {
        const callout = convertCallout(node, at(), ctx, calloutDepth, convertBlocks);
        if (callout) blocks.push(callout);
        break;
      }
      case 'code': {
        if (node.lang === 'contact') {
          const contact = convertContactBlock(node, at(), ctx);
          if (contact) blocks.push(contact);
        } else {
          reportCode(node, at(), ctx);
        }
        break;
      }
      case 'html':
        // Raw HTML is text: shown as written, never rendered, never dropped.
        blocks.push(ctx.lines.mark({ type: 'paragraph', text: node.value }, lineOf(node)));
        break;
      case 'heading':
        ctx.issues.add(
          lineOf(node),
          at(),
          'a heading cannot stand inside a quote or list: sections are started by ## headings at the top level',
        );
        break;
      case 'table':
        ctx.issues.add(
          lineOf(node),
          at(),
          'tables are not supported: write each row as a list item or a paragraph',
        );
        break;
      case 'thematicBreak':
        ctx.issues.add(
          lineOf(node),
          at(),
          'horizontal rules (---, ***) are not supported: start a new section with a ## heading instead',
        );
        break;
      default:
        ctx.issues.add(lineOf(node), at(), `unsupported Markdown: ${node.type}`);
    }
  }
  return blocks;
}

function paragraph(node: Paragraph, path: string, ctx: ConvertContext): Block {
  return ctx.lines.mark(
    { type: 'paragraph', text: convertInline(node.children, `${path}.text`, ctx) },
    lineOf(node),
  );
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

function convertList(
  node: List,
  path: string,
  ctx: ConvertContext,
  title?: string,
): ListBlock | undefined {
  if (node.ordered && node.start !== null && node.start !== undefined && node.start !== 1) {
    ctx.issues.add(
      lineOf(node),
      path,
      `an ordered list must start at 1 (this one starts at ${node.start}): the format numbers lists itself`,
    );
    return undefined;
  }
  const items: Inline[] = [];
  node.children.forEach((item, index) => {
    const itemPath = `${path}.items[${index}]`;
    const [first, ...rest] = item.children;
    if (first === undefined) {
      ctx.issues.add(lineOf(item), itemPath, 'empty list item');
      return;
    }
    if (rest.length > 0 || first.type !== 'paragraph') {
      const nested = item.children.find((child) => child.type === 'list');
      ctx.issues.add(
        lineOf(nested ?? rest[0] ?? first),
        itemPath,
        nested
          ? 'nested lists are not supported: make the inner list its own list under a titled line'
          : 'a list item can hold one paragraph only',
      );
      return;
    }
    items.push(convertInline(first.children, itemPath, ctx));
    ctx.lines.markKey(items, index, lineOf(item));
  });
  const list: ListBlock = {
    type: 'list',
    ...(node.ordered ? { ordered: true } : {}),
    ...(title !== undefined ? { title } : {}),
    items,
  };
  ctx.lines.mark(items, lineOf(node));
  return ctx.lines.mark(list, lineOf(node));
}

function reportCode(node: Code, path: string, ctx: ConvertContext): void {
  ctx.issues.add(
    lineOf(node),
    path,
    node.lang
      ? `code blocks are not supported (\`\`\`${node.lang}); the only fenced block is \`\`\`contact`
      : 'code blocks are not supported: the only fenced block is ```contact, and text indented by 4 or more spaces is a code block (remove the indentation)',
  );
}
