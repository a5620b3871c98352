// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  PolicyValidationError,
  checkParity,
  diffPolicies,
  parsePolicy,
  type Block,
  type ListBlock,
  type PolicyDocument,
  type TableBlock,
} from '@policykit/sdk';
import { importMarkdown, type ImportWarning } from '@policykit/sdk/markdown';

/** Front matter: 7 lines, so the body starts on line 8. */
const HEAD = `---
id: acme-privacy
version: "3"
locale: en
title: Privacy Policy
lastUpdated: 2024-06-12
---
`;

function convert(
  markdown: string,
  options: { baseUrl?: string } = {},
): { policy: PolicyDocument; warnings: ImportWarning[]; messages: string[] } {
  const warnings: ImportWarning[] = [];
  const policy = importMarkdown(markdown, { ...options, onWarning: (w) => warnings.push(w) });
  return {
    policy,
    warnings,
    messages: warnings.map((w) => `${w.line ?? '?'}: ${w.message}`),
  };
}

/** The messages of a strict import's issues, without their `line N: ` prefix. */
function strictMessages(markdown: string, options: { baseUrl?: string } = {}): string[] {
  try {
    importMarkdown(markdown, { ...options, strict: true });
  } catch (error) {
    if (error instanceof PolicyValidationError) {
      return error.issues.map((issue) => issue.message.replace(/^line \d+: /, ''));
    }
    throw error;
  }
  return [];
}

const firstBlock = (policy: PolicyDocument): Block | undefined => policy.sections[0]?.blocks[0];

describe('importMarkdown, given GFM tables', () => {
  it('builds a table block: head row as columns, alignment, <br> as break spans, link titles kept', () => {
    const { policy, messages } = convert(
      `${HEAD}## Cookies\n| Name | Purpose | Lifetime |\n| :-- | :-: | --: |\n| \`sid\` | Keeps you<br>signed in | 1 day |\n| ab | [Tests](https://acme.example/ab "A/B tests") \\| variants | |\n`,
    );
    expect(firstBlock(policy)).toEqual({
      type: 'table',
      columns: [
        { title: 'Name', align: 'start' },
        { title: 'Purpose', align: 'center' },
        { title: 'Lifetime', align: 'end' },
      ],
      rows: [
        ['sid', ['Keeps you', { type: 'break' }, 'signed in'], '1 day'],
        [
          'ab',
          [
            { type: 'link', href: 'https://acme.example/ab', text: 'Tests', title: 'A/B tests' },
            ' | variants',
          ],
          '',
        ],
      ],
    } satisfies TableBlock);
    expect(messages).toEqual([]);
  });

  it('keeps a header-only table as a table without rows', () => {
    const { policy, messages } = convert(`${HEAD}## S\n| Only | Headers |\n| --- | --- |\n`);
    expect(firstBlock(policy)).toEqual({
      type: 'table',
      columns: [{ title: 'Only' }, { title: 'Headers' }],
      rows: [],
    });
    expect(messages).toEqual([]);
  });

  it(`joins columns past ${LIMITS.maxTableColumns} into the last one kept, every word kept, with a warning strict refuses`, () => {
    const width = LIMITS.maxTableColumns + 2;
    const row = (cell: (i: number) => string) =>
      `|${Array.from({ length: width }, (_, i) => ` ${cell(i)} `).join('|')}|`;
    const markdown = `${HEAD}## S\n${row((i) => `h${i}`)}\n${row(() => '---')}\n${row((i) => `v${i}`)}\n`;
    const { policy, messages } = convert(markdown);
    const table = firstBlock(policy) as TableBlock;
    expect(table.columns).toHaveLength(LIMITS.maxTableColumns);
    expect(table.columns.at(-1)?.title).toBe('h49 / h50 / h51');
    expect(table.rows[0]).toHaveLength(LIMITS.maxTableColumns);
    expect(table.rows[0]?.at(-1)).toBe('h49: v49; h50: v50; h51: v51');
    expect(messages).toEqual([
      '9: a table of 52 columns: columns 50 to 52 were joined into column 50 as "Header: value; …" (a table holds at most 50 columns)',
    ]);
    expect(strictMessages(markdown)).toEqual(messages.map((m) => m.replace(/^\d+: /, '')));
  });

  it(`splits a table of more than ${LIMITS.maxTableRows} rows into tables that each repeat the header`, () => {
    const count = LIMITS.maxTableRows + 5;
    const body = Array.from({ length: count }, (_, i) => `| r${i} | v${i} |`).join('\n');
    const { policy, messages } = convert(`${HEAD}## S\n| K | V |\n| - | - |\n${body}\n`);
    const blocks = policy.sections[0]?.blocks as TableBlock[];
    expect(blocks.map((block) => [block.type, block.rows.length])).toEqual([
      ['table', LIMITS.maxTableRows],
      ['table', 5],
    ]);
    expect(blocks[1]?.columns).toEqual([{ title: 'K' }, { title: 'V' }]);
    expect(blocks[1]?.rows.at(-1)).toEqual([`r${count - 1}`, `v${count - 1}`]);
    expect(messages).toEqual([
      `9: a table of ${count} rows was split into 2 tables, each with the header row (a table holds at most ${LIMITS.maxTableRows} rows)`,
    ]);
  });

  it('names the line of a problem inside a cell', () => {
    const { messages } = convert(`${HEAD}## S\n| a | b |\n| - | - |\n| x | [y](#nowhere) |\n`);
    expect(messages).toEqual(['11: the link "y" to #nowhere matches no section: kept as text']);
  });
});

describe('importMarkdown, given list items with blocks', () => {
  it('keeps a one-paragraph item plain, and an item with a paragraph and a table rich', () => {
    const { policy, messages } = convert(
      `${HEAD}## S\n- plain\n- Cookies:\n\n  | n | p |\n  | - | - |\n  | sid | sign-in |\n`,
    );
    expect(firstBlock(policy)).toEqual({
      type: 'list',
      items: [
        'plain',
        {
          blocks: [
            { type: 'paragraph', text: 'Cookies:' },
            {
              type: 'table',
              columns: [{ title: 'n' }, { title: 'p' }],
              rows: [['sid', 'sign-in']],
            },
          ],
        },
      ],
    });
    expect(messages).toEqual([]);
  });

  it(`nests lists up to LIMITS.maxBlockDepth (${LIMITS.maxBlockDepth}) and flattens deeper ones, every word kept, with a warning`, () => {
    const depth = LIMITS.maxBlockDepth + 3;
    const markdown = `${HEAD}## S\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n')}\n`;
    const { policy, messages } = convert(markdown);
    // Valid as a document (the importer validated it; parsePolicy agrees).
    expect(parsePolicy(JSON.parse(JSON.stringify(policy)))).toEqual(policy);
    // Walk down the rich items: each level's list is the second block of its parent's item.
    let list = firstBlock(policy) as ListBlock;
    let levels = 1;
    for (;;) {
      const item = list.items[0];
      if (typeof item !== 'object' || Array.isArray(item)) break;
      list = item.blocks[1] as ListBlock;
      levels += 1;
    }
    expect(levels).toBe(LIMITS.maxBlockDepth);
    // The deepest list holds the rest, flattened.
    expect(list.items).toEqual(
      Array.from(
        { length: depth - LIMITS.maxBlockDepth + 1 },
        (_, i) => `level ${LIMITS.maxBlockDepth + i}`,
      ),
    );
    expect(messages).toEqual([
      `${9 + LIMITS.maxBlockDepth}: a list nested more than ${LIMITS.maxBlockDepth} blocks deep was flattened into its parent list, its text kept`,
      `${10 + LIMITS.maxBlockDepth}: a list nested more than ${LIMITS.maxBlockDepth} blocks deep was flattened into its parent list, its text kept`,
      `${11 + LIMITS.maxBlockDepth}: a list nested more than ${LIMITS.maxBlockDepth} blocks deep was flattened into its parent list, its text kept`,
    ]);
    expect(strictMessages(markdown)).toEqual(messages.map((m) => m.replace(/^\d+: /, '')));
  });

  it('turns a heading in a list item into a bold paragraph of the rich item, with a warning', () => {
    const { policy, messages } = convert(`${HEAD}## S\n- ### Title\n  text\n`);
    expect(firstBlock(policy)).toEqual({
      type: 'list',
      items: [
        {
          blocks: [
            { type: 'paragraph', text: [{ type: 'strong', text: 'Title' }] },
            { type: 'paragraph', text: 'text' },
          ],
        },
      ],
    });
    expect(messages).toEqual([
      '9: a heading inside a quote or list cannot start a section: it became a bold paragraph',
    ]);
  });
});

describe('importMarkdown, given images', () => {
  it('makes each image of an image-only paragraph a block; an https image without alt text is decorative', () => {
    const { policy, messages } = convert(
      `${HEAD}## S\n![Flow](https://acme.example/flow.png)\n![](https://acme.example/rule.png)\n`,
    );
    expect(policy.sections[0]?.blocks).toEqual([
      { type: 'image', src: 'https://acme.example/flow.png', alt: 'Flow' },
      { type: 'image', src: 'https://acme.example/rule.png', alt: '' },
    ]);
    expect(messages).toEqual([]);
  });

  it('resolves a relative source against baseUrl, saying so', () => {
    const { policy, messages } = convert(`${HEAD}## S\n![Flow](img/flow.png)\n`, {
      baseUrl: 'https://acme.example/privacy/',
    });
    expect(firstBlock(policy)).toEqual({
      type: 'image',
      src: 'https://acme.example/privacy/img/flow.png',
      alt: 'Flow',
    });
    expect(messages).toEqual([
      '9: the relative image source img/flow.png was resolved to https://acme.example/privacy/img/flow.png',
    ]);
  });

  it.each([
    [
      'a relative source without baseUrl',
      'img/flow.png',
      'its address is relative and no baseUrl was given to resolve it',
    ],
    ['an http: source', 'http://acme.example/flow.png', 'images load over https: only'],
    ['a data: source', 'data:image/png;base64,AAAA', 'images load from https: URLs only'],
    ['a javascript: source', 'javascript:alert(1)', 'images load from https: URLs only'],
  ])(
    'keeps the alt text and title of an image with %s, with a warning strict refuses',
    (_, src, reason) => {
      const markdown = `${HEAD}## S\n![Flow](${src} "How data flows")\n`;
      const { policy, messages } = convert(markdown);
      expect(firstBlock(policy)).toEqual({ type: 'paragraph', text: 'Flow (How data flows)' });
      expect(messages).toEqual([
        `9: an image (${src}) became its alt text "Flow (How data flows)": ${reason}`,
      ]);
      expect(strictMessages(markdown)).toEqual([messages[0]!.replace(/^\d+: /, '')]);
      expect(JSON.stringify(policy)).not.toContain(src);
    },
  );

  it('keeps an image inside text, or inside a link, as its alt text with a warning', () => {
    const { policy, messages } = convert(
      `${HEAD}## S\nSee ![the chart](https://acme.example/c.png) here.\n\n[![Acme](https://acme.example/logo.png)](https://acme.example)\n`,
    );
    expect(policy.sections[0]?.blocks).toEqual([
      { type: 'paragraph', text: 'See the chart here.' },
      { type: 'paragraph', text: [{ type: 'link', href: 'https://acme.example', text: 'Acme' }] },
    ]);
    expect(messages).toEqual([
      '9: an image (https://acme.example/c.png) inside text became its alt text "the chart": an image must stand on its own line to be kept as an image',
      '11: an image (https://acme.example/logo.png) inside text became its alt text "Acme": an image must stand on its own line to be kept as an image',
    ]);
  });
});

describe('importMarkdown, given link titles the format cannot hold', () => {
  it(`drops a title over ${LIMITS.maxTitleLength} characters with a warning, keeping the link`, () => {
    const long = 'x'.repeat(LIMITS.maxTitleLength + 1);
    const { policy, messages } = convert(`${HEAD}## S\n[Terms](https://acme.example "${long}")\n`);
    expect(firstBlock(policy)).toEqual({
      type: 'paragraph',
      text: [{ type: 'link', href: 'https://acme.example', text: 'Terms' }],
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^9: the title \(tooltip\) of "Terms" is 501 characters long/);
  });
});

describe('importMarkdown, given hostile input in the new blocks', () => {
  it('keeps markup in cells, items and alt text as inert text', () => {
    const { policy } = convert(
      `${HEAD}## S\n| <script>alert(1)</script> | x |\n| - | - |\n| <img src=x onerror=alert(2)> | [a](https://e.example "\\"><svg onload=alert(3)>") |\n\n- one\n\n  <iframe src="javascript:alert(4)"></iframe>\n\n![<b onmouseover=alert(5)>](https://e.example/i.png)\n`,
    );
    const table = firstBlock(policy) as TableBlock;
    // Text stays text: the validator accepted it, and no field holds markup but as a string.
    expect(table.columns[0]?.title).toBe('<script>alert(1)</script>');
    expect(table.rows[0]?.[0]).toBe('<img src=x onerror=alert(2)>');
    expect(table.rows[0]?.[1]).toEqual([
      { type: 'link', href: 'https://e.example', text: 'a', title: '"><svg onload=alert(3)>' },
    ]);
    expect(policy.sections[0]?.blocks[2]).toEqual({
      type: 'image',
      src: 'https://e.example/i.png',
      alt: '<b onmouseover=alert(5)>',
    });
  });

  it('imports a 3000-row table and 30-deep nested lists (indentation beyond 64 columns is refused by the input guards) quickly, within the limits', () => {
    const started = performance.now();
    const rows = Array.from({ length: 3000 }, (_, i) => `| a${i} | <br>b${i}<br> | c |`).join('\n');
    const deep = Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- d${i}`).join('\n');
    const policy = importMarkdown(
      `${HEAD}## S\n| A | B | C |\n| - | - | - |\n${rows}\n\n${deep}\n`,
    );
    expect(performance.now() - started).toBeLessThan(3000);
    const blocks = policy.sections[0]?.blocks ?? [];
    expect(blocks.filter((block) => block.type === 'table')).toHaveLength(3);
    expect((blocks[0] as TableBlock).rows[0]).toEqual(['a0', 'b0', 'c']);
    expect(JSON.stringify(blocks.at(-1))).toContain('"d29"');
  });
});

describe('imported tables in diffs and parity', () => {
  const cookies = (lifetime: string, locale: string, title: string) =>
    importMarkdown(
      `---\nid: acme\nversion: "1"\nlocale: ${locale}\ntitle: ${title}\nlastUpdated: 2024-06-12\n---\n## Cookies {#cookies}\n| Name | Lifetime |\n| - | - |\n| sid | ${lifetime} |\n\n## Rights {#rights}\n- Access\n  - a copy\n`,
    );

  it('diffPolicies marks the section whose table cell changed, and only it', () => {
    const diff = diffPolicies(cookies('1 day', 'en', 'P'), cookies('30 days', 'en', 'P'));
    expect(diff.changed).toBe(true);
    expect(diff.sections.map((section) => [section.id, section.change])).toEqual([
      ['cookies', 'modified'],
      ['rights', 'unchanged'],
    ]);
  });

  it('checkParity finds an imported pair with tables and nested lists in step', () => {
    expect(checkParity(cookies('1 day', 'en', 'P'), cookies('1 hari', 'id', 'K'))).toEqual([]);
  });
});
