/**
 * @policykit/sdk/markdown — the Markdown importer, kept out of the browser
 * entry: the Markdown and YAML parsers weigh far more than the rest of the SDK,
 * and only build tools and the CLI need them.
 */
export { importMarkdown } from './import-markdown';
export type { ImportMarkdownOptions } from './import-markdown';
export type { ImportOptions, PolicyMetadata } from './import-tree';
export type { ImportWarning } from './import-warnings';
export { MARKDOWN_LIMITS } from './input-guards';
export type { MarkdownIssue } from './markdown-issues';
export { slugify } from './section-ids';
// The error importMarkdown throws, re-exported so one import serves Markdown tooling.
export { PolicyValidationError } from '@policykit/sdk';
