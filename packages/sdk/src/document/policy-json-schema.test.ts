// @vitest-environment node
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  POLICY_SCHEMA_FILE,
  POLICY_SCHEMA_ID,
  buildPolicyJsonSchema,
  renderPolicyJsonSchema,
} from '../../../../scripts/generate-json-schema';
import { generatePolicy } from '../../../../test/fixtures/generate-policy';
import { safeParsePolicy } from './parse-policy';

const committed = readFileSync(POLICY_SCHEMA_FILE, 'utf8');

describe('given the committed packages/sdk/policy.schema.json', () => {
  it('is exactly what the generator makes from the valibot schema (run `npm run build` if not)', () => {
    expect(committed).toBe(renderPolicyJsonSchema());
  });

  it('names its dialect, id, title, and the checks JSON Schema cannot express', () => {
    const schema = JSON.parse(committed) as Record<string, string>;
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe(POLICY_SCHEMA_ID);
    expect(schema.title).toMatch(/policy document/);
    expect(schema.description).toMatch(/section ids are unique/);
    expect(schema.description).toMatch(/real calendar days/);
    expect(schema.description).toMatch(/"#id" links point at a section/);
  });
});

describe('given a JSON Schema validator', () => {
  // `format: "email"` is left to parsePolicy here (ajv needs a plug-in for formats).
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(buildPolicyJsonSchema());

  it('accepts the documents parsePolicy accepts', () => {
    for (const seed of [1, 2, 3]) {
      for (const locale of ['en', 'id-ID'] as const) {
        const doc = generatePolicy({ sections: 12, seed, locale });
        expect(safeParsePolicy(doc).success).toBe(true);
        expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
      }
    }
  });

  it('keeps accepting unknown keys', () => {
    const doc = { ...generatePolicy({ sections: 2 }), futureKey: { anything: true } };
    expect(validate(doc)).toBe(true);
  });

  it.each([
    ['schemaVersion 2', { schemaVersion: 2 }],
    ['a non-slug id', { id: 'Not A Slug' }],
    ['an empty version', { version: '' }],
    ['a date in the wrong format', { lastUpdated: '12/06/2024' }],
    ['no sections', { sections: [] }],
    [
      'a javascript: link',
      {
        sections: [
          {
            id: 'a',
            title: 'A',
            blocks: [
              {
                type: 'paragraph',
                text: [{ type: 'link', href: 'javascript:alert(1)', text: 'x' }],
              },
            ],
          },
        ],
      },
    ],
    ['an unknown block type', { sections: [{ id: 'a', title: 'A', blocks: [{ type: 'table' }] }] }],
    ['an unknown right', { rights: [{ id: 'deletion' }] }],
  ])('rejects %s, as parsePolicy does', (_name, change) => {
    const doc = { ...generatePolicy({ sections: 2 }), ...change };
    expect(safeParsePolicy(doc).success).toBe(false);
    expect(validate(doc)).toBe(false);
  });
});
