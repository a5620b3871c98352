// @vitest-environment node
/**
 * Properties of `diffPolicies`: a document compared with itself has no
 * changes; two versions are compared section by section with every section
 * of either listed exactly once, in `next`'s outline; and swapping the
 * versions swaps added and removed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPolicies, type PolicyDocument, type Section } from '@policykit/sdk';
import { PROPERTY_TIMEOUT, runs } from './fast-check-config';
import { nonBlankText, validPolicy } from './policy-arbitraries';

interface Placed {
  id: string;
  parentId: string | null;
  depth: number;
}

/** Every section in document order (depth first), where it sits. */
function outline(doc: PolicyDocument): Placed[] {
  const out: Placed[] = [];
  const visit = (sections: readonly Section[], parentId: string | null, depth: number) => {
    for (const section of sections) {
      out.push({ id: section.id, parentId, depth });
      if (section.sections) visit(section.sections, section.id, depth + 1);
    }
  };
  visit(doc.sections, null, 0);
  return out;
}

/** The sibling lists of a document, each with its owner (null for the top level). */
function siblingLists(doc: PolicyDocument): Section[][] {
  const lists: Section[][] = [doc.sections];
  const visit = (sections: Section[]) => {
    for (const section of sections) {
      if (section.sections) {
        lists.push(section.sections);
        visit(section.sections);
      }
    }
  };
  visit(doc.sections);
  return lists;
}

type Edit = [kind: 'remove' | 'add' | 'retitle' | 'reword' | 'move' | 'field', a: number, b: number, text: string]; // prettier-ignore

/** `doc` with a few edits a policy author makes between versions; ids stay unique. */
function edited(doc: PolicyDocument, edits: readonly Edit[]): PolicyDocument {
  const next = structuredClone(doc);
  let fresh = 0;
  for (const [kind, a, b, text] of edits) {
    const lists = siblingLists(next).filter((list) => list.length > 0);
    const list = lists[a % lists.length]!;
    const index = b % list.length;
    const section = list[index]!;
    switch (kind) {
      case 'remove':
        // Keep at least one section, as the format requires.
        if (list !== next.sections || list.length > 1) list.splice(index, 1);
        break;
      case 'add':
        list.splice(index, 0, { id: `added-${fresh++}`, title: text, blocks: [] });
        break;
      case 'retitle':
        section.title = section.title === text ? `${text}!` : text;
        break;
      case 'reword':
        section.blocks = [...section.blocks, { type: 'paragraph', text }];
        break;
      case 'move': {
        list.splice(index, 1);
        const target = siblingLists(next)[b % siblingLists(next).length]!;
        // Not under itself: a removed section's own children are no longer in the outline.
        target.splice(a % (target.length + 1), 0, section);
        break;
      }
      case 'field':
        next.title = next.title === text ? `${text}!` : text;
        break;
      default:
        kind satisfies never;
    }
  }
  return next;
}

const edit: fc.Arbitrary<Edit> = fc.tuple(
  fc.constantFrom('remove', 'add', 'retitle', 'reword', 'move', 'field'),
  fc.nat(),
  fc.nat(),
  nonBlankText(10),
);

/** Two versions: one edited from the other, or two unrelated documents sharing some ids. */
const versions = fc.oneof(
  {
    weight: 3,
    arbitrary: validPolicy.chain(
      (prev) =>
      fc.array(edit, { minLength: 1, maxLength: 5 }).map((edits) => ({ prev, next: edited(prev, edits) })), // prettier-ignore
    ),
  },
  { weight: 1, arbitrary: fc.tuple(validPolicy, validPolicy).map(([prev, next]) => ({ prev, next })) }, // prettier-ignore
);

describe('given a document compared with itself', () => {
  it(
    'lists every section once, in order, all unchanged, and changed is false',
    () => {
      fc.assert(
        fc.property(validPolicy, (doc) => {
          for (const other of [doc, structuredClone(doc)]) {
            const diff = diffPolicies(doc, other);
            expect(diff.changed).toBe(false);
            expect(diff.fields).toEqual([]);
            expect(diff.sections.map(({ id, parentId, depth }) => ({ id, parentId, depth }))).toEqual(outline(doc)); // prettier-ignore
            expect(diff.sections.every((s) => s.change === 'unchanged')).toBe(true);
          }
        }),
        runs(80),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'is not changed by a new version or date alone',
    () => {
      fc.assert(
        fc.property(validPolicy, nonBlankText(10), (doc, version) => {
          const bumped = { ...structuredClone(doc), version, lastUpdated: '2099-12-31' };
          expect(diffPolicies(doc, bumped).changed).toBe(false);
        }),
        runs(50),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('given two versions', () => {
  it(
    'lists every section id of both exactly once, with the change its presence implies',
    () => {
      fc.assert(
        fc.property(versions, ({ prev, next }) => {
          const diff = diffPolicies(prev, next);
          const before = new Set(outline(prev).map((s) => s.id));
          const after = new Set(outline(next).map((s) => s.id));
          const listed = diff.sections.map((s) => s.id);
          expect(listed.length).toBe(new Set(listed).size);
          expect(new Set(listed)).toEqual(new Set([...before, ...after]));
          for (const { id, change } of diff.sections) {
            if (!before.has(id)) expect(change).toBe('added');
            else if (!after.has(id)) expect(change).toBe('removed');
            else expect(['modified', 'unchanged']).toContain(change);
          }
          // Sections still there appear in `next`'s order.
          expect(listed.filter((id) => after.has(id))).toEqual(outline(next).map((s) => s.id));
          const anySection = diff.sections.some((s) => s.change !== 'unchanged');
          expect(diff.changed).toBe(anySection || diff.fields.length > 0);
        }),
        runs(120),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'swaps added and removed when the versions swap roles, and agrees on whether anything changed',
    () => {
      fc.assert(
        fc.property(versions, ({ prev, next }) => {
          const forward = diffPolicies(prev, next);
          const backward = diffPolicies(next, prev);
          const ids = (diff: typeof forward, change: string) =>
            new Set(diff.sections.filter((s) => s.change === change).map((s) => s.id));
          expect(ids(backward, 'removed')).toEqual(ids(forward, 'added'));
          expect(ids(backward, 'added')).toEqual(ids(forward, 'removed'));
          expect(backward.changed).toBe(forward.changed);
          expect(new Set(backward.fields)).toEqual(new Set(forward.fields));
        }),
        runs(120),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'marks only the retitled section when one title changes',
    () => {
      fc.assert(
        fc.property(validPolicy, fc.nat(), nonBlankText(10), (doc, pick, title) => {
          const next = structuredClone(doc);
          const lists = siblingLists(next).filter((list) => list.length > 0);
          const all = lists.flat();
          const target = all[pick % all.length]!;
          target.title = target.title === title ? `${title}!` : title;
          const diff = diffPolicies(doc, next);
          expect(diff.changed).toBe(true);
          for (const entry of diff.sections) {
            expect(entry.change).toBe(entry.id === target.id ? 'modified' : 'unchanged');
          }
        }),
        runs(80),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
