import { formatIssuePath, type PathSegment } from './issue-path';
import { LIMITS, SLUG_PATTERN } from './policy-schema';
import type { PolicyIssue } from './policy-types';

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The rules that span the whole document, which a per-value schema (and JSON
 * Schema) cannot express:
 *
 * - section ids are unique across all levels of nesting (deep links and the
 *   diff rely on it); a duplicate names where the id was first used;
 * - a `#id` link points at a section of the same document;
 * - right ids are unique;
 * - sections nest at most `LIMITS.maxSectionDepth` levels, callouts
 *   `LIMITS.maxCalloutDepth`, blocks inside list items, table cells and callouts
 *   `LIMITS.maxBlockDepth`, and there are at most `LIMITS.maxSections` sections;
 * - every row of a table has one cell per column.
 *
 * It reads the input defensively (anything may be malformed; the schema
 * reports that) and runs only after `findExcessiveNesting` has bounded the
 * depth, so its recursion is bounded too. Paths are kept as one shared stack
 * and only written out for an issue: a valid document costs no strings.
 *
 * @example
 * ```ts
 * checkDocumentRules({ sections: [{ id: 'a' }, { id: 'a' }] });
 * // [{ path: 'sections[1].id', message: 'duplicates the section id "a" first used at sections[0].id; …' }]
 * ```
 */
export function checkDocumentRules(input: unknown): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (!isObject(input)) return issues;
  const path: PathSegment[] = [];
  const report = (message: string, ...tail: PathSegment[]): void => {
    issues.push({ path: formatIssuePath([...path, ...tail]), message });
  };
  const sectionIds = new Set<string>();
  const { maxBlockDepth, maxCalloutDepth, maxSectionDepth, maxSections } = LIMITS;
  const anchors: { id: string; path: PathSegment[] }[] = [];
  let sectionCount = 0;

  const collectLinks = (inline: unknown): void => {
    if (!Array.isArray(inline)) return;
    for (let i = 0; i < inline.length; i++) {
      const span: unknown = inline[i];
      if (isObject(span) && span.type === 'link' && typeof span.href === 'string') {
        if (span.href.startsWith('#'))
          anchors.push({ id: span.href.slice(1), path: [...path, i, 'href'] });
      }
    }
  };

  // A list item or table cell: text (links collected) or an object of blocks, one level deeper.
  const walkItem = (item: unknown, calloutDepth: number, blockDepth: number): void => {
    if (isObject(item)) {
      path.push('blocks');
      walkBlocks(item.blocks, calloutDepth, blockDepth);
      path.pop();
    } else collectLinks(item);
  };

  const walkBlocks = (blocks: unknown, calloutDepth: number, parentDepth: number): void => {
    if (!Array.isArray(blocks)) return;
    const blockDepth = parentDepth + 1;
    for (let i = 0; i < blocks.length; i++) {
      const block: unknown = blocks[i];
      if (!isObject(block)) continue;
      path.push(i);
      if (blockDepth === maxBlockDepth + 1) {
        report(
          `is a block nested ${blockDepth} levels deep (in list items, table cells or callouts); blocks may nest at most ${maxBlockDepth} levels`,
        );
      }
      if (block.type === 'paragraph') {
        path.push('text');
        collectLinks(block.text);
        path.pop();
      } else if (block.type === 'list' && Array.isArray(block.items)) {
        path.push('items', 0);
        for (let j = 0; j < block.items.length; j++) {
          path[path.length - 1] = j;
          walkItem(block.items[j], calloutDepth, blockDepth);
        }
        path.pop();
        path.pop();
      } else if (block.type === 'table') {
        const columns = Array.isArray(block.columns) ? block.columns : [];
        path.push('columns', 0, 'title');
        for (let j = 0; j < columns.length; j++) {
          path[path.length - 2] = j;
          const column: unknown = columns[j];
          if (isObject(column)) collectLinks(column.title);
        }
        path.splice(-3);
        if (Array.isArray(block.rows)) {
          path.push('rows', 0);
          for (let r = 0; r < block.rows.length; r++) {
            path[path.length - 1] = r;
            const row: unknown = block.rows[r];
            if (!Array.isArray(row)) continue;
            // Every row has a cell per column: a reader of a screen reader hears each cell with
            // its column's header, which a short or long row would pair wrongly.
            if (columns.length > 0 && row.length !== columns.length) {
              report(
                `has ${row.length} cell${row.length === 1 ? '' : 's'}; every row of this table must have ${columns.length} (one per column)`,
              );
            }
            path.push(0);
            for (let c = 0; c < row.length; c++) {
              path[path.length - 1] = c;
              walkItem(row[c], calloutDepth, blockDepth);
            }
            path.pop();
          }
          path.pop();
          path.pop();
        }
      } else if (block.type === 'callout') {
        const depth = calloutDepth + 1;
        if (depth === maxCalloutDepth + 1) {
          report(
            `is a callout nested ${depth} levels deep; callouts may nest at most ${maxCalloutDepth} levels`,
          );
        }
        path.push('blocks');
        walkBlocks(block.blocks, depth, blockDepth);
        path.pop();
      }
      path.pop();
    }
  };

  const walkSections = (sections: unknown, depth: number): void => {
    if (!Array.isArray(sections)) return;
    for (let i = 0; i < sections.length; i++) {
      const section: unknown = sections[i];
      if (!isObject(section)) continue;
      sectionCount++;
      path.push(i);
      if (depth === maxSectionDepth + 1) {
        report(
          `is a section nested ${depth} levels deep; sections may nest at most ${maxSectionDepth} levels`,
        );
      }
      const id = section.id;
      if (typeof id === 'string') {
        if (!sectionIds.has(id)) sectionIds.add(id);
        // Ids that are not slugs are reported by the schema; a duplicate of one adds noise.
        else if (SLUG_PATTERN.test(id)) {
          report(
            `duplicates the section id ${quoted(id)} first used at ${firstUseOf(input, id)}; section ids must be unique in the whole document`,
            'id',
          );
        }
      }
      path.push('blocks');
      walkBlocks(section.blocks, 0, 0);
      path[path.length - 1] = 'sections';
      walkSections(section.sections, depth + 1);
      path.pop();
      path.pop();
    }
  };

  path.push('sections');
  walkSections(input.sections, 1);
  path.pop();

  for (const anchor of anchors) {
    if (!sectionIds.has(anchor.id) && SLUG_PATTERN.test(anchor.id)) {
      issues.push({
        path: formatIssuePath(anchor.path),
        message: `links to ${quoted(`#${anchor.id}`)}, but no section has the id ${quoted(anchor.id)}`,
      });
    }
  }

  if (sectionCount > maxSections) {
    report(
      `has ${sectionCount} sections in all; a document may have at most ${maxSections}`,
      'sections',
    );
  }

  // valibot's objects accept arrays; `contact` is the one object whose keys are all
  // optional, so an array there would pass as an empty contact.
  if (Array.isArray(input.contact)) report('must be an object (got an array)', 'contact');

  if (Array.isArray(input.rights)) {
    const rightIds = new Map<string, number>();
    input.rights.forEach((right: unknown, i) => {
      if (!isObject(right) || typeof right.id !== 'string') return;
      const first = rightIds.get(right.id);
      if (first === undefined) rightIds.set(right.id, i);
      else {
        report(
          `duplicates the right ${quoted(right.id)} first listed at rights[${first}].id; each right may be listed once`,
          'rights',
          i,
          'id',
        );
      }
    });
  }

  return issues;
}

/**
 * An id as a message shows it: quoted and cut short, so that a message never
 * echoes a huge input (a 1 MB id used twice would otherwise make a 2 MB message).
 */
function quoted(id: string): string {
  return JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id);
}

/** Where a section id is first used, found again only when there is a duplicate to report. */
function firstUseOf(input: Obj, id: string): string {
  const search = (sections: unknown, prefix: PathSegment[]): PathSegment[] | undefined => {
    if (!Array.isArray(sections)) return undefined;
    for (let i = 0; i < sections.length; i++) {
      const section: unknown = sections[i];
      if (!isObject(section)) continue;
      if (section.id === id) return [...prefix, i, 'id'];
      const found = search(section.sections, [...prefix, i, 'sections']);
      if (found) return found;
    }
    return undefined;
  };
  return formatIssuePath(search(input.sections, ['sections']) ?? ['sections']);
}
