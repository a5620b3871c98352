import type { Element, Root } from 'hast';
import { attribute, findAll, findElement, isElement, textOf } from './hast-helpers';

/** The main content of a page and how it was found, for the warning. */
export interface MainContent {
  element: Element | Root;
  /** `<main>`, `<article>`, `[role=main]`, `the densest content block`, or `the whole page`. */
  how: string;
}

/** Share of its parent's text a child must hold to be taken as the content instead. */
const DENSE = 0.7;

/**
 * Finds the policy in a page: `<main>` or `[role=main]`, else the one (or
 * longest) `<article>`, else the densest content block — the deepest element
 * that still holds most of the page's paragraph, list and heading text.
 */
export function findMainContent(root: Root): MainContent {
  const main = findElement(
    root,
    (element) => element.tagName === 'main' || attribute(element, 'role') === 'main',
  );
  if (main) return { element: main, how: main.tagName === 'main' ? '<main>' : '[role=main]' };
  const articles = findAll(root, (element) => element.tagName === 'article');
  if (articles.length > 0) {
    const longest = articles.reduce((best, article) =>
      textOf(article).length > textOf(best).length ? article : best,
    );
    return { element: longest, how: '<article>' };
  }
  const body = findElement(root, (element) => element.tagName === 'body') ?? root;
  let current: Element | Root = body;
  for (;;) {
    const total = contentLength(current);
    if (total === 0) break;
    const children = (current.children as Root['children']).filter((child): child is Element =>
      isElement(child),
    );
    const dense = children.find((child) => contentLength(child) >= DENSE * total);
    if (!dense || CONTENT.has(dense.tagName)) break;
    current = dense;
  }
  return current === body
    ? { element: body, how: 'the whole page' }
    : { element: current, how: 'the densest content block' };
}

/** Elements whose text is content (not layout). */
const CONTENT = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'dd',
  'dt',
  'blockquote',
  'pre',
]);
const NOT_CONTENT = new Set([
  'nav',
  'header',
  'footer',
  'aside',
  'script',
  'style',
  'form',
  'noscript',
  'template',
]);

/** Characters of content text in an element, navigation and page furniture left out. */
function contentLength(node: Element | Root): number {
  let length = 0;
  for (const child of node.children) {
    if (!isElement(child) || NOT_CONTENT.has(child.tagName)) continue;
    length += CONTENT.has(child.tagName) ? textOf(child).length : contentLength(child);
  }
  return length;
}
