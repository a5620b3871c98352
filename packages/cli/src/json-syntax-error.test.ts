import { describe, expect, it } from 'vitest';
import { locateJsonSyntaxError } from './json-syntax-error';

describe('locateJsonSyntaxError', () => {
  it.each([
    ['{\n  "a": }', { line: 2, column: 8, reason: 'expected a value' }],
    ['{"a": 1,}', { line: 1, column: 9, reason: 'expected a property name in double quotes' }],
    ['[1 2]', { line: 1, column: 4, reason: "expected ','" }],
    ['{"a": 1} x', { line: 1, column: 10, reason: 'unexpected character' }],
    ['{"a": "b', { line: 1, column: 7, reason: 'unterminated string' }],
    ['// note\n{}', { line: 1, column: 1, reason: 'comments are not allowed in JSON' }],
    // JSON forbids leading zeros; the scanner reads `0` and `1` as two numbers.
    ['{"a": 01}', { line: 1, column: 8, reason: "expected ','" }],
    ['{"a": 1.}', { line: 1, column: 7, reason: 'unterminated number' }],
    ['{"a": "\\x"}', { line: 1, column: 7, reason: 'invalid escape sequence' }],
    ['{"a": "\u0001"}', { line: 1, column: 7, reason: 'control character inside a string' }],
    ['   \n ', { line: 1, column: 1, reason: 'the file is empty' }],
  ])('finds the error in %j', (text, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonSyntaxError(text)).toEqual(expected);
  });

  it('finds nothing in valid JSON', () => {
    expect(locateJsonSyntaxError('{"a": [1, 2, {"b": null}]}')).toBeUndefined();
  });
});
