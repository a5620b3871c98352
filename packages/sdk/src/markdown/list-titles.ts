import type { Paragraph, PhrasingContent } from 'mdast';

/** A paragraph split into the text before its last line and that last line. */
export interface LastLineSplit {
  /** Phrasing content before the last line; empty when the paragraph is one line. */
  before: PhrasingContent[];
  /** The last line's phrasing content. */
  last: PhrasingContent[];
}

/**
 * Splits a paragraph at its last line break, for the rule "a line ending in
 * `:` directly above a list becomes that list's title". Only breaks between
 * top-level nodes are considered: a line break inside `**…**` keeps the
 * paragraph whole, so formatting is never torn apart.
 */
export function splitLastLine(paragraph: Paragraph): LastLineSplit {
  const children = paragraph.children;
  for (let i = children.length - 1; i >= 0; i--) {
    const node = children[i]!;
    if (node.type === 'break') {
      return { before: children.slice(0, i), last: children.slice(i + 1) };
    }
    if (node.type === 'text') {
      const newline = node.value.lastIndexOf('\n');
      if (newline === -1) continue;
      const head = node.value.slice(0, newline);
      const tail = node.value.slice(newline + 1);
      return {
        before: [...children.slice(0, i), ...(head ? [{ ...node, value: head }] : [])],
        last: [...(tail ? [{ ...node, value: tail }] : []), ...children.slice(i + 1)],
      };
    }
  }
  return { before: [], last: children };
}

/** Whether a line can become a list title: plain text and emphasis only (a link would be lost). */
export function isPlainLine(nodes: PhrasingContent[]): boolean {
  return nodes.every(
    (node) =>
      node.type === 'text' ||
      ((node.type === 'strong' || node.type === 'emphasis') && isPlainLine(node.children)),
  );
}
