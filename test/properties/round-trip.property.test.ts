// @vitest-environment node
/**
 * Every valid document — generated across the whole format, within every
 * limit — survives `JSON.stringify` → `JSON.parse` → `parsePolicy` unchanged,
 * unknown keys included: nothing is dropped, coerced or reordered into
 * something else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '@policykit/sdk';
import { PROPERTY_TIMEOUT, runs } from './fast-check-config';
import { validPolicy } from './policy-arbitraries';
import { ruleViolations } from './policy-rules-oracle';

describe('given any valid policy document', () => {
  it(
    'survives JSON.stringify → parsePolicy unchanged',
    () => {
      fc.assert(
        fc.property(validPolicy, (doc) => {
          const parsed = parsePolicy(JSON.parse(JSON.stringify(doc)));
          expect(parsed).toStrictEqual(doc);
        }),
        runs(150),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'is returned as an equal, separate copy when parsed as an object',
    () => {
      fc.assert(
        fc.property(validPolicy, (doc) => {
          const parsed = parsePolicy(doc);
          expect(parsed).toStrictEqual(doc);
          expect(parsed).not.toBe(doc);
          expect(parsed.sections).not.toBe(doc.sections);
        }),
        runs(100),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'keeps every rule of the independent statement (the generator makes only valid documents)',
    () => {
      fc.assert(
        fc.property(validPolicy, (doc) => {
          expect(ruleViolations(doc)).toEqual([]);
        }),
        runs(100),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
