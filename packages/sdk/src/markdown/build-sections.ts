import type { Heading, Root, RootContent } from 'mdast';
import { LIMITS } from '../document/policy-schema';
import type { Section } from '../document/policy-types';
import { convertBlocks } from './convert-blocks';
import { lineOf, type ConvertContext } from './convert-context';
import { convertPlainText } from './convert-inline';
import { isValidSectionId, SectionIdAllocator, splitHeadingId } from './section-ids';

/** The id of the section that holds content written before the first `##`. */
export const INTRODUCTION_ID = 'introduction';

/** A section as read from the headings, before its blocks are converted. */
interface SectionDraft {
  heading: Heading | undefined;
  /** Heading depth: `##` is 2. */
  depth: number;
  line: number | undefined;
  title: string;
  explicitId?: string;
  /** What an automatic id is made from, when not the title. */
  idBase?: string;
  id?: string;
  nodes: RootContent[];
  children: SectionDraft[];
}

/** What the body of the Markdown gives the document. */
export interface MarkdownBody {
  /** The `#` heading's text, if the document has one. */
  title?: { text: string; line: number | undefined };
  sections: Section[];
}

/**
 * Turns the heading outline into sections: `##` starts a section, `###` a
 * subsection, `####` and deeper nest further (a skipped level nests under
 * the nearest shallower heading, as in any outline). A single `#` heading
 * before everything else gives the document title.
 *
 * Content before the first `##` becomes a leading section with the id
 * `introduction` (the same in every translation, so parity holds) and the
 * title "Pendahuluan" for Indonesian documents, "Introduction" otherwise.
 */
export function buildSections(root: Root, locale: unknown, ctx: ConvertContext): MarkdownBody {
  const body: MarkdownBody = { sections: [] };
  const top: SectionDraft[] = [];
  const stack: SectionDraft[] = [];
  const intro: RootContent[] = [];

  for (const node of root.children) {
    if (node.type === 'definition') continue;
    if (node.type === 'heading' && node.depth === 1) {
      if (body.title || top.length > 0 || intro.length > 0) {
        ctx.issues.add(
          lineOf(node),
          '',
          'a # heading may only give the document title, before any other content; use ## for sections',
        );
      } else {
        const text = convertPlainText(node.children, 'title', ctx, 'heading').trim();
        body.title = { text, line: lineOf(node) };
      }
      continue;
    }
    if (node.type === 'heading') {
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      const parent = stack[stack.length - 1];
      const draft: SectionDraft = {
        heading: node,
        depth: node.depth,
        line: lineOf(node),
        title: '',
        nodes: [],
        children: [],
      };
      (parent ? parent.children : top).push(draft);
      stack.push(draft);
      continue;
    }
    const current = stack[stack.length - 1];
    if (current) current.nodes.push(node);
    else intro.push(node);
  }

  if (intro.length > 0) {
    const language = typeof locale === 'string' ? locale.toLowerCase().split('-')[0] : undefined;
    top.unshift({
      heading: undefined,
      depth: 2,
      line: lineOf(intro[0]!),
      title: language === 'id' ? 'Pendahuluan' : 'Introduction',
      idBase: INTRODUCTION_ID,
      nodes: intro,
      children: [],
    });
  }

  assignIds(top, ctx);
  body.sections = top.map((draft, index) => toSection(draft, `sections[${index}]`, ctx, 1));
  return body;
}

/**
 * Reads each heading's title and `{#id}`, then hands out ids: explicit ones
 * first (so automatic ids avoid them), then slugs in document order.
 */
function assignIds(top: SectionDraft[], ctx: ConvertContext): void {
  const ids = new SectionIdAllocator();
  const all: { draft: SectionDraft; path: string }[] = [];
  const collect = (drafts: SectionDraft[], prefix: string) =>
    drafts.forEach((draft, index) => {
      const path = `${prefix}[${index}]`;
      if (draft.heading) {
        const text = convertPlainText(draft.heading.children, `${path}.title`, ctx, 'heading');
        const { title, id } = splitHeadingId(text);
        draft.title = title;
        if (id !== undefined) draft.explicitId = id;
      }
      all.push({ draft, path });
      collect(draft.children, `${path}.sections`);
    });
  collect(top, 'sections');

  for (const { draft, path } of all) {
    if (draft.explicitId === undefined) continue;
    if (!isValidSectionId(draft.explicitId)) {
      ctx.issues.add(
        draft.line,
        `${path}.id`,
        `{#${draft.explicitId}} is not a valid section id: use lower-case a-z, 0-9 and single hyphens`,
      );
    } else if (!ids.reserve(draft.explicitId)) {
      ctx.issues.add(
        draft.line,
        `${path}.id`,
        `the section id ${draft.explicitId} is used twice; ids must be unique in the whole document`,
      );
    }
    draft.id = draft.explicitId;
  }
  all.forEach(({ draft }, index) => {
    draft.id ??= ids.allocate(draft.idBase ?? draft.title, index + 1);
  });
}

function toSection(draft: SectionDraft, path: string, ctx: ConvertContext, level: number): Section {
  if (draft.title === '') {
    ctx.issues.add(draft.line, `${path}.title`, 'the heading has no text');
  }
  if (level > LIMITS.maxSectionDepth) {
    ctx.issues.add(
      draft.line,
      path,
      `sections are nested more than ${LIMITS.maxSectionDepth} levels deep`,
    );
  }
  const section: Section = {
    id: draft.id ?? '',
    title: draft.title,
    blocks: convertBlocks(draft.nodes, `${path}.blocks`, ctx),
  };
  if (draft.children.length > 0) {
    section.sections = draft.children.map((child, index) =>
      toSection(child, `${path}.sections[${index}]`, ctx, level + 1),
    );
  }
  ctx.lines.markKey(section, 'id', draft.line);
  ctx.lines.markKey(section, 'title', draft.line);
  return ctx.lines.mark(section, draft.line);
}
