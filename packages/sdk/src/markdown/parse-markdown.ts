import type {
  AlignType,
  BlockContent,
  Heading,
  List,
  ListItem,
  Parent,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import MarkdownIt from 'markdown-it';
import type { MarkdownIt as MarkdownItInstance, Token } from 'markdown-it';

/**
 * Block nesting markdown-it stops at. It does not fail past it: it skips the
 * rest of the container, so a document that gets this deep is refused instead
 * (see {@link parseMarkdown}). Real policies nest a handful of levels; the input
 * guards keep hostile input far below this.
 */
export const MAX_BLOCK_NESTING = 100;

/** Inline nesting (emphasis in emphasis in a link…) kept as nodes; deeper markup adds none. */
const MAX_INLINE_NESTING = 32;

let parser: MarkdownItInstance | undefined;

function markdownIt(): MarkdownItInstance {
  if (parser) return parser;
  // CommonMark plus GFM tables and strikethrough (markdown-it's default preset);
  // raw HTML is recognised so it can be kept as the literal text it is.
  const md = MarkdownIt('default', {
    html: true,
    linkify: false,
    typographer: false,
    maxNesting: MAX_BLOCK_NESTING,
  });
  // Every link reaches the converter as written, which checks it and explains a refusal:
  // markdown-it would otherwise leave a `javascript:` link as bracketed text without a word.
  md.validateLink = () => true;
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (text) => text;
  parser = md;
  return md;
}

/** What a parse gives: the tree, and whether markdown-it hit its nesting limit. */
export interface ParsedMarkdown {
  root: Root;
  /** True when some container reached {@link MAX_BLOCK_NESTING} and markdown-it skipped the rest of it. */
  tooDeep: boolean;
}

/**
 * Parses Markdown (CommonMark with GFM tables and strikethrough) into an mdast
 * tree with the line of every node, the tree the converter reads — the same
 * tree `hast-util-to-mdast` gives for HTML, so both importers share one converter.
 *
 * markdown-it is the parser because its cost is linear in the input by design
 * (it runs CommonMark's pathological-input tests): micromark, measured here, took
 * quadratic time on a long list and on a paragraph dense with emphasis — shapes
 * real policies have. Reference definitions are resolved by markdown-it itself.
 */
export function parseMarkdown(source: string): ParsedMarkdown {
  const tokens = markdownIt().parse(source, {});
  const root: Root = { type: 'root', children: [] };
  let tooDeep = false;
  // The open container nodes, innermost last; each block token appends to the top.
  const stack: Parent[] = [root];
  const top = () => stack[stack.length - 1]!;
  const append = (node: RootContent) => {
    (top().children as RootContent[]).push(node);
  };
  let tableAlign: AlignType[] = [];

  for (const token of tokens) {
    if (token.level >= MAX_BLOCK_NESTING - 1) tooDeep = true;
    const position = positionOf(token);
    switch (token.type) {
      case 'heading_open': {
        const heading: Heading = {
          type: 'heading',
          depth: Number(token.tag.slice(1)) as Heading['depth'],
          children: [],
          position,
        };
        // Setext headings (a line underlined with === or ---) are told apart for a warning.
        if (token.markup === '=' || token.markup === '-') heading.data = { setext: true };
        append(heading);
        stack.push(heading);
        break;
      }
      case 'paragraph_open':
        stack.push(appended({ type: 'paragraph', children: [], position }, append));
        break;
      case 'blockquote_open':
        stack.push(appended({ type: 'blockquote', children: [], position }, append));
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        const start = ordered ? Number(token.attrGet('start') ?? 1) : null;
        const list: List = { type: 'list', ordered, start, spread: false, children: [], position };
        stack.push(appended(list, append));
        break;
      }
      case 'list_item_open': {
        const item: ListItem = { type: 'listItem', spread: false, children: [], position };
        stack.push(appended(item, append));
        break;
      }
      case 'table_open': {
        const table: Table = { type: 'table', align: [], children: [], position };
        tableAlign = [];
        stack.push(appended(table, append));
        break;
      }
      case 'tr_open': {
        const row: TableRow = { type: 'tableRow', children: [], position };
        stack.push(appended(row, append));
        break;
      }
      case 'th_open':
      case 'td_open': {
        const row = top();
        // markdown-it maps no cell to its lines: a cell is on its row's line.
        const cell: TableCell = {
          type: 'tableCell',
          children: [],
          position: position ?? row.position,
        };
        // The header row's cells give the columns' alignment.
        if (token.type === 'th_open') tableAlign.push(alignOf(token));
        stack.push(appended(cell, (node) => (row.children as RootContent[]).push(node)));
        break;
      }
      case 'heading_close':
      case 'paragraph_close':
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'tr_close':
      case 'th_close':
      case 'td_close':
        stack.pop();
        break;
      case 'table_close': {
        const table = stack.pop() as Table;
        table.align = tableAlign;
        break;
      }
      case 'thead_open':
      case 'thead_close':
      case 'tbody_open':
      case 'tbody_close':
        break;
      case 'inline': {
        // A loop, not push(...spread): a paragraph can hold hundreds of thousands of nodes.
        const siblings = top().children as PhrasingContent[];
        const line = position?.start.line ?? top().position?.start.line;
        for (const node of convertInlineTokens(token.children ?? [], line)) {
          siblings.push(node);
        }
        break;
      }
      case 'hr':
        append({ type: 'thematicBreak', position });
        break;
      case 'code_block':
        append({
          type: 'code',
          lang: null,
          meta: null,
          value: stripNewline(token.content),
          position,
        });
        break;
      case 'fence': {
        const info = token.info.trim();
        const space = info.search(/\s/);
        append({
          type: 'code',
          lang: info === '' ? null : space === -1 ? info : info.slice(0, space),
          meta: space === -1 ? null : info.slice(space + 1).trim(),
          value: stripNewline(token.content),
          position,
        });
        break;
      }
      case 'html_block':
        append({ type: 'html', value: stripNewline(token.content), position });
        break;
      default:
        // markdown-it's default preset has no other block tokens; keep the text of any.
        if (token.content) append({ type: 'html', value: token.content, position });
    }
  }
  return { root, tooDeep };
}

function appended<T extends RootContent | BlockContent>(
  node: T,
  append: (node: RootContent) => void,
): T & Parent {
  append(node as RootContent);
  return node as T & Parent;
}

function positionOf(token: Token): Root['position'] {
  if (!token.map) return undefined;
  return { start: { line: token.map[0] + 1, column: 1 }, end: { line: token.map[1], column: 1 } };
}

function alignOf(token: Token): AlignType {
  const style = String(token.attrGet('style') ?? '');
  const match = /text-align:\s*(left|right|center)/.exec(style);
  return (match?.[1] as AlignType | undefined) ?? null;
}

function stripNewline(text: string): string {
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/**
 * markdown-it's inline tokens (a flat list of open / close tokens) as mdast
 * phrasing nodes. Soft breaks become `\n` inside text, as in mdast; the line of
 * each node is the block's first line plus the breaks before it.
 */
function convertInlineTokens(tokens: Token[], firstLine: number | undefined): PhrasingContent[] {
  const root: { children: PhrasingContent[] } = { children: [] };
  const stack: { children: PhrasingContent[] }[] = [root];
  let line = firstLine;
  const at = () =>
    line === undefined ? undefined : { start: { line, column: 1 }, end: { line, column: 1 } };
  const push = (node: PhrasingContent) => {
    const siblings = stack[stack.length - 1]!.children;
    const last = siblings[siblings.length - 1];
    if (node.type === 'text' && last?.type === 'text') {
      last.value += node.value;
      return;
    }
    siblings.push(node);
  };
  // Which opening tokens made a node; past MAX_INLINE_NESTING they make none, so
  // `*a *a *a … b* b* b*` thousands deep keeps its text without deep recursion later
  // (the format's spans do not nest anyway).
  const opened: boolean[] = [];
  const open = (node: PhrasingContent & { children: PhrasingContent[] }) => {
    if (stack.length > MAX_INLINE_NESTING) {
      opened.push(false);
      return;
    }
    push(node);
    stack.push(node);
    opened.push(true);
  };

  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'text_special':
        if (token.content !== '') push({ type: 'text', value: token.content, position: at() });
        break;
      case 'softbreak':
        push({ type: 'text', value: '\n', position: at() });
        if (line !== undefined) line += 1;
        break;
      case 'hardbreak':
        push({ type: 'break', position: at() });
        if (line !== undefined) line += 1;
        break;
      case 'code_inline':
        push({ type: 'inlineCode', value: token.content, position: at() });
        break;
      case 'html_inline':
        push({ type: 'html', value: token.content, position: at() });
        break;
      case 'strong_open':
        open({ type: 'strong', children: [], position: at() });
        break;
      case 'em_open':
        open({ type: 'emphasis', children: [], position: at() });
        break;
      case 's_open':
        open({ type: 'delete', children: [], position: at() });
        break;
      case 'link_open': {
        const title = token.attrGet('title');
        open({
          type: 'link',
          url: String(token.attrGet('href') ?? ''),
          title: title === null ? null : String(title),
          children: [],
          position: at(),
          ...(token.info === 'auto' ? { data: { autolink: true } } : {}),
        });
        break;
      }
      case 'strong_close':
      case 'em_close':
      case 's_close':
      case 'link_close':
        if (opened.pop() && stack.length > 1) stack.pop();
        break;
      case 'image': {
        const title = token.attrGet('title');
        push({
          type: 'image',
          url: String(token.attrGet('src') ?? ''),
          title: title === null ? null : String(title),
          alt: token.children ? plainText(token.children) : token.content,
          position: at(),
        });
        break;
      }
      default:
        if (token.content) push({ type: 'text', value: token.content, position: at() });
    }
  }
  return root.children;
}

/** The text of an image's alt tokens (markdown-it parses the alt as inline Markdown). */
function plainText(tokens: Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'image') text += token.children ? plainText(token.children) : token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += ' ';
    else text += token.content;
  }
  return text;
}
