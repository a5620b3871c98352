import type { PolicyIssue } from './policy-types';

/** How many issues the error's `message` lists before "… and N more". */
const ISSUES_IN_MESSAGE = 5;

/** Options of {@link PolicyValidationError}. */
export interface PolicyValidationErrorOptions {
  /** What was validated, for the message: "policy document" unless said otherwise. */
  subject?: string;
  cause?: unknown;
}

/**
 * A policy document broke the format's rules. `issues` lists every problem
 * found (not only the first), each with a `path` such as
 * `sections[2].blocks[0].text` and a `message`; the error's `message` lists the
 * first few, so a log line alone says what is wrong and where.
 *
 * @example
 * ```ts
 * import { parsePolicy, PolicyValidationError } from '@policykit/sdk';
 * try {
 *   parsePolicy(json);
 * } catch (error) {
 *   if (error instanceof PolicyValidationError) {
 *     for (const { path, message } of error.issues) console.warn(`${path}: ${message}`);
 *   }
 * }
 * ```
 */
export class PolicyValidationError extends Error {
  override readonly name = 'PolicyValidationError';
  /** Every problem found, in document order as far as the checks allow. */
  readonly issues: PolicyIssue[];

  constructor(issues: PolicyIssue[], options: PolicyValidationErrorOptions = {}) {
    super(formatMessage(issues, options.subject ?? 'policy document'), { cause: options.cause });
    this.issues = issues;
  }
}

/** One issue as a line: `sections[0].id: must be a slug` (the root is "(document)"). */
export function formatPolicyIssue(issue: PolicyIssue): string {
  const where = issue.path === '' ? '(document)' : issue.path;
  // The Markdown importer already starts its messages with the line; say it once.
  const message = issue.message.startsWith(`line ${issue.line}:`)
    ? issue.message.slice(`line ${issue.line}:`.length).trimStart()
    : issue.message;
  return issue.line === undefined
    ? `${where}: ${issue.message}`
    : `line ${issue.line}: ${where}: ${message}`;
}

function formatMessage(issues: PolicyIssue[], subject: string): string {
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  const lines = issues.slice(0, ISSUES_IN_MESSAGE).map((issue) => `  ${formatPolicyIssue(issue)}`);
  if (issues.length > ISSUES_IN_MESSAGE)
    lines.push(`  … and ${issues.length - ISSUES_IN_MESSAGE} more`);
  return `Invalid ${subject} (${count}):\n${lines.join('\n')}`;
}
