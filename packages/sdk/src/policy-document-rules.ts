import { LIMITS, SLUG_PATTERN } from './policy-schema';
import type { PolicyIssue } from './policy-types';

type Record_ = Record<string, unknown>;

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The rules that span the whole document, which a per-value schema (and JSON
 * Schema) cannot express:
 *
 * - section ids are unique across all levels of nesting (the viewer's deep
 *   links and the diff rely on it) — a duplicate names where the id was first used;
 * - a `#id` link points at a section of the same document;
 * - right ids are unique;
 * - sections nest at most `LIMITS.maxSectionDepth` levels, callouts
 *   `LIMITS.maxCalloutDepth`, and there are at most `LIMITS.maxSections` sections.
 *
 * It reads the input defensively (anything may be malformed; the schema
 * reports that) and only after `findExcessiveNesting` has bounded its depth,
 * so its recursion is bounded too.
 *
 * @example
 * ```ts
 * checkDocumentRules({ sections: [{ id: 'a' }, { id: 'a' }] });
 * // [{ path: 'sections[1].id', message: 'duplicates the section id "a" first used at sections[0].id' }]
 * ```
 */
export function checkDocumentRules(input: unknown): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (!isRecord(input)) return issues;
  const sectionIds = new Map<string, string>();
  const anchors: { id: string; path: string }[] = [];
  let sectionCount = 0;

  const collectLinks = (inline: unknown, path: string): void => {
    if (!Array.isArray(inline)) return;
    for (let i = 0; i < inline.length; i++) {
      const span = inline[i];
      if (isRecord(span) && span.type === 'link' && typeof span.href === 'string') {
        if (span.href.startsWith('#'))
          anchors.push({ id: span.href.slice(1), path: `${path}[${i}].href` });
      }
    }
  };

  const walkBlocks = (blocks: unknown, path: string, calloutDepth: number): void => {
    if (!Array.isArray(blocks)) return;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      if (!isRecord(block)) continue;
      const blockPath = `${path}[${i}]`;
      if (block.type === 'paragraph') collectLinks(block.text, `${blockPath}.text`);
      else if (block.type === 'list' && Array.isArray(block.items)) {
        for (let j = 0; j < block.items.length; j++) {
          collectLinks(block.items[j], `${blockPath}.items[${j}]`);
        }
      } else if (block.type === 'callout') {
        const depth = calloutDepth + 1;
        if (depth === LIMITS.maxCalloutDepth + 1) {
          issues.push({
            path: blockPath,
            message: `is a callout nested ${depth} levels deep; callouts may nest at most ${LIMITS.maxCalloutDepth} levels`,
          });
        }
        walkBlocks(block.blocks, `${blockPath}.blocks`, depth);
      }
    }
  };

  const walkSections = (sections: unknown, path: string, depth: number): void => {
    if (!Array.isArray(sections)) return;
    for (let i = 0; i < sections.length; i++) {
      const section = sections[i];
      if (!isRecord(section)) continue;
      sectionCount++;
      const sectionPath = `${path}[${i}]`;
      if (depth === LIMITS.maxSectionDepth + 1) {
        issues.push({
          path: sectionPath,
          message: `is a section nested ${depth} levels deep; sections may nest at most ${LIMITS.maxSectionDepth} levels`,
        });
      }
      const id = section.id;
      // Ids that are not slugs are reported by the schema; comparing them adds noise.
      if (typeof id === 'string' && SLUG_PATTERN.test(id)) {
        const first = sectionIds.get(id);
        if (first === undefined) sectionIds.set(id, `${sectionPath}.id`);
        else {
          issues.push({
            path: `${sectionPath}.id`,
            message: `duplicates the section id "${id}" first used at ${first}; section ids must be unique in the whole document`,
          });
        }
      }
      walkBlocks(section.blocks, `${sectionPath}.blocks`, 0);
      walkSections(section.sections, `${sectionPath}.sections`, depth + 1);
    }
  };

  walkSections(input.sections, 'sections', 1);

  for (const anchor of anchors) {
    if (SLUG_PATTERN.test(anchor.id) && !sectionIds.has(anchor.id)) {
      issues.push({
        path: anchor.path,
        message: `links to "#${anchor.id}", but no section has the id "${anchor.id}"`,
      });
    }
  }

  if (sectionCount > LIMITS.maxSections) {
    issues.push({
      path: 'sections',
      message: `has ${sectionCount} sections in all; a document may have at most ${LIMITS.maxSections}`,
    });
  }

  // valibot's objects accept arrays; `contact` is the one object whose keys are all
  // optional, so an array there would pass as an empty contact.
  if (Array.isArray(input.contact)) {
    issues.push({ path: 'contact', message: 'must be an object (got an array)' });
  }

  if (Array.isArray(input.rights)) {
    const rightIds = new Map<string, string>();
    input.rights.forEach((right, i) => {
      if (!isRecord(right) || typeof right.id !== 'string') return;
      const first = rightIds.get(right.id);
      if (first === undefined) rightIds.set(right.id, `rights[${i}].id`);
      else {
        issues.push({
          path: `rights[${i}].id`,
          message: `duplicates the right "${right.id}" first listed at ${first}; each right may be listed once`,
        });
      }
    });
  }

  return issues;
}
