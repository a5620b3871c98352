// @vitest-environment node
/**
 * Five megabytes of policy, in every shape that matters, and input nested
 * 100 000 levels deep: each call returns (the test would time out otherwise)
 * with a document or a typed error naming the limit it hit. How long they take
 * is measured in bench/, not asserted here.
 */
import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  PolicyValidationError,
  parsePolicy,
  safeParsePolicy,
  type PolicyDocument,
  type PolicyIssue,
} from '@policykit/sdk';
import { importMarkdown, MARKDOWN_LIMITS } from '@policykit/sdk/markdown';

const FIVE_MB = 5 * 1024 * 1024;

const HEAD: Omit<PolicyDocument, 'sections'> = {
  schemaVersion: 1,
  id: 'acme-privacy',
  version: '1',
  locale: 'en',
  title: 'Privacy Policy',
  lastUpdated: '2024-06-12',
};

/** Serialised and parsed again, as a document arrives from a server. */
function overTheWire(value: unknown): { json: string; input: unknown } {
  const json = JSON.stringify(value);
  return { json, input: JSON.parse(json) };
}

function issuesOf(input: unknown): PolicyIssue[] {
  const result = safeParsePolicy(input);
  return result.success ? [] : result.issues;
}

describe('given a 5 MB JSON policy', () => {
  it('accepts one within every limit (2000 sections of 2.6 KB)', () => {
    const { json, input } = overTheWire({
      ...HEAD,
      sections: Array.from({ length: LIMITS.maxSections }, (_, i) => ({
        id: `s-${i}`,
        title: `Section ${i}`,
        blocks: [{ type: 'paragraph', text: 'x'.repeat(2600) }],
      })),
    });
    expect(json.length).toBeGreaterThan(FIVE_MB);
    expect(parsePolicy(input).sections).toHaveLength(LIMITS.maxSections);
  });

  it('refuses one of 4000 sections, naming the section limit', () => {
    const { json, input } = overTheWire({
      ...HEAD,
      sections: Array.from({ length: 4000 }, (_, i) => ({
        id: `s-${i}`,
        title: `Section ${i}`,
        blocks: [{ type: 'paragraph', text: 'x'.repeat(1300) }],
      })),
    });
    expect(json.length).toBeGreaterThan(FIVE_MB);
    expect(issuesOf(input)).toEqual([
      {
        path: 'sections',
        message: `has 4000 sections in all; a document may have at most ${LIMITS.maxSections}`,
      },
    ]);
  });

  it('refuses one paragraph of 5 MB, naming the paragraph and the text limit', () => {
    const { input } = overTheWire({
      ...HEAD,
      sections: [
        { id: 'a', title: 'A', blocks: [{ type: 'paragraph', text: 'x'.repeat(FIVE_MB) }] },
      ],
    });
    expect(issuesOf(input)).toEqual([
      {
        path: 'sections[0].blocks[0].text',
        message: `must be at most ${LIMITS.maxTextLength} characters`,
      },
    ]);
  });

  it('refuses 5 MB of small values with the value limit, before validating any of them', () => {
    const { json, input } = overTheWire({
      ...HEAD,
      sections: [{ id: 'a', title: 'A', blocks: [] }],
      extra: new Array<number>(FIVE_MB / 2).fill(0),
    });
    expect(json.length).toBeGreaterThan(FIVE_MB);
    expect(issuesOf(input)).toEqual([
      {
        path: '',
        message: `holds more than ${LIMITS.maxValues} values; a policy document may hold at most ${LIMITS.maxValues}`,
      },
    ]);
  });

  it('refuses one section of 100 000 blocks, naming the section and the block limit', () => {
    const { json, input } = overTheWire({
      ...HEAD,
      sections: [
        {
          id: 'a',
          title: 'A',
          blocks: Array.from({ length: 100_000 }, () => ({
            type: 'paragraph',
            text: 'x'.repeat(24),
          })),
        },
      ],
    });
    expect(json.length).toBeGreaterThan(FIVE_MB);
    expect(issuesOf(input)).toEqual([
      { path: 'sections[0].blocks', message: `must have at most ${LIMITS.maxBlocks} blocks` },
    ]);
  });

  it('refuses one list of 100 000 items, naming the list and the item limit', () => {
    const { json, input } = overTheWire({
      ...HEAD,
      sections: [
        {
          id: 'a',
          title: 'A',
          blocks: [{ type: 'list', items: new Array(100_000).fill('x'.repeat(50)) }],
        },
      ],
    });
    expect(json.length).toBeGreaterThan(FIVE_MB);
    expect(issuesOf(input)).toEqual([
      {
        path: 'sections[0].blocks[0].items',
        message: `must have at most ${LIMITS.maxListItems} items`,
      },
    ]);
  });

  it('reports 5 MB of forbidden links as one issue each, and a short error message', () => {
    const links = Array.from({ length: 10_000 }, (_, i) => ({
      type: 'link',
      href: `javascript:alert(${i})`,
      text: 'click me, I am harmless '.repeat(20),
    }));
    const { json, input } = overTheWire({
      ...HEAD,
      sections: Array.from({ length: 10 }, (_, s) => ({
        id: `s-${s}`,
        title: 'S',
        blocks: [{ type: 'paragraph', text: links.slice(s * 1000, (s + 1) * 1000) }],
      })),
    });
    expect(json.length).toBeGreaterThan(FIVE_MB);
    const issues = issuesOf(input);
    expect(issues).toHaveLength(10_000);
    expect(issues[0]).toEqual({
      path: 'sections[0].blocks[0].text[0].href',
      message: expect.stringMatching(/other schemes are not allowed/),
    });
    let error: unknown;
    try {
      parsePolicy(input);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(PolicyValidationError);
    expect((error as Error).message.split('\n')).toHaveLength(7); // summary, 5 issues, "… and N more"
  });
});

describe('given JSON nested 100 000 levels deep', () => {
  it.each([
    ['arrays', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['objects', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
    [
      'sections inside sections',
      JSON.stringify(HEAD).slice(0, -1) +
        `,"sections":${'[{"id":"a","title":"A","blocks":[],"sections":'.repeat(100_000)}[]${'}]'.repeat(100_000)}}`,
    ],
  ])('refuses %s with a PolicyValidationError naming the nesting limit', (_name, json) => {
    const input: unknown = JSON.parse(json);
    let error: unknown;
    try {
      parsePolicy(input);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(PolicyValidationError);
    const issues = (error as PolicyValidationError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toBe(
      `nests deeper than ${LIMITS.maxNestingDepth} levels of objects and arrays; the document was not checked further`,
    );
  });
});

describe('given 5 MB of Markdown', () => {
  const head =
    '---\nid: acme-privacy\nversion: "1"\nlocale: en\ntitle: T\nlastUpdated: 2024-06-12\n---\n';
  const fiveMbOf = (unit: string) => head + unit.repeat(Math.ceil(FIVE_MB / unit.length));

  function issuesOfMarkdown(source: string, maxLength?: number) {
    try {
      importMarkdown(source, maxLength === undefined ? {} : { maxLength });
    } catch (error) {
      if (error instanceof PolicyValidationError) return error.issues;
      throw error;
    }
    throw new Error('expected importMarkdown to throw');
  }

  it('refuses it by default for its length, before parsing it', () => {
    const source = fiveMbOf('## Section\nSome text.\n\n');
    expect(issuesOfMarkdown(source)).toEqual([
      {
        path: '',
        message: `the Markdown is ${source.length} characters long; the limit is ${MARKDOWN_LIMITS.maxLength}`,
      },
    ]);
  });

  // Markers and list items are not counted any more (real policies have thousands; the
  // parser, markdown-it, is linear): with the length limit raised, 5 MB of them is parsed and
  // refused by the document's own size limit, as a validation error, never a crash.
  it('refuses 5 MB of emphasis markers by the document limits when the length limit is raised', () => {
    const issues = issuesOfMarkdown(fiveMbOf('## S\n**a** *b* _c_\n'), 6_000_000);
    expect(issues[0]?.message).toMatch(
      /holds more than \d+ values; a policy document may hold at most/,
    );
  }, 120_000);

  it('refuses 5 MB of list items by the document limits when the length limit is raised', () => {
    const issues = issuesOfMarkdown(fiveMbOf('## S\n- item\n- item\n'), 6_000_000);
    expect(issues[0]?.message).toMatch(
      /holds more than \d+ values; a policy document may hold at most/,
    );
  }, 120_000);

  it('refuses 5 MB of one-line nesting at its first line even with the length limit raised', () => {
    const issues = issuesOfMarkdown(`${head}## S\n${'> - '.repeat(FIVE_MB / 4)}x\n`, 6_000_000);
    expect(issues[0]).toMatchObject({
      line: 9,
      message: expect.stringMatching(/^line 9: more than 16/),
    });
  });
});
