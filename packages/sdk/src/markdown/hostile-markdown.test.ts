// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PolicyValidationError } from '@policykit/sdk';
import { importMarkdown, MARKDOWN_LIMITS, type MarkdownIssue } from '@policykit/sdk/markdown';

const HEAD = `---
id: acme-privacy
version: "3"
locale: en
title: Privacy Policy
lastUpdated: 2024-06-12
---
`;

function issuesOf(markdown: unknown): MarkdownIssue[] {
  try {
    importMarkdown(markdown as string);
  } catch (error) {
    if (error instanceof PolicyValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected importMarkdown to throw');
}

describe('importMarkdown on hostile input', () => {
  describe('given HTML and script', () => {
    it('keeps a <script> block as the literal text it is', () => {
      const policy = importMarkdown(`${HEAD}## S\n<script>alert(document.cookie)</script>\n`);
      expect(policy.sections[0]?.blocks).toEqual([
        { type: 'paragraph', text: '<script>alert(document.cookie)</script>' },
      ]);
    });

    it('keeps event-handler attributes and <img onerror> as literal text', () => {
      const policy = importMarkdown(`${HEAD}## S\nHi <img src=x onerror="alert(1)"> there\n`);
      expect(policy.sections[0]?.blocks[0]).toEqual({
        type: 'paragraph',
        text: 'Hi <img src=x onerror="alert(1)"> there',
      });
    });

    it('keeps an HTML <a href="javascript:…"> as text, never as a link', () => {
      const policy = importMarkdown(`${HEAD}## S\n<a href="javascript:alert(1)">click</a>\n`);
      const text = JSON.stringify(policy.sections[0]?.blocks);
      expect(text).not.toContain('"type":"link"');
      expect(text).toContain('<a href=\\"javascript:alert(1)\\">click</a>');
    });
  });

  describe('given javascript: links with tricks', () => {
    it.each([
      '[x](javascript:alert(1))',
      '[x](JAVASCRIPT:alert(1))',
      '[x](<jav\u0009ascript:alert(1)>)',
      '[x]( javascript:alert(1) )',
      '[x](&#x6A;avascript:alert(1))',
      '<javascript:alert(1)>',
      '[x][evil]\n\n[evil]: javascript:alert(1)',
    ])('refuses %j', (markdown) => {
      const issues = issuesOf(`${HEAD}## S\n${markdown}\n`);
      expect(issues[0]?.message).toMatch(/^line 9: link scheme javascript: is not allowed/);
    });
  });

  describe('given deep nesting', () => {
    it('refuses blockquotes nested deeper than the callout limit', () => {
      const issues = issuesOf(`${HEAD}## S\n${'>'.repeat(5000)} deep\n`);
      // Refused before parsing: no document needs it, and each level is a level of recursion.
      expect(issues[0]?.message).toMatch(/line 9: more than 16 block quotes and list items/);
    });

    it('refuses lists indented past the limit before parsing them', () => {
      const nested = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n');
      const issues = issuesOf(`${HEAD}## S\n${nested}\n`);
      expect(issues[0]?.message).toMatch(
        new RegExp(`indented more than ${MARKDOWN_LIMITS.maxIndent} columns`),
      );
    });

    it('imports thousands of nested emphasis markers quickly, keeping the text', () => {
      const started = performance.now();
      const policy = importMarkdown(`${HEAD}## S\n${'*a '.repeat(4000)}b${' c*'.repeat(4000)}\n`);
      expect(performance.now() - started).toBeLessThan(2000);
      expect(JSON.stringify(policy.sections[0]?.blocks).match(/a/g)?.length).toBeGreaterThanOrEqual(
        4000,
      );
    });

    it('imports hundreds of list items with nested lists quickly, each a rich item, no warning', () => {
      const started = performance.now();
      const warnings: string[] = [];
      const policy = importMarkdown(`${HEAD}## S\n${'- x\n  - y\n'.repeat(400)}`, {
        onWarning: (warning) => warnings.push(warning.message),
      });
      expect(performance.now() - started).toBeLessThan(2000);
      const items = (policy.sections[0]?.blocks[0] as { items: unknown[] }).items;
      expect(items).toHaveLength(400);
      expect(
        items.every(
          (item) =>
            JSON.stringify(item) ===
            JSON.stringify({
              blocks: [
                { type: 'paragraph', text: 'x' },
                { type: 'list', items: ['y'] },
              ],
            }),
        ),
      ).toBe(true);
      expect(warnings).toEqual([]);
    });

    it('refuses sections nested below ###### (no heading level exists for them)', () => {
      const policy = importMarkdown(`${HEAD}## 1\n### 2\n#### 3\n##### 4\n###### 5\n####### 6\n`);
      // A seventh # is not a heading in CommonMark: it stays text of the deepest section.
      expect(JSON.stringify(policy)).toContain('####### 6');
    });
  });

  describe('given huge input', () => {
    it('refuses input over the length limit without parsing it', () => {
      const issues = issuesOf(`${HEAD}## S\n${'word '.repeat(220_000)}\n`);
      expect(issues).toEqual([
        { path: '', message: expect.stringMatching(/characters long; the limit is 1048576/) },
      ]);
    });

    it('honours a larger maxLength option', () => {
      const sections = Array.from(
        { length: 400 },
        (_, i) => `## S${i}\n\n${'word '.repeat(800)}\n`,
      );
      const policy = importMarkdown(`${HEAD}${sections.join('\n')}`, { maxLength: 2_000_000 });
      expect(policy.sections).toHaveLength(400);
    });

    it('lists at most 100 problems and says how many more there were', () => {
      const body = Array.from({ length: 150 }, (_, i) => `## S${i}\n[x](javascript:${i})\n`).join(
        '',
      );
      const issues = issuesOf(HEAD + body);
      expect(issues).toHaveLength(101);
      expect(issues[100]).toEqual({ path: '', message: '50 more problems not shown' });
    });
  });

  describe('given garbage', () => {
    it('refuses binary data, naming the control character and its line', () => {
      const garbage = String.fromCharCode(...Array.from({ length: 256 }, (_, i) => (i * 37) % 256));
      const issues = issuesOf(garbage);
      expect(issues).toHaveLength(1);
      expect(issues[0]?.message).toMatch(/control character U\+00[0-9A-F]{2} is not allowed/);
    });

    it('refuses a NUL byte inside otherwise good Markdown', () => {
      expect(issuesOf(`${HEAD}## S\nhello\u0000world\n`)[0]).toMatchObject({ line: 9 });
    });

    it.each([null, undefined, 42, {}, ['## S']])(
      'refuses %j with a validation error, not a TypeError',
      (input) => {
        expect(issuesOf(input)[0]?.message).toMatch(/must be a string/);
      },
    );

    it('reports an empty string as missing front matter', () => {
      expect(issuesOf('')[0]?.message).toMatch(/must start with front matter/);
    });

    it('reports front matter that is a list or a scalar', () => {
      expect(issuesOf('---\n- a\n- b\n---\n## S\nx\n')[0]?.message).toMatch(/"key: value" lines/);
      expect(issuesOf('---\njust text\n---\n## S\nx\n')[0]?.message).toMatch(/"key: value" lines/);
    });

    it('reports an unclosed front matter without further noise', () => {
      const issues = issuesOf(`---\nid: a\ntitle: T\n\n## S\ntext\n`);
      expect(issues).toHaveLength(1);
      expect(issues[0]?.message).toMatch(/never closed/);
    });

    it('refuses YAML nested absurdly deep in the front matter', () => {
      const issues = issuesOf(`---\nid: a\nx: ${'['.repeat(50)}${']'.repeat(50)}\n---\n## S\nx\n`);
      expect(issues[0]?.message).toMatch(/nested more than/);
    });
  });
});
