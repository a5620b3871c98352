import type { PolicyDocument, Section } from '../document/policy-types';

/**
 * How one section differs between two versions of a policy.
 *
 * @example
 * const badge: Record<SectionChange, string | null> = { added: 'New', modified: 'Updated', removed: null, unchanged: null };
 */
export type SectionChange = 'added' | 'removed' | 'modified' | 'unchanged';

/**
 * One section of either version, with what happened to it.
 *
 * @example
 * // { id: 'hak-anda', title: 'Hak Anda', change: 'modified', depth: 0, parentId: null, previousTitle: 'Hak-Hak Anda' }
 */
export interface SectionDiff {
  id: string;
  /** The title in `next` (in `prev` for a removed section). */
  title: string;
  change: SectionChange;
  /** 0 for a top-level section, 1 for its subsections, … — in the merged outline. */
  depth: number;
  /** The enclosing section in the merged outline, `null` at the top level. */
  parentId: string | null;
  /** The old title, present only when a section kept its id but was renamed. */
  previousTitle?: string;
  /**
   * True when the section now sits under another parent, or out of its old
   * order among its siblings. A moved section is `modified` (a reader should
   * look at it again) even if its own text is unchanged.
   */
  moved?: boolean;
}

/**
 * A document-level field compared by {@link diffPolicies}: a known key of
 * `PolicyDocument`, or an unknown extra key of a newer document.
 *
 * @example
 * const fields: PolicyField[] = diffPolicies(prev, next).fields; // e.g. ['contact', 'rights']
 */
export type PolicyField = Exclude<keyof PolicyDocument, 'sections'> | (string & {});

/**
 * The result of {@link diffPolicies}.
 *
 * @example
 * const { changed, fields, sections } = diffPolicies(prev, next);
 * const listed = sections.filter((s) => s.change !== 'unchanged');
 */
export interface PolicyDiff {
  /**
   * True when the content differs: any section not `unchanged`, any entry in
   * `fields`, or sections reordered. Independent of `version` (a new version
   * with the same text is not a change; an edit that forgot to bump it is).
   */
  changed: boolean;
  /**
   * Document-level fields whose value differs (`title`, `rights`, `contact`,
   * `appliesTo`, `effectiveDate`, unknown extra keys, …), in a stable order.
   * `version`, `lastUpdated` and `schemaVersion` are bookkeeping, not content,
   * and are never listed.
   */
  fields: string[];
  /** Every section of both versions: `next`'s outline, removed ones where they stood in `prev`. */
  sections: SectionDiff[];
}

/** Fields that say *when* or *which*, not *what*: they never make a diff `changed`. */
const BOOKKEEPING = new Set(['sections', 'version', 'lastUpdated', 'schemaVersion']);

interface Placed {
  section: Section;
  parentId: string | null;
  /** Position among its siblings. */
  index: number;
}

/**
 * Compares two versions of a policy section by section (nested sections
 * included, matched by `id`) and field by field.
 *
 * A section is `modified` when its *own* title, summary or blocks differ —
 * any text change inside a block counts — or when it moved. A change only in a
 * subsection marks that subsection, not its parents, so a list of changed
 * sections names each change once. Cost is linear in the size of both
 * documents (maps by id; one longest-increasing-subsequence pass per parent
 * to find moved siblings, O(n log n)).
 *
 * @example
 * const diff = diffPolicies(previousVersion, currentVersion);
 * if (diff.changed) {
 *   for (const s of diff.sections) if (s.change !== 'unchanged') console.log(s.change, s.title);
 * }
 */
export function diffPolicies(prev: PolicyDocument, next: PolicyDocument): PolicyDiff {
  const prevById = indexSections(prev.sections);
  const nextById = indexSections(next.sections);

  const moved = findMoved(prevById, next.sections);

  // Removed sections, grouped by where they go in the merged outline: under
  // their old parent, right after the nearest earlier sibling that is still
  // there under that same parent (or first, when there is none).
  const removedAt = new Map<string, Section[]>();
  const slot = (parentId: string | null, afterId: string | null) =>
    `${parentId ?? ''}\u0000${afterId ?? ''}`;
  for (const [id, placed] of prevById) {
    if (nextById.has(id)) continue;
    const siblings = placed.parentId
      ? (prevById.get(placed.parentId)?.section.sections ?? [])
      : prev.sections;
    let anchor: string | null = null;
    for (let i = placed.index - 1; i >= 0; i--) {
      const sibling = siblings[i];
      if (!sibling) continue;
      const there = nextById.get(sibling.id);
      if (there && there.parentId === placed.parentId) {
        anchor = sibling.id;
        break;
      }
    }
    const key = slot(placed.parentId, anchor);
    const list = removedAt.get(key);
    if (list) list.push(placed.section);
    else removedAt.set(key, [placed.section]);
  }

  const out: SectionDiff[] = [];
  let sectionsChanged = false;

  const emitRemoved = (parentId: string | null, afterId: string | null, depth: number) => {
    const list = removedAt.get(slot(parentId, afterId));
    if (!list) return;
    for (const section of list) {
      sectionsChanged = true;
      out.push({ id: section.id, title: section.title, change: 'removed', depth, parentId });
      // Its removed subsections follow it; those that survived appear where `next` puts them.
      emitRemoved(section.id, null, depth + 1);
    }
  };

  const walk = (children: readonly Section[], parentId: string | null, depth: number) => {
    emitRemoved(parentId, null, depth);
    for (const section of children) {
      const before = prevById.get(section.id)?.section;
      const entry: SectionDiff = {
        id: section.id,
        title: section.title,
        change: 'unchanged',
        depth,
        parentId,
      };
      if (!before) {
        entry.change = 'added';
      } else {
        if (before.title !== section.title) entry.previousTitle = before.title;
        if (moved.has(section.id)) entry.moved = true;
        if (entry.moved || !sameOwnContent(before, section)) entry.change = 'modified';
      }
      if (entry.change !== 'unchanged') sectionsChanged = true;
      out.push(entry);
      walk(section.sections ?? [], section.id, depth + 1);
      emitRemoved(parentId, section.id, depth);
    }
  };
  walk(next.sections, null, 0);

  const fields = changedFields(prev, next);
  return { changed: sectionsChanged || fields.length > 0, fields, sections: out };
}

function indexSections(sections: readonly Section[]): Map<string, Placed> {
  const byId = new Map<string, Placed>();
  const visit = (list: readonly Section[], parentId: string | null) => {
    list.forEach((section, index) => {
      // Ids are unique in a valid document; on a bad one the first occurrence wins.
      if (!byId.has(section.id)) byId.set(section.id, { section, parentId, index });
      if (section.sections) visit(section.sections, section.id);
    });
  };
  visit(sections, null);
  return byId;
}

/**
 * Ids of sections that changed parent, or fell out of their old relative order
 * among siblings that kept their parent: every kept sibling not on a longest
 * increasing run of old positions has moved.
 */
function findMoved(prevById: Map<string, Placed>, nextRoots: readonly Section[]): Set<string> {
  const moved = new Set<string>();
  const visit = (children: readonly Section[], parentId: string | null) => {
    const kept: { id: string; oldIndex: number }[] = [];
    for (const child of children) {
      const before = prevById.get(child.id);
      if (before) {
        if (before.parentId !== parentId) moved.add(child.id);
        else kept.push({ id: child.id, oldIndex: before.index });
      }
      if (child.sections) visit(child.sections, child.id);
    }
    const stay = longestIncreasing(kept.map((k) => k.oldIndex));
    kept.forEach((k, i) => {
      if (!stay.has(i)) moved.add(k.id);
    });
  };
  visit(nextRoots, null);
  return moved;
}

/** Indices (into `values`) of one longest strictly increasing subsequence — patience sorting. */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = []; // index into values of the smallest tail of each length
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  });
  const result = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i] ?? -1) result.add(i);
  return result;
}

function sameOwnContent(a: Section, b: Section): boolean {
  return a.title === b.title && a.summary === b.summary && deepEqual(a.blocks, b.blocks);
}

function changedFields(prev: PolicyDocument, next: PolicyDocument): string[] {
  const a = prev as unknown as Record<string, unknown>;
  const b = next as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const fields: string[] = [];
  for (const key of keys) {
    if (BOOKKEEPING.has(key)) continue;
    if (!deepEqual(a[key], b[key])) fields.push(key);
  }
  return fields;
}

/**
 * Structural equality for JSON values. Key order does not matter and a key
 * holding `undefined` equals a missing key (documents built in code and
 * documents read from JSON must compare equal).
 */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], other[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key in x) {
    if (Object.hasOwn(x, key) && !deepEqual(x[key], y[key])) return false;
  }
  for (const key in y) {
    if (Object.hasOwn(y, key) && !Object.hasOwn(x, key) && y[key] !== undefined) return false;
  }
  return true;
}
