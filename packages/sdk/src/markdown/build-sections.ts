import type { Heading, Root, RootContent } from 'mdast';
import { LIMITS } from '../document/policy-schema';
import type { Section } from '../document/policy-types';
import { githubSlug, htmlAnchorIds } from './anchors';
import { convertBlocks } from './convert-blocks';
import { lineOf, type ConvertContext } from './convert-context';
import { convertPlainText } from './convert-inline';
import { headingHtml, readOutline, titleText } from './outline';
import { isValidSectionId, SectionIdAllocator, slugify, splitHeadingId } from './section-ids';

/** The id of the section that holds content written before the first `##`. */
export const INTRODUCTION_ID = 'introduction';

/** An element id somewhere in the source (`<a name="x">`, `<p id="x">`), by line. */
export interface PositionAnchor {
  id: string;
  line: number;
}

/** A section as read from the headings, before its blocks are converted. */
interface SectionDraft {
  heading: Heading | undefined;
  /** Normalized depth: sections are 2. */
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
 * Turns the heading outline into sections: the top level the document uses
 * for sections (normally `##`) starts a section, the next a subsection, and so
 * on (a skipped level nests under the nearest shallower heading, as in any
 * outline). A `#` heading first gives the document title (see outline.ts).
 *
 * Content before the first section becomes a leading section with the id
 * `introduction` (the same in every translation, so parity holds) and the
 * title "Pendahuluan" for Indonesian documents, "Introduction" otherwise.
 *
 * Ids are handed out before any block is converted, so every `#fragment` a
 * section answers to (its id, the id written on its heading even when it is
 * no valid section id, GitHub's slug of its title, element ids inside it) is
 * known when the links are.
 */
export function buildSections(
  root: Root,
  locale: unknown,
  ctx: ConvertContext,
  positionAnchors: PositionAnchor[] = [],
  frontMatterTitle?: unknown,
): MarkdownBody {
  const body: MarkdownBody = { sections: [] };
  const top: SectionDraft[] = [];
  const stack: SectionDraft[] = [];
  const intro: RootContent[] = [];
  const outline = readOutline(
    root.children.filter((node) => node.type !== 'definition'),
    ctx,
    frontMatterTitle,
  );
  if (outline.title) {
    body.title = { text: titleText(outline.title, ctx), line: lineOf(outline.title) };
  }

  for (const entry of outline.entries) {
    if (entry.kind === 'heading') {
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= entry.depth) stack.pop();
      const parent = stack[stack.length - 1];
      const draft: SectionDraft = {
        heading: entry.heading,
        depth: entry.depth,
        line: lineOf(entry.heading),
        title: '',
        nodes: [],
        children: [],
      };
      (parent ? parent.children : top).push(draft);
      stack.push(draft);
      continue;
    }
    const current = stack[stack.length - 1];
    if (current) current.nodes.push(entry.node);
    else intro.push(entry.node);
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

  const all = assignIds(top, ctx);
  indexAnchors(all, outline.title, positionAnchors, ctx);
  body.sections = top.map((draft, index) => toSection(draft, `sections[${index}]`, ctx, 1));
  return body;
}

/**
 * Reads each heading's title and `{#id}`, then hands out ids: valid explicit
 * ones first (so automatic ids avoid them), then slugs in document order. An
 * explicit id that is no valid section id, or one already taken, still leads to
 * its section (as an anchor), with a warning.
 */
function assignIds(
  top: SectionDraft[],
  ctx: ConvertContext,
): { draft: SectionDraft; path: string }[] {
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
        else {
          // An HTML heading's own id, when it is a valid section id, keeps the page's deep links.
          const own = (draft.heading.data as { id?: unknown } | undefined)?.id;
          if (typeof own === 'string' && isValidSectionId(own)) draft.explicitId = own;
        }
      }
      all.push({ draft, path });
      collect(draft.children, `${path}.sections`);
    });
  collect(top, 'sections');

  for (const { draft, path } of all) {
    if (draft.explicitId === undefined) continue;
    if (!isValidSectionId(draft.explicitId)) {
      ctx.warnings.add(
        draft.line,
        `${path}.id`,
        `{#${draft.explicitId}} is not a valid section id (lower-case a-z, 0-9 and single hyphens): the section gets one from its title, and links to #${draft.explicitId} lead to it`,
      );
    } else if (!ids.reserve(draft.explicitId)) {
      ctx.warnings.add(
        draft.line,
        `${path}.id`,
        `the section id ${draft.explicitId} is used twice (ids must be unique in the whole document): this section gets one from its title`,
      );
    } else {
      draft.id = draft.explicitId;
    }
  }
  all.forEach(({ draft }, index) => {
    draft.id ??= ids.allocate(draft.idBase ?? draft.title, index + 1);
  });
  return all;
}

/** Every fragment each section answers to, into `ctx.anchors` (first claim wins). */
function indexAnchors(
  all: { draft: SectionDraft }[],
  title: Heading | undefined,
  positionAnchors: PositionAnchor[],
  ctx: ConvertContext,
): void {
  for (const { draft } of all) ctx.anchors.add(draft.id!, draft.id!);
  for (const { draft } of all) {
    const id = draft.id!;
    if (draft.explicitId !== undefined) ctx.anchors.add(draft.explicitId, id);
    if (draft.heading) {
      for (const html of headingHtml(draft.heading)) {
        for (const anchor of htmlAnchorIds(html.value)) ctx.anchors.add(anchor, id);
      }
      for (const anchor of headingAnchors(draft.heading)) ctx.anchors.add(anchor, id);
      ctx.anchors.add(githubSlug(draft.title), id);
      ctx.anchors.add(slugify(draft.title), id);
    }
  }
  const first = all[0]?.draft.id;
  if (title && first) {
    for (const anchor of headingAnchors(title)) ctx.anchors.add(anchor, first);
    for (const html of headingHtml(title)) {
      for (const anchor of htmlAnchorIds(html.value)) ctx.anchors.add(anchor, first);
    }
  }
  // An element id belongs to the last section that starts on or before its line.
  const starts = all
    .filter(({ draft }) => draft.line !== undefined)
    .map(({ draft }) => ({ line: draft.line!, id: draft.id! }))
    .sort((a, b) => a.line - b.line);
  for (const anchor of positionAnchors) {
    let target = first;
    for (const start of starts) {
      if (start.line > anchor.line) break;
      target = start.id;
    }
    if (target) ctx.anchors.add(anchor.id, target);
  }
}

/** Ids the HTML importer found on a heading element, its descendants and the anchors just before it. */
function headingAnchors(heading: Heading): string[] {
  const anchors = (heading.data as { anchors?: unknown } | undefined)?.anchors;
  return Array.isArray(anchors) ? anchors.filter((a): a is string => typeof a === 'string') : [];
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
