// @vitest-environment node
/**
 * `importMarkdown` on any text either returns a valid policy document — one
 * that `parsePolicy` accepts unchanged and that keeps every rule of the
 * independent statement — or throws a `PolicyValidationError` whose issues
 * each name a line of the source (`issue.line`, 1-based, also written as
 * `line N:` in front of the message). Only problems of the source as a whole
 * (its length, its count of list items or emphasis markers, no sections at
 * all) have no line of their own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyValidationError, parsePolicy } from '@policykit/sdk';
import { importMarkdown, type MarkdownIssue } from '@policykit/sdk/markdown';
import { PROPERTY_TIMEOUT, runs } from './fast-check-config';
import { markdownPolicy } from './markdown-arbitraries';
import { ruleViolations } from './policy-rules-oracle';

/** The importer's problems about the whole source, which no single line causes. */
const WHOLE_SOURCE = [
  /^the Markdown must be a string/,
  /^the Markdown is \d+ characters long; the limit is \d+$/,
  /^the Markdown nests quotes and lists \d+ levels deep/,
  /^the document has no sections: start one with a ## heading$/,
  /^\d+ more problems not shown$/,
];

/** Lines of the source as the importer counts them (any line ending; a BOM is not a line). */
function lineCount(source: string): number {
  return source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
}

/** Imports `source` and checks whichever way it went. Returns whether it was accepted. */
function checkImport(source: string): boolean {
  let policy: unknown;
  try {
    policy = importMarkdown(source);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyValidationError);
    const issues = (error as PolicyValidationError).issues as MarkdownIssue[];
    expect(issues.length).toBeGreaterThan(0);
    const lines = lineCount(source);
    for (const issue of issues) {
      if (issue.line === undefined) {
        expect(
          WHOLE_SOURCE.some((pattern) => pattern.test(issue.message)),
          issue.message,
        ).toBe(true);
      } else {
        expect(Number.isInteger(issue.line)).toBe(true);
        expect(issue.line).toBeGreaterThanOrEqual(1);
        expect(issue.line).toBeLessThanOrEqual(lines);
        expect(issue.message.startsWith(`line ${issue.line}: `)).toBe(true);
      }
    }
    return false;
  }
  expect(parsePolicy(JSON.parse(JSON.stringify(policy)))).toStrictEqual(policy);
  expect(ruleViolations(policy)).toEqual([]);
  return true;
}

describe('given arbitrary text', () => {
  it(
    'returns a valid document or throws PolicyValidationError with line numbers',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ maxLength: 200 }),
            fc.string({ unit: 'grapheme', maxLength: 200 }),
            fc.string({ unit: 'binary', maxLength: 200 }),
          ),
          (text) => void checkImport(text),
        ),
        runs(80),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'does the same for arbitrary text behind a complete front matter',
    () => {
      const head =
        '---\nid: a\nversion: "1"\nlocale: en\ntitle: T\nlastUpdated: 2024-06-12\n---\n## S\n';
      fc.assert(
        fc.property(
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          (text) => void checkImport(head + text),
        ),
        runs(80),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('given Markdown-shaped text (headings, lists, quotes, links, front matter, mistakes)', () => {
  it(
    'returns a valid document or throws PolicyValidationError with line numbers',
    () => {
      const params = runs(80);
      let accepted = 0;
      let refused = 0;
      fc.assert(
        fc.property(markdownPolicy, (source) => {
          if (checkImport(source)) accepted++;
          else refused++;
        }),
        params,
      );
      // The generator must reach both outcomes for the property to mean much (a tiny FC_RUNS may not).
      if ((params.numRuns ?? 0) >= 50) {
        expect(accepted).toBeGreaterThan(0);
        expect(refused).toBeGreaterThan(0);
      }
    },
    PROPERTY_TIMEOUT,
  );
});

describe('given Markdown-shaped text, in strict and in lenient mode', () => {
  it(
    'strict refuses exactly what produced warnings: the same messages at the same lines',
    () => {
      fc.assert(
        fc.property(markdownPolicy, (source) => {
          const warnings: { line?: number; message: string }[] = [];
          let lenient: unknown;
          try {
            lenient = importMarkdown(source, { onWarning: (warning) => warnings.push(warning) });
          } catch {
            // Errors of the format itself: strict refuses them too.
            expect(() => importMarkdown(source, { strict: true })).toThrow(PolicyValidationError);
            return;
          }
          if (warnings.length === 0) {
            expect(importMarkdown(source, { strict: true })).toStrictEqual(lenient);
            return;
          }
          let issues: MarkdownIssue[] = [];
          try {
            importMarkdown(source, { strict: true });
          } catch (error) {
            issues = (error as PolicyValidationError).issues as MarkdownIssue[];
          }
          if (warnings.length >= 100) return; // issues past 100 are summarised
          const asIssue = (line: number | undefined, message: string) =>
            `${line ?? '-'} ${message.replace(/^line \d+: /, '')}`;
          expect(issues.map((issue) => asIssue(issue.line, issue.message)).sort()).toEqual(
            warnings.map((warning) => asIssue(warning.line, warning.message)).sort(),
          );
        }),
        runs(80),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
