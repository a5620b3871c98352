// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: [{ z: 1, a: 2 }], a: 'x' })).toBe('{"a":"x","b":[{"a":2,"z":1}]}');
  });

  it('orders keys by UTF-16 code units, as RFC 8785 §3.2.3 asks', () => {
    // RFC 8785 §3.2.3's example: "\u20ac" (€) sorts before "\ud83d\ude00" (😀) and after "\r".
    expect(canonicalJson({ '😀': 1, '€': 2, '\r': 3, '1': 4 })).toBe(
      '{"\\r":3,"1":4,"€":2,"😀":1}',
    );
  });

  it('writes numbers and strings as ECMAScript does (RFC 8785 §3.2.2)', () => {
    expect(canonicalJson([1e21, 0.000001, -0, 'é\n"'])).toBe('[1e+21,0.000001,0,"é\\n\\""]');
  });

  it('gives the same text for the same content in any key order', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(
      canonicalJson(JSON.parse('{ "b": { "d": 3, "c": 2 }, "a": 1 }')),
    );
  });

  it('leaves out undefined properties, as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('refuses what JSON cannot hold, naming where', () => {
    expect(() => canonicalJson({ a: [1, Number.NaN] })).toThrow(
      new TypeError('canonicalJson: $.a[1] is not a finite number'),
    );
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/\$\.f is a function/);
    expect(() => canonicalJson({ n: 1n })).toThrow(/\$\.n is a bigint/);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => canonicalJson(cycle)).toThrow(/\$\.self refers back to itself/);
  });
});
