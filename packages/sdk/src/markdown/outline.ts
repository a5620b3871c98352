import type { Heading, Html, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { lineOf, type ConvertContext } from './convert-context';
import { convertPlainText } from './convert-inline';

/** A heading of the outline with the depth it is read at (`##` sections are 2). */
export interface OutlineHeading {
  kind: 'heading';
  heading: Heading;
  depth: number;
}

/** The body as the sections are built from it: headings at their normalized depth, and content. */
export type OutlineEntry = OutlineHeading | { kind: 'content'; node: RootContent };

/** What reading the outline gives: the title heading, if any, and the entries after it. */
export interface Outline {
  title?: Heading;
  entries: OutlineEntry[];
}

/** Longest bold-only paragraph still taken for a heading (characters). */
const MAX_BOLD_HEADING = 150;

/**
 * Reads the heading outline of a real document the way a reader sees it, and
 * reports each reading as a warning:
 *
 * - the first heading, when it is a `#` heading, is the title — even with a
 *   tagline (a logo line, a date) above it, which joins the introduction;
 * - heading levels are normalized: whatever level the document uses for its
 *   sections (`#` after the title, as Google Docs exports, or `###`) becomes
 *   the top level (`##`);
 * - setext headings (underlined with `===` / `---`) are headings like any other;
 * - a paragraph that is only bold text, short and followed by content, looks
 *   like a heading: reported, and made one with `promoteBoldHeadings`, one level
 *   below the heading it follows.
 */
export function readOutline(
  nodes: RootContent[],
  ctx: ConvertContext,
  frontMatterTitle?: unknown,
): Outline {
  const outline: Outline = { entries: [] };
  const firstHeading = nodes.findIndex((node) => node.type === 'heading');
  const first = nodes[firstHeading] as Heading | undefined;
  let titleIndex = -1;
  const firstText = first ? plainText(first.children).trim() : '';
  if (
    first?.depth === 1 &&
    typeof frontMatterTitle === 'string' &&
    firstText !== '' &&
    firstText !== frontMatterTitle.trim()
  ) {
    // The front matter names the document; the heading's words stay, as a bold paragraph.
    ctx.warnings.add(
      lineOf(first),
      'title',
      `the # heading "${firstText}" differs from the front matter title "${frontMatterTitle}": the front matter title is kept and the heading became a bold paragraph`,
    );
    nodes = nodes.map((node) =>
      node === first
        ? {
            type: 'paragraph',
            children: [{ type: 'strong', children: first.children }],
            ...(first.position ? { position: first.position } : {}),
          }
        : node,
    );
  } else if (first?.depth === 1 && firstText !== '') {
    titleIndex = firstHeading;
    outline.title = first;
    const before = nodes.slice(0, firstHeading).filter((node) => node.type !== 'definition');
    if (before.length > 0) {
      ctx.warnings.add(
        lineOf(before[0]!),
        'sections[0]',
        `${before.length === 1 ? 'a block' : `${before.length} blocks`} before the # title (line ${lineOf(first)}) went into the introduction`,
      );
    }
  }

  const sectionHeadings = nodes.filter(
    (node, index): node is Heading => node.type === 'heading' && index !== titleIndex,
  );
  // A loop, not Math.min(...): a document can have hundreds of thousands of headings.
  let top = Infinity;
  for (const heading of sectionHeadings) top = Math.min(top, heading.depth);
  const shift = sectionHeadings.length > 0 ? 2 - top : 0;
  if (shift !== 0) {
    const firstTop = sectionHeadings.find((heading) => heading.depth === top)!;
    ctx.warnings.add(
      lineOf(firstTop),
      '',
      top === 1
        ? 'the document uses # headings for its sections: they are read as ## (heading levels normalized)'
        : `the document's sections are ${'#'.repeat(top)} headings: they are read as ## (heading levels normalized)`,
    );
  }

  let depth = 1;
  nodes.forEach((node, index) => {
    if (index === titleIndex) return;
    if (node.type === 'heading') {
      if (node.data && (node.data as { setext?: boolean }).setext) {
        ctx.warnings.add(
          lineOf(node),
          '',
          `a setext heading (text underlined with ${node.depth === 1 ? '===' : '---'}) is read as a ${'#'.repeat(node.depth)} heading`,
        );
      }
      if (plainText(node.children).trim() === '') {
        ctx.warnings.add(
          lineOf(node),
          '',
          'a heading without text was dropped; what follows stays in the section above',
        );
        return;
      }
      depth = node.depth + shift;
      outline.entries.push({ kind: 'heading', heading: node, depth });
      return;
    }
    if (node.type === 'paragraph' && looksLikeHeading(node, nodes[index + 1])) {
      const text = plainText(node.children).trim();
      if (ctx.promoteBoldHeadings) {
        ctx.warnings.add(
          lineOf(node),
          '',
          `the bold paragraph "${text}" looks like a heading: it starts a section (promoteBoldHeadings)`,
        );
        const strong = node.children[0] as PhrasingContent & { children: PhrasingContent[] };
        const heading: Heading = {
          type: 'heading',
          depth: Math.min(6, depth + 1) as Heading['depth'],
          children: strong.children,
          ...(node.position ? { position: node.position } : {}),
        };
        outline.entries.push({ kind: 'heading', heading, depth: depth + 1 });
        return;
      }
      ctx.warnings.add(
        lineOf(node),
        '',
        `the bold paragraph "${text}" looks like a heading: kept as a paragraph (promoteBoldHeadings, or --promote-bold-headings, makes such paragraphs sections)`,
      );
    }
    outline.entries.push({ kind: 'content', node });
  });
  return outline;
}

/**
 * A paragraph that is only bold text (a trailing colon aside), short, and
 * followed by content that is not a heading. A bold line ending in `:` right
 * above a list is that list's title instead.
 */
function looksLikeHeading(node: Paragraph, next: RootContent | undefined): boolean {
  const [strong, ...rest] = node.children;
  if (strong?.type !== 'strong') return false;
  if (!rest.every((child) => child.type === 'text' && /^[\s:]*$/.test(child.value))) return false;
  if (strong.children.some((child) => child.type === 'link' || child.type === 'image'))
    return false;
  const text = plainText(node.children).trim();
  if (text === '' || text.length > MAX_BOLD_HEADING || text.includes('\n')) return false;
  if (next === undefined || next.type === 'heading') return false;
  if (text.endsWith(':') && next.type === 'list') return false;
  return true;
}

/** Text of phrasing content, for tests of what a heading says (nothing reported). */
export function plainText(nodes: PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else if (node.type === 'image') text += node.alt ?? '';
    else if ('children' in node) text += plainText(node.children);
  }
  return text;
}

/** The `html` nodes of a heading, where `<a name="…">` anchors hide. */
export function headingHtml(heading: Heading): Html[] {
  const found: Html[] = [];
  const visit = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'html') found.push(node);
      else if ('children' in node) visit(node.children);
    }
  };
  visit(heading.children);
  return found;
}

/** The title heading's text, as the document title. */
export function titleText(heading: Heading, ctx: ConvertContext): string {
  return convertPlainText(heading.children, 'title', ctx, 'heading').trim();
}
