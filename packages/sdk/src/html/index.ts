/**
 * @policykit/sdk/html — importing a privacy policy from a web page, kept out of
 * the browser entry like the Markdown importer (the HTML parser is large).
 */
export { importHtml, HTML_MAX_LENGTH } from './import-html';
export type { ImportHtmlOptions } from './import-html';
export type { ImportOptions, PolicyMetadata } from '../markdown/import-tree';
export type { ImportWarning } from '../markdown/import-warnings';
export type { MarkdownIssue } from '../markdown/markdown-issues';
// The error importHtml throws, re-exported so one import serves HTML tooling.
export { PolicyValidationError } from '@policykit/sdk';
