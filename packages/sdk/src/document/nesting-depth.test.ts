import { describe, expect, it } from 'vitest';
import { findExcessiveNesting } from './nesting-depth';
import { LIMITS } from './policy-schema';

/** `depth` levels of arrays, the innermost empty: depth 1 is `[]`. */
function arrays(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

describe('given values that are not objects', () => {
  it.each([null, undefined, 0, 'text', true])('finds nothing in %j', (value) => {
    expect(findExcessiveNesting(value)).toBeUndefined();
  });
});

describe('given nesting at and beyond the limit', () => {
  it('accepts exactly maxDepth levels', () => {
    expect(findExcessiveNesting(arrays(LIMITS.maxNestingDepth))).toBeUndefined();
  });

  it('reports maxDepth + 1 levels with the path of the first value too deep', () => {
    expect(findExcessiveNesting(arrays(4), 3)).toEqual({
      path: '[0][0][0]',
      message:
        'nests deeper than 3 levels of objects and arrays; the document was not checked further',
    });
  });

  it('names object keys in the path', () => {
    const value = { sections: [{ blocks: [{ deep: { deeper: {} } }] }] };
    expect(findExcessiveNesting(value, 6)?.path).toBe('sections[0].blocks[0].deep.deeper');
  });

  it('walks a million levels without recursion', () => {
    expect(findExcessiveNesting(arrays(1_000_000))?.message).toMatch('deeper than');
  });

  it('reports a cycle as too deep instead of looping', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(findExcessiveNesting(cyclic)?.path).toBe(
      `self${'.self'.repeat(LIMITS.maxNestingDepth - 1)}`,
    );
  });
});

describe('given many values', () => {
  it('accepts maxValues values', () => {
    expect(findExcessiveNesting(new Array(9).fill(0), 64, 10)).toBeUndefined();
  });

  it('reports more than maxValues values at the root', () => {
    expect(findExcessiveNesting(new Array(10).fill(0), 64, 10)).toEqual({
      path: '',
      message: 'holds more than 10 values; a policy document may hold at most 10',
    });
  });

  it('stops on shared references that multiply the work', () => {
    let shared: unknown = [0];
    for (let i = 0; i < 40; i++) shared = [shared, shared]; // 2^40 paths, 41 distinct arrays
    expect(findExcessiveNesting(shared)?.message).toMatch(`more than ${LIMITS.maxValues} values`);
  });
});
