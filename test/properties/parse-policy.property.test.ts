// @vitest-environment node
/**
 * Properties of `parsePolicy` / `safeParsePolicy` on hostile and broken input:
 * it never throws anything but a `PolicyValidationError`, and it accepts a
 * document exactly when an independent statement of the rules
 * (policy-rules-oracle.ts) finds nothing wrong with it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  PolicyValidationError,
  parsePolicy,
  safeParsePolicy,
  type PolicyDocument,
  type PolicyIssue,
} from '@policykit/sdk';
import { PROPERTY_TIMEOUT, runs } from './fast-check-config';
import {
  DROPPED_KEYS,
  FORBIDDEN_HREFS,
  nearlyValidPolicy,
  validPolicy,
  type Mutation,
} from './policy-arbitraries';
import { isRealDate, ruleViolations } from './policy-rules-oracle';

/**
 * Messages quote ids cut to 60 characters and name places by path (at most 64
 * levels): never the input itself, however large. Typical ones are ~100 characters.
 */
const MAX_MESSAGE = 1000;

/**
 * Runs both entry points on `input` and checks they agree: a document and no
 * throw, or the same issues as a list and as a thrown `PolicyValidationError`.
 */
function parseBoth(input: unknown): { accepted: boolean; issues: PolicyIssue[] } {
  const result = safeParsePolicy(input);
  let thrown: unknown;
  try {
    parsePolicy(input);
  } catch (error) {
    thrown = error;
  }
  if (result.success) {
    expect(thrown).toBeUndefined();
    return { accepted: true, issues: [] };
  }
  expect(thrown).toBeInstanceOf(PolicyValidationError);
  expect((thrown as PolicyValidationError).issues).toEqual(result.issues);
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(typeof issue.path).toBe('string');
    expect(issue.message).toMatch(/\S/);
    expect(issue.message.length).toBeLessThanOrEqual(MAX_MESSAGE);
  }
  return { accepted: false, issues: result.issues };
}

/** `sections[0].blocks[1]` for a path of keys and indices. */
function pathOf(keys: readonly (string | number)[]): string {
  return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** Every link span's href in a document, with its path. */
function linkHrefs(doc: PolicyDocument): (string | number)[][] {
  const out: (string | number)[][] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value !== 'object' || value === null) return;
    const obj = value as Record<string, unknown>;
    if (obj.type === 'link' && typeof obj.href === 'string') out.push([...path, 'href']);
    for (const [key, child] of Object.entries(obj)) {
      visit(child, [...path, Array.isArray(value) ? Number(key) : key]);
    }
  };
  visit(doc.sections, ['sections']);
  return out;
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
}

describe('given arbitrary JSON', () => {
  it(
    'throws nothing but PolicyValidationError, and accepts nothing that breaks a rule',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (input) => {
          if (parseBoth(input).accepted) expect(ruleViolations(input)).toEqual([]);
        }),
        runs(300),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('given a valid document with one thing changed (wrong type, trick, duplicate, deep nesting …)', () => {
  it(
    'accepts it exactly when the independent rules find nothing wrong',
    () => {
      const params = runs(150);
      let accepted = 0;
      let rejected = 0;
      fc.assert(
        fc.property(
          nearlyValidPolicy,
          ({ doc, mutation }: { doc: unknown; mutation: Mutation }) => {
            const outcome = parseBoth(doc);
            const violations = ruleViolations(doc);
            if (outcome.accepted) accepted++;
            else rejected++;
            // Both directions: never accepts a broken document, never refuses a sound one.
            expect({ mutation: mutation.kind, violations }).toEqual({
              mutation: mutation.kind,
              violations: outcome.accepted ? [] : expect.arrayContaining([expect.any(String)]),
            });
          },
        ),
        params,
      );
      // The mutations must produce both kinds, or the property says little (a tiny FC_RUNS may not).
      if ((params.numRuns ?? 0) >= 50) {
        expect(accepted).toBeGreaterThan(0);
        expect(rejected).toBeGreaterThan(0);
      }
    },
    PROPERTY_TIMEOUT,
  );
});

describe('given a forbidden link target in any link of a valid document', () => {
  /** `javascript`-like schemes in mixed case, with junk browsers ignore slipped in. */
  const schemeTrick = fc
    .tuple(
      fc.mixedCase(fc.constantFrom('javascript', 'data', 'vbscript', 'file', 'blob')),
      fc.constantFrom('', ' ', '\t', '\n', '\r', '\u0000', '\u001f', '\u00a0', '\u200b', '\ufeff'),
      fc.nat(),
      fc.string({ maxLength: 20 }),
    )
    .map(([scheme, junk, at, payload]) => {
      const cut = at % (scheme.length + 1);
      return `${junk}${scheme.slice(0, cut)}${junk}${scheme.slice(cut)}:${payload}`;
    });
  const forbidden = fc.oneof(fc.constantFrom(...FORBIDDEN_HREFS), schemeTrick);

  /** A valid document that has at least one link, and the path of one of its hrefs. */
  type Located = { doc: PolicyDocument; path: (string | number)[] };
  const withLink = validPolicy.chain((doc): fc.Arbitrary<Located> => {
    const hrefs = linkHrefs(doc);
    if (hrefs.length > 0) return fc.constantFrom(...hrefs).map((path) => ({ doc, path }));
    const copy = structuredClone(doc);
    copy.sections[0]!.blocks.push({
      type: 'paragraph',
      text: [{ type: 'link', href: 'https://ctt.id', text: 'link' }],
    });
    const index = copy.sections[0]!.blocks.length - 1;
    return fc.constant({ doc: copy, path: ['sections', 0, 'blocks', index, 'text', 0, 'href'] });
  });

  it(
    'refuses the document with an issue at exactly that href',
    () => {
      fc.assert(
        fc.property(withLink, forbidden, ({ doc, path }, href) => {
          const broken = structuredClone(doc);
          setAt(broken, path, href);
          const { accepted, issues } = parseBoth(broken);
          expect(accepted).toBe(false);
          expect(issues.map((issue) => issue.path)).toContain(pathOf(path));
        }),
        runs(150),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('given a section id used twice', () => {
  it(
    'refuses the document, reporting the second use and naming the first',
    () => {
      const twoSections = validPolicy.filter((doc) => doc.sections.length >= 2);
      fc.assert(
        fc.property(twoSections, fc.nat(), (doc, pick) => {
          const copy = structuredClone(doc);
          const second = 1 + (pick % (copy.sections.length - 1));
          copy.sections[second]!.id = copy.sections[0]!.id;
          const { accepted, issues } = parseBoth(copy);
          expect(accepted).toBe(false);
          expect(issues).toContainEqual({
            path: `sections[${second}].id`,
            message: expect.stringContaining(`first used at sections[0].id`),
          });
        }),
        runs(100),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('given dates', () => {
  const dateShaped = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    );

  it(
    'accepts lastUpdated exactly when it names a day of the calendar',
    () => {
      fc.assert(
        fc.property(validPolicy, dateShaped, (doc, date) => {
          const { accepted, issues } = parseBoth({ ...doc, lastUpdated: date });
          expect(accepted).toBe(isRealDate(date));
          if (!accepted)
            expect(issues).toEqual([{ path: 'lastUpdated', message: expect.any(String) }]);
        }),
        runs(150),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('given nesting past the limit at any place of a valid document', () => {
  it(
    'refuses it with one issue, naming where the nesting gets too deep',
    () => {
      fc.assert(
        fc.property(validPolicy, fc.integer({ min: 1, max: 2000 }), (doc, extra) => {
          let deep: unknown = 'bottom';
          for (let i = 0; i < LIMITS.maxNestingDepth + extra; i++)
            deep = i % 2 ? [deep] : { k: deep };
          const { issues } = parseBoth({ ...doc, extension: deep });
          expect(issues).toEqual([
            {
              path: expect.stringMatching(/^extension[.[]/),
              message: expect.stringContaining(`deeper than ${LIMITS.maxNestingDepth} levels`),
            },
          ]);
        }),
        runs(50),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('given unknown keys that name prototypes', () => {
  it(
    'drops __proto__, constructor and prototype, keeps other unknown keys, pollutes nothing',
    () => {
      fc.assert(
        fc.property(validPolicy, fc.constantFrom(...DROPPED_KEYS), (doc, key) => {
          const json = JSON.stringify(doc).replace('{', `{"${key}":{"polluted":true},"kept":1,`);
          const policy = parsePolicy(JSON.parse(json)) as unknown as Record<string, unknown>;
          expect(Object.getPrototypeOf(policy)).toBe(Object.prototype);
          expect(Object.hasOwn(policy, key)).toBe(false);
          expect(policy.kept).toBe(1);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        runs(30),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
