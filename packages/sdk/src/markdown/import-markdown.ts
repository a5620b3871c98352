import { PolicyValidationError } from '@policykit/sdk';
import type { PolicyDocument } from '../document/policy-types';
import type { PositionAnchor } from './build-sections';
import { htmlAnchorIds } from './anchors';
import { checkInput, MARKDOWN_LIMITS } from './input-guards';
import { importTree, type ImportOptions, type PolicyMetadata } from './import-tree';
import { IssueCollector } from './markdown-issues';
import { MAX_BLOCK_NESTING, parseMarkdown } from './parse-markdown';
import { readFrontMatter } from './read-front-matter';
import { SourceLines } from './source-lines';
import { splitFrontMatter } from './split-front-matter';
import type { Root } from 'mdast';

/**
 * Options of {@link importMarkdown}: those of every importer.
 *
 * @example
 * importMarkdown(hugePolicy, { maxLength: 4 * 1024 * 1024, strict: true });
 */
export interface ImportMarkdownOptions extends ImportOptions {
  /** Metadata for what the front matter lacks (all of it, for Markdown without front matter). */
  metadata?: PolicyMetadata;
}

/**
 * Converts a policy written in Markdown to a validated {@link PolicyDocument}
 * (`schemaVersion: 1`).
 *
 * PolicyKit's dialect — YAML front matter for the metadata, `##` sections with
 * optional `{#id}`s, paragraphs, `-` / `1.` lists (a line ending in `:` right
 * above a list is its title), links, `**strong**`, `*em*`, blockquote
 * callouts and ```` ```contact ```` blocks — imports without a warning. Markdown
 * as people already write it (GitHub-flavoured: tables, nested lists, setext
 * headings, `#` used for sections, rules, images, raw HTML…) is converted, each
 * change reported through `options.onWarning` with its line; `strict: true`
 * makes every such change an error instead. See the package README for every rule.
 *
 * Parsing is done by real parsers: CommonMark + GFM tables by markdown-it
 * (linear in its input), YAML 1.2 by `yaml`.
 *
 * @throws {PolicyValidationError} listing every problem, each with its
 *   source `line` (and `line N:` in front of its message): forbidden link
 *   schemes, bad YAML, wrong front matter types, missing metadata, anything
 *   `parsePolicy` rejects — and in `strict` mode every conversion.
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
  const { root, tooDeep } = parseMarkdown(split.body);
  if (tooDeep) {
    issues.add(
      undefined,
      '',
      `the Markdown nests quotes and lists ${MAX_BLOCK_NESTING} levels deep; the parser would skip what is deeper`,
    );
    throw new PolicyValidationError(issues.toArray(), { subject: 'Markdown policy' });
  }
  return importTree({
    root,
    fields,
    hasFrontMatter: split.yaml !== undefined,
    fenceLine: split.fenceLine,
    text: split.body,
    issues,
    lines,
    options,
    subject: 'Markdown policy',
    unsafeLinks: 'error',
    positionAnchors: htmlAnchors(root),
  });
}

/** `<a name="x">` / `id="x"` anywhere in the raw HTML of the Markdown, by line. */
function htmlAnchors(root: Root): PositionAnchor[] {
  const anchors: PositionAnchor[] = [];
  const visit = (node: {
    type: string;
    value?: unknown;
    children?: unknown[];
    position?: { start: { line: number } };
  }) => {
    if (node.type === 'html' && typeof node.value === 'string' && node.position) {
      for (const id of htmlAnchorIds(node.value))
        anchors.push({ id, line: node.position.start.line });
    }
    if (Array.isArray(node.children))
      for (const child of node.children) visit(child as typeof node);
  };
  visit(root);
  return anchors;
}
