import { describe, expect, it } from 'vitest';
import { parsePolicy, safeParsePolicy } from './parse-policy';
import { LIMITS } from './policy-schema';
import type { Block, PolicyDocument, PolicyIssue } from './policy-types';

function withBlocks(...blocks: unknown[]): PolicyDocument {
  return {
    schemaVersion: 1,
    id: 'btn-cx-privacy',
    version: '2024-11-01',
    locale: 'en',
    title: 'Privacy Policy',
    lastUpdated: '2024-11-01',
    sections: [
      { id: 'cookies', title: 'Cookies', blocks: blocks as Block[] },
      { id: 'your-rights', title: 'Your rights', blocks: [] },
    ],
  };
}

function issuesOf(input: unknown): PolicyIssue[] {
  const result = safeParsePolicy(input);
  return result.success ? [] : result.issues;
}

const cookieTable = {
  type: 'table',
  caption: 'Cookies we use',
  columns: [{ title: 'Name' }, { title: 'Purpose' }, { title: 'Lifetime', align: 'end' }],
  rows: [
    ['_session', ['Keeps you ', { type: 'strong', text: 'signed in' }], '1 day'],
    [
      '_prefs',
      { blocks: [{ type: 'list', items: ['Language', 'Theme'] }] },
      ['Until you', { type: 'break' }, 'clear it'],
    ],
  ],
  rowHeaders: true,
};

describe('given a table block', () => {
  it('accepts captions, aligned columns, inline and block cells, row headers', () => {
    const doc = parsePolicy(withBlocks(cookieTable));
    expect(doc.sections[0]!.blocks[0]).toEqual(cookieTable);
  });

  it('refuses a row whose cells do not match the columns, naming the row', () => {
    const table = { ...cookieTable, rows: [['_session', 'Keeps you signed in']] };
    expect(issuesOf(withBlocks(table))).toEqual([
      {
        path: 'sections[0].blocks[0].rows[0]',
        message: 'has 2 cells; every row of this table must have 3 (one per column)',
      },
    ]);
  });

  it('refuses a table without columns and an unknown alignment', () => {
    expect(issuesOf(withBlocks({ type: 'table', columns: [], rows: [] }))).toEqual([
      { path: 'sections[0].blocks[0].columns', message: 'must have at least one column' },
    ]);
    const leftAligned = { ...cookieTable, columns: [{ title: 'Name', align: 'left' }] };
    expect(issuesOf(withBlocks({ ...leftAligned, rows: [] }))).toEqual([
      {
        path: 'sections[0].blocks[0].columns[0].align',
        message: 'must be "start", "center" or "end" (got a string)',
      },
    ]);
  });

  it('checks links inside cells and headers like any other link', () => {
    const table = {
      type: 'table',
      columns: [{ title: [{ type: 'link', href: '#no-such-section', text: 'Purpose' }] }],
      rows: [[[{ type: 'link', href: 'javascript:alert(1)', text: 'x' }]]],
    };
    expect(issuesOf(withBlocks(table))).toEqual([
      {
        path: 'sections[0].blocks[0].rows[0][0][0].href',
        message:
          'must be an https:, http:, mailto: or tel: URL or #section-id, without spaces (other schemes are not allowed)',
      },
      {
        path: 'sections[0].blocks[0].columns[0].title[0].href',
        message: 'links to "#no-such-section", but no section has the id "no-such-section"',
      },
    ]);
  });

  it(`refuses more than ${LIMITS.maxTableColumns} columns`, () => {
    const columns = Array.from({ length: LIMITS.maxTableColumns + 1 }, (_, i) => ({
      title: `c${i}`,
    }));
    expect(issuesOf(withBlocks({ type: 'table', columns, rows: [] }))).toEqual([
      {
        path: 'sections[0].blocks[0].columns',
        message: `must have at most ${LIMITS.maxTableColumns} columns`,
      },
    ]);
  });
});

describe('given rich list items', () => {
  it('accepts an item of several paragraphs and a nested list', () => {
    const list = {
      type: 'list',
      items: [
        'Account data',
        {
          blocks: [
            { type: 'paragraph', text: 'Usage data, such as:' },
            { type: 'list', ordered: true, items: ['Pages you visit', 'Clicks'] },
          ],
        },
      ],
    };
    expect(parsePolicy(withBlocks(list)).sections[0]!.blocks[0]).toEqual(list);
  });

  it(`refuses blocks nested deeper than ${LIMITS.maxBlockDepth} levels, naming where`, () => {
    let block: unknown = { type: 'paragraph', text: 'deepest' };
    for (let level = 1; level <= LIMITS.maxBlockDepth; level++) {
      block = { type: 'list', items: [{ blocks: [block] }] };
    }
    const issues = issuesOf(withBlocks(block));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toBe(
      `is a block nested ${LIMITS.maxBlockDepth + 1} levels deep (in list items, table cells or callouts); blocks may nest at most ${LIMITS.maxBlockDepth} levels`,
    );
    expect(issues[0]!.path).toMatch(/^sections\[0\]\.blocks\[0\](\.items\[0\]\.blocks\[0\])+$/);
  });

  it('refuses an item object without blocks', () => {
    const issues = issuesOf(withBlocks({ type: 'list', items: [{ text: 'not a span' }] }));
    expect(issues[0]?.path).toMatch(/^sections\[0\]\.blocks\[0\]\.items\[0\]/);
  });
});

describe('given an image block', () => {
  it('accepts an https image with its text alternative and title', () => {
    const image = {
      type: 'image',
      src: 'https://ctt.id/flow.png',
      alt: 'How your data flows',
      title: 'Data flow',
    };
    expect(parsePolicy(withBlocks(image)).sections[0]!.blocks[0]).toEqual(image);
  });

  it('accepts an empty alt (decorative) but not a missing one', () => {
    expect(
      issuesOf(withBlocks({ type: 'image', src: 'https://ctt.id/logo.png', alt: '' })),
    ).toEqual([]);
    expect(issuesOf(withBlocks({ type: 'image', src: 'https://ctt.id/logo.png' }))).toEqual([
      { path: 'sections[0].blocks[0].alt', message: 'is required' },
    ]);
  });

  it('loads images over https only: no http, data or javascript URL', () => {
    for (const src of [
      'http://ctt.id/a.png',
      'data:image/png;base64,AAAA',
      'javascript:alert(1)',
      '//ctt.id/a.png',
    ]) {
      expect(issuesOf(withBlocks({ type: 'image', src, alt: 'x' }))).toEqual([
        {
          path: 'sections[0].blocks[0].src',
          message: 'must be an https: URL (images load over https only)',
        },
      ]);
    }
  });
});

describe('given inline line breaks and link titles', () => {
  it('accepts a break span and a link title', () => {
    const text = [
      'Jl. Sudirman No. 123',
      { type: 'break' },
      { type: 'link', href: 'https://ctt.id', text: 'ctt.id', title: 'Our site' },
    ];
    const doc = parsePolicy(withBlocks({ type: 'paragraph', text }));
    expect(doc.sections[0]!.blocks[0]).toEqual({ type: 'paragraph', text });
  });
});

describe('given section topics', () => {
  it('accepts topics from the vocabulary and refuses others', () => {
    const doc = withBlocks();
    doc.sections[0]!.topics = ['cookies', 'retention'];
    expect(issuesOf(doc)).toEqual([]);
    (doc.sections[0] as { topics: string[] }).topics = ['marketing'];
    expect(issuesOf(doc)[0]?.path).toBe('sections[0].topics[0]');
  });
});
