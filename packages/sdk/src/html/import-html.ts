import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultHandlers, toMdast, type Handle } from 'hast-util-to-mdast';
import type { Heading, Root, Table } from 'mdast';
import { PolicyValidationError } from '@policykit/sdk';
import type { PolicyDocument } from '../document/policy-types';
import type { PositionAnchor } from '../markdown/build-sections';
import { importTree, type ImportOptions } from '../markdown/import-tree';
import { IssueCollector } from '../markdown/markdown-issues';
import { SourceLines } from '../markdown/source-lines';
import {
  attribute,
  findElement,
  isElement,
  lineOfNode,
  removeWhere,
  textOf,
  wordCount,
} from './hast-helpers';
import { findMainContent } from './main-content';
import { prepareTablesAndFigures } from './tables-and-figures';

/**
 * Options of {@link importHtml}: those of `importMarkdown`.
 *
 * @example
 * importHtml(page, { metadata: { id: 'acme-privacy', version: '3' }, baseUrl: 'https://acme.example/privacy' });
 */
export type ImportHtmlOptions = ImportOptions;

/** Characters of HTML accepted by default: pages carry markup and scripts around the policy. */
export const HTML_MAX_LENGTH = 5 * 1024 * 1024;

/** Page furniture and code, dropped with a warning: never content, never kept as markup. */
const DROPPED: Record<string, string> = {
  script: 'script',
  style: 'style sheet',
  noscript: 'noscript fallback',
  template: 'template',
  svg: 'SVG drawing',
  canvas: 'canvas',
  iframe: 'embedded frame',
  object: 'embedded object',
  embed: 'embedded object',
  nav: 'navigation',
  form: 'form',
  button: 'button',
  input: 'form field',
  select: 'form field',
  textarea: 'form field',
  dialog: 'dialog',
  link: 'link element',
  meta: 'meta element',
};

/** Dropped only outside the content (a page's header and footer); inside it they hold text. */
const PAGE_FURNITURE = new Set(['header', 'footer', 'aside']);

/**
 * Converts a web page holding a privacy policy to a validated
 * {@link PolicyDocument}: parsed by a real HTML parser (parse5, through
 * `hast-util-from-html`), the main content taken (`<main>`, `[role=main]`,
 * `<article>`, or the densest content block), navigation, scripts, styles,
 * forms and the page's header and footer dropped — each with a warning — and
 * the rest converted to Markdown's tree (`hast-util-to-mdast`) and from there
 * by the same converter as `importMarkdown`: the same conversions, warnings,
 * `strict` mode and metadata options. Markup is never executed or kept: text
 * is text. The page's `lang` gives the locale and `<title>` the title when the
 * options do not.
 *
 * @throws {PolicyValidationError} for missing metadata and anything
 *   `parsePolicy` rejects — and in `strict` mode every conversion.
 *
 * @example
 * ```ts
 * import { importHtml } from '@policykit/sdk/html';
 *
 * const policy = importHtml(await (await fetch(url)).text(), {
 *   metadata: { id: 'acme-privacy', version: '2024-06-12' },
 *   baseUrl: url,
 *   onWarning: ({ line, message }) => console.warn(`line ${line}: ${message}`),
 * });
 * ```
 */
export function importHtml(html: string, options: ImportHtmlOptions = {}): PolicyDocument {
  const issues = new IssueCollector();
  if (typeof html !== 'string') {
    issues.add(
      undefined,
      '',
      `the HTML must be a string (got ${html === null ? 'null' : typeof html})`,
    );
    throw new PolicyValidationError(issues.toArray(), { subject: 'HTML policy' });
  }
  const maxLength = options.maxLength ?? HTML_MAX_LENGTH;
  if (html.length > maxLength) {
    issues.add(
      undefined,
      '',
      `the HTML is ${html.length} characters long; the limit is ${maxLength}`,
    );
    throw new PolicyValidationError(issues.toArray(), { subject: 'HTML policy' });
  }
  const page = fromHtml(html.replace(/^\uFEFF/, ''));
  const pending: { line: number | undefined; message: string }[] = [];
  const warn = (line: number | undefined, message: string) => pending.push({ line, message });

  const htmlElement = findElement(page, (element) => element.tagName === 'html');
  const lang = htmlElement ? attribute(htmlElement, 'lang') : undefined;
  const titleElement = findElement(page, (element) => element.tagName === 'title');
  const pageTitle = titleElement ? textOf(titleElement) : undefined;

  const main = findMainContent(page);
  if (main.how !== 'the whole page') {
    const outside = outsideText(page, main.element);
    if (wordCount(outside) > 0) {
      warn(
        lineOfNode(main.element),
        `took the page's main content (${main.how}); dropped ${wordCount(outside)} words outside it: "${snippet(outside)}"`,
      );
    }
  }
  const content: HastRoot = {
    type: 'root',
    children: main.element.children as HastRoot['children'],
  };

  const counts = new Map<string, { count: number; line: number | undefined; words: string[] }>();
  removeWhere(content, (node) => {
    if (node.type === 'comment') return true;
    if (node.type !== 'element') return false;
    const what =
      DROPPED[node.tagName] ??
      (main.how === 'the whole page' || main.how === 'the densest content block'
        ? PAGE_FURNITURE.has(node.tagName)
          ? `page ${node.tagName}`
          : undefined
        : undefined);
    if (what === undefined) return false;
    const entry = counts.get(what) ?? { count: 0, line: lineOfNode(node), words: [] };
    entry.count += 1;
    if (!['script', 'style sheet', 'template', 'SVG drawing'].includes(what)) {
      const text = textOf(node);
      if (text !== '') entry.words.push(text);
    }
    counts.set(what, entry);
    return true;
  });
  for (const [what, { count, line, words }] of counts) {
    const text = words.join(' · ');
    warn(
      line,
      `dropped ${count === 1 ? `a ${what}` : `${count} ${what} elements`}${text ? ` (${wordCount(text)} words: "${snippet(text)}")` : ''}`,
    );
  }
  const tables = prepareTablesAndFigures(content, warn);

  const { anchors, headingIds } = collectAnchors(content);
  const headingHandler: Handle = (state, element) => {
    const result = (defaultHandlers.h1 as (s: typeof state, e: Element) => unknown)(
      state,
      element,
    ) as Heading | undefined;
    // toMdast works on a copy of the tree: headings are found again by their source offset.
    const ids = headingIds.get(element.position?.start.offset ?? -1);
    const own = attribute(element, 'id');
    if (result && ids && ids.length > 0) {
      result.data = {
        ...result.data,
        anchors: ids,
        ...(own ? { id: own } : {}),
      } as Heading['data'];
    }
    return result;
  };
  // A table's caption and row headers, read before the conversion (tables-and-figures.ts).
  const tableHandler: Handle = (state, element) => {
    const result = (defaultHandlers.table as (s: typeof state, e: Element) => unknown)(
      state,
      element,
    ) as Table;
    const data = tables.get(element.position?.start.offset ?? -1);
    if (result.type === 'table' && data) result.data = { ...result.data, ...data };
    return result;
  };
  const root = toMdast(content, {
    handlers: {
      table: tableHandler,
      h1: headingHandler,
      h2: headingHandler,
      h3: headingHandler,
      h4: headingHandler,
      h5: headingHandler,
      h6: headingHandler,
    },
  }) as Root;

  const lines = new SourceLines();
  return importTree({
    root,
    fields: {},
    hasFrontMatter: false,
    fenceLine: 1,
    ...textWithLines(content),
    issues,
    lines,
    options: {
      ...options,
      onWarning: options.onWarning,
    },
    subject: 'HTML policy',
    unsafeLinks: 'text',
    positionAnchors: anchors,
    declaredLocale: lang,
    declaredTitle: pageTitle,
    pageWarnings: pending,
  });
}

/**
 * The content's text, for reading a "Last updated" date from, and the source
 * line of any position in it.
 */
function textWithLines(root: HastRoot): {
  text: string;
  lineAt: (index: number) => number | undefined;
} {
  const starts: { index: number; line: number | undefined }[] = [];
  let text = '';
  const visit = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type === 'text') {
        starts.push({ index: text.length, line: lineOfNode(child) });
        text += child.value;
      } else if (child.type === 'element') {
        visit(child);
        text += '\n';
      }
    }
  };
  visit(root);
  const lineAt = (index: number) => {
    let line: number | undefined;
    for (const start of starts) {
      if (start.index > index) break;
      line = start.line;
    }
    return line;
  };
  return { text, lineAt };
}

/** The text of the page outside `element` (its `<head>` and scripts left out). */
function outsideText(page: HastRoot, element: Element | HastRoot): string {
  const parts: string[] = [];
  const visit = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child === element) continue;
      if (child.type === 'text') parts.push(child.value);
      if (
        child.type === 'element' &&
        !['head', 'script', 'style', 'noscript', 'template', 'svg'].includes(child.tagName)
      ) {
        visit(child);
      }
    }
  };
  visit(page);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function snippet(text: string): string {
  return text.length > 100 ? `${text.slice(0, 97)}…` : text;
}

/**
 * Every element id in the content, by line, and for each heading the ids that
 * lead to it: its own and its descendants', those of empty anchors just before
 * it (`<a id="x"></a><h2>`), and those of the `<section>`s it opens.
 */
function collectAnchors(root: HastRoot): {
  anchors: PositionAnchor[];
  headingIds: Map<number, string[]>;
} {
  const anchors: PositionAnchor[] = [];
  const headingIds = new Map<number, string[]>();
  const idsOf = (element: Element): string[] => {
    const ids: string[] = [];
    const id = attribute(element, 'id');
    const name = element.tagName === 'a' ? attribute(element, 'name') : undefined;
    if (id) ids.push(id);
    if (name) ids.push(name);
    return ids;
  };
  const allIds = (element: Element): string[] => [
    ...idsOf(element),
    ...element.children.flatMap((child) => (child.type === 'element' ? allIds(child) : [])),
  ];
  const visit = (parent: HastRoot | Element, inherited: string[]) => {
    let before: string[] = [];
    let firstElement = true;
    for (const child of parent.children) {
      if (child.type === 'text' && child.value.trim() === '') continue;
      if (child.type !== 'element') {
        before = [];
        firstElement = false;
        continue;
      }
      const line = lineOfNode(child);
      for (const id of idsOf(child)) if (line !== undefined) anchors.push({ id, line });
      if (/^h[1-6]$/.test(child.tagName)) {
        headingIds.set(child.position?.start.offset ?? -1, [
          ...(firstElement ? inherited : []),
          ...before,
          ...allIds(child),
        ]);
        before = [];
      } else if (textOf(child) === '' && idsOf(child).length > 0 && !isElement(child, 'img')) {
        before.push(...allIds(child));
      } else {
        before = [];
      }
      const opens = isElement(child, 'section', 'div', 'article') ? idsOf(child) : [];
      visit(child, opens.concat(firstElement ? inherited : []));
      firstElement = false;
    }
  };
  visit(root, []);
  return { anchors, headingIds };
}
