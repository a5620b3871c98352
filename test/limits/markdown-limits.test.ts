// @vitest-environment node
/**
 * Every limit of `importMarkdown`, hit from both sides: the largest input the
 * limit allows gets past it, one more is refused with an issue that says what
 * was too much and on which line (or that it is the Markdown as a whole).
 * The limits are in `MARKDOWN_LIMITS` (input-guards.ts) and, for the document
 * the Markdown becomes, in `LIMITS` (policy-schema.ts).
 */
import { describe, expect, it } from 'vitest';
import { LIMITS, PolicyValidationError } from '@policykit/sdk';
import { importMarkdown, MARKDOWN_LIMITS, type MarkdownIssue } from '@policykit/sdk/markdown';

/** Front matter: 7 lines, so `## S` is line 8 and the first body line is line 9. */
const HEAD = `---
id: acme-privacy
version: "3"
locale: en
title: Privacy Policy
lastUpdated: 2024-06-12
---
`;

function issuesOf(
  markdown: string,
  options?: { maxLength?: number; strict?: boolean },
): MarkdownIssue[] {
  try {
    importMarkdown(markdown, options);
  } catch (error) {
    if (error instanceof PolicyValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected importMarkdown to throw');
}

describe('limit: MARKDOWN_LIMITS.maxLength (characters of source)', () => {
  const body = `${HEAD}## S\n`;
  const fill = (length: number) => body + 'a'.repeat(length - body.length - 1) + '\n';

  it(`accepts exactly ${MARKDOWN_LIMITS.maxLength} characters`, () => {
    const source = fill(MARKDOWN_LIMITS.maxLength);
    expect(source).toHaveLength(MARKDOWN_LIMITS.maxLength);
    // The one paragraph is then longer than a text may be: past the guard, into validation.
    expect(issuesOf(source)).toEqual([
      {
        path: 'sections[0].blocks[0].text',
        line: 9,
        message: `line 9: must be at most ${LIMITS.maxTextLength} characters`,
      },
    ]);
  });

  it('refuses one more character for the whole source, before parsing it', () => {
    expect(issuesOf(fill(MARKDOWN_LIMITS.maxLength + 1))).toEqual([
      {
        path: '',
        message: `the Markdown is ${MARKDOWN_LIMITS.maxLength + 1} characters long; the limit is ${MARKDOWN_LIMITS.maxLength}`,
      },
    ]);
  });

  it('follows a smaller maxLength option', () => {
    expect(issuesOf(`${HEAD}## S\nHello.\n`, { maxLength: 20 })[0]?.message).toMatch(
      /characters long; the limit is 20$/,
    );
  });
});

describe('no limit: ordinary markers are not counted (real policies have thousands)', () => {
  it('imports 6,000 bold spans and 4,000 * bullets in sections of a ~400 KB policy', () => {
    const section = (n: number) =>
      `## Section ${n}\n\n${'We **never** sell *your* data. '.repeat(60)}\n\n${'* an item with **bold**\n'.repeat(40)}`;
    const source = HEAD + Array.from({ length: 100 }, (_, n) => section(n)).join('\n');
    expect(source.length).toBeGreaterThan(200_000);
    const policy = importMarkdown(source, { strict: true });
    expect(policy.sections).toHaveLength(100);
    expect(policy.sections[99]?.blocks[1]).toMatchObject({ type: 'list' });
  });
});

describe('limit: MARKDOWN_LIMITS.maxIndent (leading columns of a line)', () => {
  it(`lets a line indented ${MARKDOWN_LIMITS.maxIndent} columns past the guard`, () => {
    const issues = issuesOf(`${HEAD}## S\n${' '.repeat(MARKDOWN_LIMITS.maxIndent)}x\n`, {
      strict: true,
    });
    // Four or more spaces make an indented code block, which strict mode refuses.
    expect(issues.map((issue) => issue.message)).not.toContainEqual(
      expect.stringMatching(/indented more than/),
    );
    expect(issues[0]).toMatchObject({ line: 9 });
  });

  it('refuses one more column, naming the line', () => {
    const issues = issuesOf(`${HEAD}## S\n${' '.repeat(MARKDOWN_LIMITS.maxIndent + 1)}x\n`);
    expect(issues).toEqual([
      {
        path: '',
        line: 9,
        message: `line 9: indented more than ${MARKDOWN_LIMITS.maxIndent} columns`,
      },
    ]);
  });
});

describe('limit: MARKDOWN_LIMITS.maxLineNesting (quotes and list items opened on one line)', () => {
  it(`lets ${MARKDOWN_LIMITS.maxLineNesting} past the guard (then the callout depth applies)`, () => {
    const issues = issuesOf(`${HEAD}## S\n${'> '.repeat(MARKDOWN_LIMITS.maxLineNesting)}x\n`, {
      strict: true,
    });
    expect(issues[0]).toEqual({
      path: 'sections[0].blocks[0].blocks[0].blocks[0].blocks[0]',
      line: 9,
      message: `line 9: callouts are nested more than ${LIMITS.maxCalloutDepth} deep: this quote's blocks joined the enclosing callout`,
    });
  });

  it('keeps the text of quotes nested past the callout depth, with a warning', () => {
    const warnings: string[] = [];
    const policy = importMarkdown(
      `${HEAD}## S\n${'> '.repeat(MARKDOWN_LIMITS.maxLineNesting)}deep\n`,
      {
        onWarning: (warning) => warnings.push(warning.message),
      },
    );
    expect(JSON.stringify(policy.sections[0]?.blocks)).toContain('"text":"deep"');
    expect(warnings).toEqual([
      `callouts are nested more than ${LIMITS.maxCalloutDepth} deep: this quote's blocks joined the enclosing callout`,
    ]);
  });

  it.each([
    ['block quotes', '> '],
    ['list items', '- '],
    ['numbered list items', '1. '],
    ['quotes and list items', '> - '],
  ])('refuses one more of %s, naming the line', (_name, marker) => {
    const prefix = marker.repeat(MARKDOWN_LIMITS.maxLineNesting + 1);
    expect(issuesOf(`${HEAD}## S\ntext\n${prefix}x\n`)).toEqual([
      {
        path: '',
        line: 10,
        message: `line 10: more than ${MARKDOWN_LIMITS.maxLineNesting} block quotes and list items (> - 1.) open at the start of the line`,
      },
    ]);
  });
});

describe('limit: callout depth through block quotes (LIMITS.maxCalloutDepth)', () => {
  it(`accepts block quotes nested ${LIMITS.maxCalloutDepth} deep`, () => {
    const policy = importMarkdown(`${HEAD}## S\n${'> '.repeat(LIMITS.maxCalloutDepth)}x\n`);
    expect(JSON.stringify(policy.sections[0]?.blocks)).toContain('"text":"x"');
  });

  it('refuses one more in strict mode, with the line and the path of the callout', () => {
    expect(
      issuesOf(`${HEAD}## S\n${'> '.repeat(LIMITS.maxCalloutDepth + 1)}x\n`, { strict: true }),
    ).toEqual([
      {
        path: 'sections[0].blocks[0].blocks[0].blocks[0].blocks[0]',
        line: 9,
        message: `line 9: callouts are nested more than ${LIMITS.maxCalloutDepth} deep: this quote's blocks joined the enclosing callout`,
      },
    ]);
  });
});

describe('limit: the document limits, reported on the Markdown line', () => {
  it(`refuses a heading longer than ${LIMITS.maxTitleLength} characters`, () => {
    const issues = issuesOf(`${HEAD}## ${'T'.repeat(LIMITS.maxTitleLength + 1)}\nx\n`);
    expect(issues).toContainEqual({
      path: 'sections[0].title',
      line: 8,
      message: `line 8: must be at most ${LIMITS.maxTitleLength} characters`,
    });
  });

  it(`refuses a list of more than ${LIMITS.maxListItems} items`, () => {
    const issues = issuesOf(`${HEAD}## S\n${'- item\n'.repeat(LIMITS.maxListItems + 1)}`);
    expect(issues).toEqual([
      {
        path: 'sections[0].blocks[0].items',
        line: 9,
        message: `line 9: must have at most ${LIMITS.maxListItems} items`,
      },
    ]);
  });

  it(`refuses an id longer than ${LIMITS.maxIdLength} characters in the front matter`, () => {
    const issues = issuesOf(
      `${HEAD.replace('id: acme-privacy', `id: ${'a'.repeat(LIMITS.maxIdLength + 1)}`)}## S\nx\n`,
    );
    expect(issues).toEqual([
      {
        path: 'id',
        line: 2,
        message: `line 2: must be at most ${LIMITS.maxIdLength} characters`,
      },
    ]);
  });
});

describe('given Markdown nested 10 000 levels deep', () => {
  // Each of these took micromark from 0.4 s to 100 s before the line-nesting guard;
  // now each is refused before parsing, with the line.
  it.each([
    ['10 000 nested block quotes on one line', '>'.repeat(10_000)],
    ['10 000 nested list items on one line', '- '.repeat(10_000)],
    ['10 000 alternating quotes and lists', '> 1. '.repeat(5_000)],
  ])('refuses %s with a typed error', (_name, prefix) => {
    const issues = issuesOf(`${HEAD}## S\n${prefix} x\n`);
    expect(issues).toEqual([
      expect.objectContaining({ line: 9, message: expect.stringMatching(/^line 9: more than/) }),
    ]);
  });

  it('refuses 10 000 lines of ever deeper block quotes at the first line past the limit', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `${'>'.repeat(i + 1)} x`);
    // Cut to the length limit so the nesting guard, not the length guard, is what answers.
    const source = `${HEAD}## S\n${lines.join('\n')}`.slice(0, MARKDOWN_LIMITS.maxLength);
    const issues = issuesOf(source);
    expect(issues[0]).toMatchObject({ line: 9 + MARKDOWN_LIMITS.maxLineNesting });
    expect(issues.every((issue) => issue.line !== undefined || issue.path === '')).toBe(true);
  });

  it('refuses 10 000 lists nested by indentation at the first line indented too far', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `${'  '.repeat(i)}- x`);
    const source = `${HEAD}## S\n${lines.join('\n')}`.slice(0, MARKDOWN_LIMITS.maxLength);
    const issues = issuesOf(source);
    expect(issues[0]).toEqual({
      path: '',
      line: 9 + MARKDOWN_LIMITS.maxIndent / 2 + 1,
      message: expect.stringMatching(/indented more than 64 columns$/),
    });
  });

  it('refuses 10 000 nested brackets as a paragraph that is too long, not a stack overflow', () => {
    const issues = issuesOf(`${HEAD}## S\n${'['.repeat(10_000)}x${']'.repeat(10_000)}\n`);
    expect(issues).toEqual([
      {
        path: 'sections[0].blocks[0].text',
        line: 9,
        message: `line 9: must be at most ${LIMITS.maxTextLength} characters`,
      },
    ]);
  });
});
