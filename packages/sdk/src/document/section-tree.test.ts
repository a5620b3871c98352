import { describe, expect, it } from 'vitest';
import type { Section } from './policy-types';
import { createSectionTree } from './section-tree';

const section = (id: string, sections?: Section[]): Section => ({
  id,
  title: id,
  blocks: [],
  ...(sections ? { sections } : {}),
});

const doc = {
  sections: [
    section('intro'),
    section('data', [section('account'), section('technical', [section('cookies')])]),
    section('contact'),
  ],
};

describe('createSectionTree', () => {
  describe('given nested sections', () => {
    const tree = createSectionTree(doc);

    it('lists every section in reading order with its depth and parent', () => {
      expect(tree.ids).toEqual(['intro', 'data', 'account', 'technical', 'cookies', 'contact']);
      expect(tree.nodes.map((node) => [node.depth, node.parentId])).toEqual([
        [0, undefined],
        [0, undefined],
        [1, 'data'],
        [1, 'data'],
        [2, 'technical'],
        [0, undefined],
      ]);
    });

    it('finds nested sections by id', () => {
      expect(tree.has('cookies')).toBe(true);
      expect(tree.get('cookies')?.section.title).toBe('cookies');
      expect(tree.has('nope')).toBe(false);
    });

    it('gives the ancestors of a section, outermost first', () => {
      expect(tree.ancestorsOf('cookies')).toEqual(['data', 'technical']);
      expect(tree.ancestorsOf('intro')).toEqual([]);
      expect(tree.ancestorsOf('unknown')).toEqual([]);
    });

    it('adds ancestors, drops unknown ids and keeps reading order', () => {
      expect(tree.withAncestors(['contact', 'cookies', 'ghost', 'data'])).toEqual([
        'data',
        'technical',
        'cookies',
        'contact',
      ]);
    });
  });

  describe('given a very deep nesting', () => {
    it('indexes it without recursion', () => {
      let deepest = section('level-0');
      const root = deepest;
      for (let i = 1; i < 20_000; i++) {
        const child = section(`level-${i}`);
        deepest.sections = [child];
        deepest = child;
      }
      const tree = createSectionTree({ sections: [root] });
      expect(tree.nodes).toHaveLength(20_000);
      expect(tree.get('level-19999')?.depth).toBe(19_999);
    });
  });
});
