import * as v from 'valibot';
import { formatIssuePath, type PathSegment } from './issue-path';
import { findExcessiveNesting } from './nesting-depth';
import { checkDocumentRules } from './policy-document-rules';
import { describeValue, policySchemas } from './policy-schema';
import type { PolicyDocument, PolicyIssue } from './policy-types';
import { PolicyValidationError } from './policy-validation-error';

/** The result of {@link safeParsePolicy}. */
export type SafeParsePolicyResult =
  | { success: true; data: PolicyDocument; issues?: undefined }
  | { success: false; data?: undefined; issues: PolicyIssue[] };

// Explicit, so a host's `v.setGlobalConfig({ abortEarly: true })` cannot make us stop at the first issue.
const CONFIG = { abortEarly: false, abortPipeEarly: false } as const;

/**
 * Checks any value against the policy format and returns either the document
 * or every problem found. Never throws, whatever the input (`null`, a number,
 * a 5 MB string, a 100 000-deep array …).
 *
 * The returned document is a fresh copy; unknown keys are kept (a newer
 * document still loads in an older kit).
 *
 * @example
 * ```ts
 * import { safeParsePolicy } from '@policykit/sdk';
 * const result = safeParsePolicy(JSON.parse(text));
 * if (result.success) render(result.data);
 * else result.issues.forEach(({ path, message }) => console.warn(`${path}: ${message}`));
 * ```
 */
export function safeParsePolicy(input: unknown): SafeParsePolicyResult {
  try {
    // Bound the depth first, without recursion: everything after this recurses.
    const tooDeep = findExcessiveNesting(input);
    if (tooDeep) return { success: false, issues: [tooDeep] };
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return {
        success: false,
        issues: [
          { path: '', message: `must be a policy document object (got ${describeValue(input)})` },
        ],
      };
    }
    const result = v.safeParse(policySchemas().document, input, CONFIG);
    const issues: PolicyIssue[] = [];
    if (!result.success) for (const issue of result.issues) collectIssue(issue, [], issues);
    for (const issue of checkDocumentRules(input)) issues.push(issue);
    if (issues.length > 0 || !result.success) return { success: false, issues };
    return { success: true, data: result.output };
  } catch (error) {
    // Only reachable with objects built in code (a throwing getter, a hostile Proxy):
    // JSON input cannot throw here. Still an answer, never a crash.
    const reason =
      error instanceof Error ? error.message : typeof error === 'string' ? error : 'an exception';
    return {
      success: false,
      issues: [{ path: '', message: `could not be read: ${reason.slice(0, 200)}` }],
    };
  }
}

/**
 * Checks any value against the policy format and returns it as a typed
 * {@link PolicyDocument} (a fresh copy, unknown keys kept), or throws a
 * {@link PolicyValidationError} listing every problem with its path.
 *
 * @example
 * ```ts
 * import { parsePolicy } from '@policykit/sdk';
 * const policy = parsePolicy(await (await fetch('/privacy.json')).json());
 * policy.sections[0]?.title;
 * ```
 */
export function parsePolicy(input: unknown): PolicyDocument {
  const result = safeParsePolicy(input);
  if (!result.success) throw new PolicyValidationError(result.issues);
  return result.data;
}

/**
 * Turns a valibot issue into ours. A union issue whose options failed deeper
 * down (an array of spans with one bad span) is replaced by those deeper
 * issues, so the path names the bad span rather than the whole text.
 */
function collectIssue(
  issue: v.BaseIssue<unknown>,
  prefix: readonly PathSegment[],
  out: PolicyIssue[],
): void {
  const path = [...prefix];
  if (issue.path) for (const item of issue.path) path.push(segmentOf(item.key));
  const last = issue.path?.[issue.path.length - 1];
  if (last?.origin === 'key' && Array.isArray(last.input)) {
    // valibot's objects accept arrays and then miss every key; say what is really wrong, once.
    path.pop();
    const formatted = formatIssuePath(path);
    if (out[out.length - 1]?.path !== formatted) {
      out.push({ path: formatted, message: 'must be an object (got an array)' });
    }
    return;
  }
  if (issue.type === 'union' && issue.issues) {
    const deeper = issue.issues.filter((sub) => sub.path !== undefined && sub.path.length > 0);
    if (deeper.length > 0) {
      for (const sub of deeper) collectIssue(sub, path, out);
      return;
    }
  }
  out.push({ path: formatIssuePath(path), message: issue.message });
}

function segmentOf(key: unknown): PathSegment {
  return typeof key === 'number' ? key : String(key);
}
