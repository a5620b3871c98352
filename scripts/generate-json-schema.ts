// Writes packages/sdk/policy.schema.json from the valibot schema (the one source of
// the format's rules), so the published JSON Schema cannot drift from `parsePolicy`.
// Run by `npm run build` before tsup; `npx tsx scripts/generate-json-schema.ts` alone
// regenerates it. policy-json-schema.test.ts fails when the committed file is stale.
import { toJsonSchema } from '@valibot/to-json-schema';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LIMITS, policySchemas } from '../packages/sdk/src/document/policy-schema';

export const POLICY_SCHEMA_ID = 'https://unpkg.com/@policykit/sdk/policy.schema.json';
export const POLICY_SCHEMA_FILE = fileURLToPath(
  new URL('../packages/sdk/policy.schema.json', import.meta.url),
);

/** What `parsePolicy` checks beyond this JSON Schema, for the schema's description. */
const BEYOND_JSON_SCHEMA = [
  'dates (lastUpdated, effectiveDate) are real calendar days: 2023-02-29 is rejected',
  'section ids are unique in the whole document, nested sections included',
  '"#id" links point at a section of the same document',
  'each right is listed once',
  'web links have a host (https://example.com, not https://)',
  'locale is a valid BCP 47 tag (Intl.getCanonicalLocales accepts it)',
  `sections nest at most ${LIMITS.maxSectionDepth} levels deep, callouts at most ${LIMITS.maxCalloutDepth}`,
  `at most ${LIMITS.maxSections} sections in all`,
  `objects and arrays nest at most ${LIMITS.maxNestingDepth} levels, and the document holds at most ${LIMITS.maxValues} values`,
];

/**
 * The policy format as JSON Schema (draft-07, which editors support best),
 * generated from the valibot schema.
 *
 * @example
 * ```ts
 * const schema = buildPolicyJsonSchema();
 * schema.$id; // 'https://unpkg.com/@policykit/sdk/policy.schema.json'
 * ```
 */
export function buildPolicyJsonSchema(): Record<string, unknown> {
  const { document, section, blocks, block, inline, contact, right } = policySchemas();
  const generated = toJsonSchema(document, {
    target: 'draft-07',
    // Named definitions instead of numbered ones, for readable $refs.
    definitions: {
      Section: section,
      Blocks: blocks,
      Block: block,
      Inline: inline,
      Contact: contact,
      Right: right,
    },
    // These are the checks listed in the description: JSON Schema cannot say them.
    // Anything else that does not convert still throws, so nothing is dropped unnoticed.
    ignoreActions: ['check', 'guard'],
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: POLICY_SCHEMA_ID,
    title: 'PolicyKit policy document (schemaVersion 1)',
    description: [
      'A privacy policy as one typed, versioned document, read by @policykit/sdk (parsePolicy) and rendered by @policykit/react. Unknown keys are allowed: a newer document still loads in an older kit.',
      `Generated from the SDK's valibot schema; do not edit by hand. parsePolicy also checks what JSON Schema cannot express: ${BEYOND_JSON_SCHEMA.join('; ')}.`,
    ].join(' '),
    ...rest,
  };
}

/** The file's exact contents: two-space JSON and a final newline. */
export function renderPolicyJsonSchema(): string {
  return `${JSON.stringify(buildPolicyJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(POLICY_SCHEMA_FILE, renderPolicyJsonSchema());
  console.log(`wrote ${POLICY_SCHEMA_FILE}`);
}
