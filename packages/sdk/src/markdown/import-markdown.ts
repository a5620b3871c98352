import type { Definition } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
// By package name, not '../parse-policy': the built entries stay separate files, so the
// CommonJS build of this entry would otherwise carry its own copy of PolicyValidationError
// and `error instanceof PolicyValidationError` (imported from '@policykit/sdk') would fail.
import { PolicyValidationError, safeParsePolicy } from '@policykit/sdk';
import type { PolicyDocument } from '../document/policy-types';
import { buildSections } from './build-sections';
import type { ConvertContext } from './convert-context';
import { checkInput, MARKDOWN_LIMITS } from './input-guards';
import { IssueCollector } from './markdown-issues';
import { readFrontMatter } from './read-front-matter';
import { SourceLines } from './source-lines';
import { splitFrontMatter } from './split-front-matter';

/**
 * Options of {@link importMarkdown}.
 *
 * @example
 * importMarkdown(hugePolicy, { maxLength: 1024 * 1024 });
 */
export interface ImportMarkdownOptions {
  /**
   * Longest source accepted, in characters (default 256 KiB — a long policy
   * is a few tens of kilobytes). Larger input is refused before parsing.
   */
  maxLength?: number;
}

/** The order keys are written in: metadata first, sections last, unknown keys in between. */
const KEY_ORDER = [
  'schemaVersion',
  'id',
  'version',
  'locale',
  'title',
  'lastUpdated',
  'effectiveDate',
  'appliesTo',
  'organization',
  'contact',
  'rights',
] as const;

/**
 * Converts a policy written in PolicyKit's Markdown dialect to a validated
 * {@link PolicyDocument} (`schemaVersion: 1`).
 *
 * The dialect: YAML front matter for the metadata (`organization: Name` and
 * `rights: [access, …]` short forms; unquoted dates stay `YYYY-MM-DD`
 * strings), `##` sections and `###`+ subsections with optional `{#id}`s,
 * paragraphs, `-` / `1.` lists (a line ending in `:` right above a list is
 * its title), links, `**strong**`, `*em*`, blockquote callouts (`**Label**`
 * first line or GitHub `[!NOTE]`-style alerts) and ```` ```contact ```` blocks.
 * Raw HTML is kept as literal text. See the package README for every rule.
 *
 * Parsing is done by real parsers: CommonMark by `mdast-util-from-markdown`
 * (micromark), YAML 1.2 by `yaml`.
 *
 * @throws {PolicyValidationError} listing every problem, each with its
 *   source `line` (and `line N:` in front of its message): forbidden link
 *   schemes, Markdown the format cannot hold (images, code blocks, tables,
 *   nested lists…), bad YAML, wrong front matter types, and anything
 *   `parsePolicy` rejects. Nothing is dropped silently.
 *
 * @example
 * ```ts
 * import { importMarkdown } from '@policykit/sdk/markdown';
 *
 * const policy = importMarkdown(`---
 * id: acme-privacy
 * version: "2024-06-12"
 * locale: en
 * title: Privacy Policy
 * lastUpdated: 2024-06-12
 * rights: [access, erasure]
 * ---
 * ## What we collect {#collect}
 * Your **name** and e-mail address.
 * `);
 * policy.sections[0]?.id; // 'collect'
 * ```
 */
export function importMarkdown(text: string, options: ImportMarkdownOptions = {}): PolicyDocument {
  const issues = new IssueCollector();
  if (typeof text !== 'string') {
    issues.add(
      undefined,
      '',
      `the Markdown must be a string (got ${text === null ? 'null' : typeof text})`,
    );
    throw new PolicyValidationError(issues.toArray(), { subject: 'Markdown policy' });
  }
  // One line ending everywhere keeps line numbers and the front matter scan simple;
  // a byte order mark is not content.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!checkInput(source, options.maxLength ?? MARKDOWN_LIMITS.maxLength, issues)) {
    throw new PolicyValidationError(issues.toArray(), { subject: 'Markdown policy' });
  }

  const lines = new SourceLines();
  const split = splitFrontMatter(source, issues);
  const fields = readFrontMatter(split, issues, lines);

  // GFM tables are parsed only to be refused with their line: without the
  // extension a pasted table (cookie tables are common in policies) would
  // silently become a paragraph of pipes.
  const root = fromMarkdown(split.body, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  });
  const definitions = new Map<string, Definition>();
  for (const node of root.children) {
    if (node.type === 'definition' && !definitions.has(node.identifier)) {
      definitions.set(node.identifier, node);
    }
  }
  const ctx: ConvertContext = { issues, lines, definitions };
  const body = buildSections(root, fields.locale, ctx);

  if (body.title) {
    if (fields.title === undefined) {
      fields.title = body.title.text;
      lines.markKey(fields, 'title', body.title.line);
    } else if (fields.title !== body.title.text) {
      issues.add(
        body.title.line,
        'title',
        `the # heading "${body.title.text}" differs from the front matter title "${String(fields.title)}"; give the title once`,
      );
    }
  } else if (fields.title === undefined && split.yaml !== undefined) {
    issues.add(split.fenceLine, 'title', 'no title: add title: to the front matter or a # heading');
  }
  if ('sections' in fields) {
    issues.add(
      lines.lineOf(fields, 'sections'),
      'sections',
      'sections come from the ## headings; remove sections from the front matter',
    );
  }
  if (body.sections.length === 0 && split.yaml !== undefined) {
    issues.add(undefined, 'sections', 'the document has no sections: start one with a ## heading');
  }

  const document: Record<string, unknown> = {};
  lines.mark(document, split.fenceLine);
  document.schemaVersion = fields.schemaVersion ?? 1;
  for (const key of KEY_ORDER) if (key in fields) document[key] = fields[key];
  for (const key of Object.keys(fields)) if (!(key in document)) document[key] = fields[key];
  document.sections = body.sections;
  for (const key of Object.keys(fields)) lines.markKey(document, key, lines.lineOf(fields, key));

  // Without front matter every metadata field would be reported missing; the
  // one problem already reported says it better.
  const result = split.yaml === undefined ? undefined : safeParsePolicy(document);
  if (result && !result.success) {
    for (const issue of result.issues) {
      // The importer's own report about a place is the more useful one.
      if (issues.covers(issue.path)) continue;
      issues.add(lines.lineOf(document, issue.path), issue.path, issue.message);
    }
  }
  if (issues.size > 0 || !result?.success) {
    throw new PolicyValidationError(issues.toArray(), { subject: 'Markdown policy' });
  }
  return result.data;
}
