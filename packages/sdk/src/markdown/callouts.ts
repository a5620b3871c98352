import type {
  Blockquote,
  BlockContent,
  DefinitionContent,
  Paragraph,
  PhrasingContent,
} from 'mdast';
import { LIMITS } from '../document/policy-schema';
import type { Block, CalloutBlock, CalloutTone } from '../document/policy-types';
import { lineOf, type ConvertContext } from './convert-context';
import { convertPlainText } from './convert-inline';

/** GitHub's alert types and the tone each one gets. */
const ALERT_TONES: Record<string, CalloutTone> = {
  NOTE: 'info',
  TIP: 'info',
  IMPORTANT: 'important',
  WARNING: 'warning',
  CAUTION: 'warning',
};

type ConvertBlocks = (
  nodes: (BlockContent | DefinitionContent)[],
  path: string,
  ctx: ConvertContext,
  calloutDepth: number,
) => Block[];

/**
 * A blockquote becomes a callout:
 *
 * - `> [!NOTE]` / `[!TIP]` → `info`, `[!IMPORTANT]` → `important`,
 *   `[!WARNING]` / `[!CAUTION]` → `warning` (GitHub alerts: the marker alone
 *   on the first line, any case);
 * - a first line that is only `**Label**` → titled `Label`, tone `important`
 *   (after an alert marker it gives the title and the alert keeps its tone);
 * - anything else → an untitled `info` callout.
 *
 * @param depth how many callouts enclose this one (nesting is limited: deeper
 *   quotes give their blocks to the enclosing callout, with a warning).
 * @returns the callout, or the blocks that stand in for it (none for an empty quote).
 */
export function convertCallout(
  node: Blockquote,
  path: string,
  ctx: ConvertContext,
  depth: number,
  convertBlocks: ConvertBlocks,
): Block[] {
  const line = lineOf(node);
  // A callout's blocks sit one level below it: in a list item or table cell already
  // LIMITS.maxBlockDepth deep, the quote's blocks take its place instead.
  const tooDeep = ctx.blockDepth >= LIMITS.maxBlockDepth;
  if (depth >= LIMITS.maxCalloutDepth || tooDeep) {
    ctx.warnings.add(
      line,
      path,
      tooDeep
        ? `a quote nested more than ${LIMITS.maxBlockDepth} blocks deep cannot be a callout: its blocks took its place`
        : `callouts are nested more than ${LIMITS.maxCalloutDepth} deep: this quote's blocks joined the enclosing callout`,
    );
    // The quote's blocks stand where it stood, at its own level.
    ctx.blockDepth -= 1;
    try {
      return convertBlocks(node.children, path.replace(/\[\d+\]$/, ''), ctx, depth);
    } finally {
      ctx.blockDepth += 1;
    }
  }
  let children = [...node.children];
  let tone: CalloutTone = 'info';
  let title: string | undefined;

  const first = children[0];
  if (first?.type === 'paragraph') {
    const alert = takeAlertMarker(first);
    if (alert) {
      const alertTone = ALERT_TONES[alert.type.toUpperCase()];
      if (alertTone === undefined) {
        ctx.warnings.add(
          line,
          path,
          `unknown alert [!${alert.type}] kept as text in an info callout: use [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] or [!CAUTION]`,
        );
      } else {
        tone = alertTone;
        children = alert.rest ? [alert.rest, ...children.slice(1)] : children.slice(1);
      }
    }
    const head = children[0];
    const label = head?.type === 'paragraph' ? takeLabel(head) : undefined;
    if (label) {
      title = convertPlainText(label.label, `${path}.title`, ctx, 'callout title')
        .trim()
        .replace(/\s*:$/, '');
      if (!alert || ALERT_TONES[alert.type.toUpperCase()] === undefined) tone = 'important';
      children = label.rest ? [label.rest, ...children.slice(1)] : children.slice(1);
    }
  }

  const blocks =
    children.length === 0 ? [] : convertBlocks(children, `${path}.blocks`, ctx, depth + 1);
  if (blocks.length === 0) {
    if (title) {
      ctx.warnings.add(
        line,
        path,
        `a quote holding only a bold label ("${title}") became a bold paragraph`,
      );
      const block: Block = { type: 'paragraph', text: [{ type: 'strong', text: title }] };
      return [ctx.lines.mark(block, line)];
    }
    ctx.warnings.add(line, path, 'an empty quote was dropped');
    return [];
  }
  const callout: CalloutBlock = title
    ? { type: 'callout', tone, title, blocks }
    : { type: 'callout', tone, blocks };
  return [ctx.lines.mark(callout, line)];
}

/** `[!NOTE]` alone on the paragraph's first line; returns the paragraph without that line. */
function takeAlertMarker(paragraph: Paragraph): { type: string; rest?: Paragraph } | undefined {
  const head = paragraph.children[0];
  if (head?.type !== 'text') return undefined;
  const match = /^\[!([A-Za-z]+)\][ \t]*(?:\n|$)/.exec(head.value);
  if (!match) return undefined;
  const remainder = head.value.slice(match[0].length);
  const children: PhrasingContent[] = [
    ...(remainder ? [{ ...head, value: remainder }] : []),
    ...paragraph.children.slice(1),
  ];
  return { type: match[1]!, rest: withChildren(paragraph, dropLeadingBreak(children)) };
}

/** `**Label**` alone on the paragraph's first line. */
function takeLabel(
  paragraph: Paragraph,
): { label: PhrasingContent[]; rest?: Paragraph } | undefined {
  const [head, next, ...others] = paragraph.children;
  if (head?.type !== 'strong') return undefined;
  if (next === undefined) return { label: head.children };
  if (next.type === 'break') return { label: head.children, rest: withChildren(paragraph, others) };
  if (next.type === 'text' && /^[ \t]*\n/.test(next.value)) {
    const value = next.value.replace(/^[ \t]*\n/, '');
    return {
      label: head.children,
      rest: withChildren(paragraph, [...(value ? [{ ...next, value }] : []), ...others]),
    };
  }
  return undefined;
}

function dropLeadingBreak(children: PhrasingContent[]): PhrasingContent[] {
  return children[0]?.type === 'break' ? children.slice(1) : children;
}

function withChildren(paragraph: Paragraph, children: PhrasingContent[]): Paragraph | undefined {
  return children.length > 0 ? { ...paragraph, children } : undefined;
}
