import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type PolicyDocument, type PolicyIssue, safeParsePolicy } from '@policykit/sdk';
import { importMarkdown, PolicyValidationError } from '@policykit/sdk/markdown';
import { locateJsonSyntaxError } from './json-syntax-error';

/** Policy files larger than this are refused unread: a policy is tens of kilobytes. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A policy read from disk, or every problem found, each written `file: path: message`. */
export type ReadPolicyResult =
  { ok: true; policy: PolicyDocument } | { ok: false; problems: string[] };

/** `file: path: message`, the one format every command prints problems in. */
export function formatProblem(file: string, issue: PolicyIssue): string {
  return `${file}: ${issue.path === '' ? '(document)' : issue.path}: ${issue.message}`;
}

/**
 * Reads a policy document: `.md` files through the Markdown importer, anything
 * else as JSON validated by `safeParsePolicy`. Never throws for bad input —
 * unreadable files, malformed JSON (with line and column) and invalid
 * documents all come back as problems.
 *
 * @param file as the user typed it; used in messages
 */
export async function readPolicy(file: string, cwd: string): Promise<ReadPolicyResult> {
  const path = resolve(cwd, file);
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail(file, 'is a directory, not a policy file');
    if (info.size > MAX_FILE_BYTES) {
      return fail(file, `is ${info.size} bytes; policy files are limited to ${MAX_FILE_BYTES}`);
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    return fail(file, `cannot be read: ${describeFsError(error)}`);
  }

  if (/\.(md|markdown)$/i.test(file)) {
    try {
      // Authored Markdown is held to the dialect: every conversion is a problem here
      // (`policykit import` converts real-world Markdown with warnings instead).
      return { ok: true, policy: importMarkdown(text, { strict: true }) };
    } catch (error) {
      if (!(error instanceof PolicyValidationError)) throw error;
      return { ok: false, problems: error.issues.map((issue) => formatProblem(file, issue)) };
    }
  }

  let json: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(body);
  } catch (error) {
    const where = locateJsonSyntaxError(body);
    return fail(
      file,
      where
        ? `invalid JSON at line ${where.line}, column ${where.column}: ${where.reason}`
        : `invalid JSON: ${(error as Error).message}`,
    );
  }
  const result = safeParsePolicy(json);
  if (result.success) return { ok: true, policy: result.data };
  return { ok: false, problems: result.issues.map((issue) => formatProblem(file, issue)) };
}

function fail(file: string, message: string): ReadPolicyResult {
  return { ok: false, problems: [formatProblem(file, { path: '', message })] };
}

/** `ENOENT` → "no such file", keeping messages free of stack traces and errno noise. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
