import type { Element, ElementContent, Nodes, Parents, Root } from 'hast';

/** Whether a hast node is an element, optionally with one of the given tag names. */
export function isElement(node: Nodes | undefined, ...names: string[]): node is Element {
  return node?.type === 'element' && (names.length === 0 || names.includes(node.tagName));
}

/** The text a reader sees in a node: its text nodes joined, white space collapsed. */
export function textOf(node: Nodes): string {
  let text = '';
  const visit = (current: Nodes) => {
    if (current.type === 'text') text += current.value;
    else if (current.type === 'element' || current.type === 'root') {
      if (
        current.type === 'element' &&
        (current.tagName === 'script' || current.tagName === 'style')
      )
        return;
      for (const child of current.children) {
        visit(child);
        if (child.type === 'element' && BLOCKISH.has(child.tagName)) text += ' ';
      }
    }
  };
  visit(node);
  return text.replace(/\s+/g, ' ').trim();
}

const BLOCKISH = new Set([
  'p',
  'div',
  'li',
  'td',
  'th',
  'tr',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'dt',
  'dd',
  'label',
  'button',
  'option',
]);

/** The number of words in a text (letters and digits). */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** The first element in document order that matches. */
export function findElement(
  root: Parents,
  test: (element: Element) => boolean,
): Element | undefined {
  for (const child of root.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Every element in document order that matches (not looking inside matches). */
export function findAll(
  root: Parents,
  test: (element: Element) => boolean,
  into: Element[] = [],
): Element[] {
  for (const child of root.children) {
    if (child.type !== 'element') continue;
    if (test(child)) into.push(child);
    else findAll(child, test, into);
  }
  return into;
}

/** The string value of an attribute (hast keeps `class` as a list). */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The 1-based source line of a hast node. */
export function lineOfNode(node: Nodes): number | undefined {
  return node.position?.start.line;
}

/** Removes the children `remove` says so of, everywhere below `parent`; returns what was removed. */
export function removeWhere(
  parent: Root | Element,
  remove: (node: ElementContent, parent: Root | Element) => boolean,
  removed: ElementContent[] = [],
): ElementContent[] {
  const kept: (typeof parent.children)[number][] = [];
  for (const child of parent.children) {
    if (child.type !== 'doctype' && remove(child, parent)) {
      removed.push(child);
      continue;
    }
    if (child.type === 'element') removeWhere(child, remove, removed);
    kept.push(child);
  }
  parent.children = kept as typeof parent.children;
  return removed;
}
