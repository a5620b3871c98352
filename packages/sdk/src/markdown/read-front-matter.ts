import type { IssueCollector } from './markdown-issues';
import { readYaml } from './read-yaml';
import type { SourceLines } from './source-lines';
import type { SplitSource } from './split-front-matter';

/** Document fields that are plain text in the format. */
const TEXT_FIELDS = [
  'id',
  'version',
  'locale',
  'title',
  'lastUpdated',
  'effectiveDate',
  'appliesTo',
] as const;

/**
 * Reads the document metadata from the front matter and expands the short
 * forms of the dialect:
 *
 * - `organization: CTT` → `{ name: "CTT" }`
 * - `rights: [access, erasure]` → `[{ id: "access" }, { id: "erasure" }]`
 *   (items may also be `{ id, title, description }` mappings)
 *
 * Keys the format does not know are passed through unchanged: the format
 * accepts unknown keys so newer documents load in older kits.
 */
export function readFrontMatter(
  split: SplitSource,
  issues: IssueCollector,
  lines: SourceLines,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  lines.mark(fields, split.fenceLine);
  // Without front matter the metadata comes from the options (import-tree.ts says what is missing).
  if (split.yaml === undefined) return fields;

  const value = readYaml(split.yaml, { issues, lines, firstLine: split.yamlLine, path: '' });
  if (value === undefined) return fields;
  if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
    issues.add(split.fenceLine, '', 'front matter must be YAML "key: value" lines');
    return fields;
  }
  const raw = (value ?? {}) as Record<string, unknown>;
  const lineOf = (key: string) => lines.lineOf(raw, key);
  Object.assign(fields, raw);
  // Key lines recorded on the YAML object must follow the values to `fields`.
  for (const key of Object.keys(raw)) lines.markKey(fields, key, lineOf(key));

  for (const key of TEXT_FIELDS) {
    if (!(key in raw)) continue;
    const field = raw[key];
    if (field === null || field === '') {
      issues.add(lineOf(key), key, `${key} is empty`);
    } else if (typeof field === 'number' || typeof field === 'boolean') {
      issues.add(
        lineOf(key),
        key,
        `${key} must be text; put the value in quotes: ${key}: "${String(field)}"`,
      );
    } else if (typeof field !== 'string') {
      issues.add(
        lineOf(key),
        key,
        `${key} must be text, not a ${Array.isArray(field) ? 'list' : 'mapping'}`,
      );
    }
  }

  if ('organization' in raw) {
    const organization = raw.organization;
    if (typeof organization === 'string') {
      fields.organization = lines.mark({ name: organization }, lineOf('organization'));
    } else if (!isRecord(organization)) {
      issues.add(
        lineOf('organization'),
        'organization',
        'organization must be a name (organization: CTT) or a mapping { name: CTT }',
      );
    }
  }

  if ('contact' in raw) {
    const contact = raw.contact;
    if (!isRecord(contact)) {
      issues.add(
        lineOf('contact'),
        'contact',
        'contact must be a mapping such as { email: privacy@example.com, phone: "+62 21 1234 5678" }',
      );
    } else {
      for (const [key, field] of Object.entries(contact)) {
        if (typeof field !== 'string') {
          issues.add(
            lines.lineOf(contact, key),
            `contact.${key}`,
            `contact.${key} must be text; put the value in quotes`,
          );
        }
      }
    }
  }

  if ('rights' in raw) {
    const rights = raw.rights;
    if (!Array.isArray(rights)) {
      issues.add(lineOf('rights'), 'rights', 'rights must be a list such as [access, erasure]');
    } else {
      const expanded = rights.map((right: unknown, index) => {
        const line = lines.lineOf(rights, String(index));
        if (typeof right === 'string') return lines.mark({ id: right }, line);
        if (!isRecord(right)) {
          issues.add(
            line,
            `rights[${index}]`,
            'each right must be an id (access) or a mapping { id: access, title: …, description: … }',
          );
        }
        return right;
      });
      lines.mark(expanded, lineOf('rights'));
      rights.forEach((_, index) =>
        lines.markKey(expanded, index, lines.lineOf(rights, String(index))),
      );
      fields.rights = expanded;
    }
  }

  return fields;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
