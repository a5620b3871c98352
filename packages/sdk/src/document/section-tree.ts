import type { PolicyDocument, Section } from './policy-types';

/** One section of a document, with where it sits in the tree. */
export interface SectionNode {
  section: Section;
  /** 0 for a top-level section, 1 for a subsection, … */
  depth: number;
  /** The id of the enclosing section; `undefined` at the top level. */
  parentId: string | undefined;
}

/** A document's sections, indexed once, for the questions a reader's UI keeps asking. */
export interface SectionTree {
  /** Every section, nested ones included, in reading (document) order. */
  nodes: readonly SectionNode[];
  /** Every section id, in reading order. */
  ids: readonly string[];
  /** Whether the document has a section with this id (nested ones included). */
  has(id: string): boolean;
  /** The node for an id, or `undefined`. */
  get(id: string): SectionNode | undefined;
  /**
   * The ids of the sections enclosing `id`, outermost first (not `id` itself);
   * `[]` for a top-level section or an unknown id.
   */
  ancestorsOf(id: string): string[];
  /**
   * `ids` plus every section enclosing one of them, unknown ids dropped, in reading order,
   * so that opening the result makes each of `ids` actually visible.
   */
  withAncestors(ids: Iterable<string>): string[];
}

/**
 * Indexes a document's sections (depth-first, reading order) so that lookups,
 * ancestors and "open this and everything around it" are cheap.
 * Iterative, so a hostile nesting depth cannot overflow the stack.
 *
 * @example
 * const tree = createSectionTree(policy);
 * tree.ancestorsOf('akun'); // ['informasi-yang-kami-kumpulkan']
 * tree.withAncestors(['akun']); // ['informasi-yang-kami-kumpulkan', 'akun']
 */
export function createSectionTree(doc: Pick<PolicyDocument, 'sections'>): SectionTree {
  const nodes: SectionNode[] = [];
  const byId = new Map<string, SectionNode>();
  const order = new Map<string, number>();
  const stack: SectionNode[] = [];
  const pushChildren = (
    sections: readonly Section[] | undefined,
    depth: number,
    parent?: string,
  ) => {
    for (let i = (sections?.length ?? 0) - 1; i >= 0; i--) {
      stack.push({ section: sections![i]!, depth, parentId: parent });
    }
  };
  pushChildren(doc.sections, 0);
  while (stack.length) {
    const node = stack.pop()!;
    // Duplicate ids are a validation error; the first one wins so lookups stay predictable.
    if (!byId.has(node.section.id)) {
      byId.set(node.section.id, node);
      order.set(node.section.id, nodes.length);
    }
    nodes.push(node);
    pushChildren(node.section.sections, node.depth + 1, node.section.id);
  }
  const ids = nodes.map((node) => node.section.id);

  const ancestorsOf = (id: string): string[] => {
    const chain: string[] = [];
    let parent = byId.get(id)?.parentId;
    while (parent !== undefined) {
      chain.unshift(parent);
      parent = byId.get(parent)?.parentId;
    }
    return chain;
  };

  return {
    nodes,
    ids,
    has: (id) => byId.has(id),
    get: (id) => byId.get(id),
    ancestorsOf,
    withAncestors(wanted) {
      const result = new Set<string>();
      for (const id of wanted) {
        if (!byId.has(id)) continue;
        for (const ancestor of ancestorsOf(id)) result.add(ancestor);
        result.add(id);
      }
      return [...result].sort((a, b) => order.get(a)! - order.get(b)!);
    },
  };
}
