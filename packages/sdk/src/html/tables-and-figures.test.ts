// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LIMITS, type TableBlock } from '@policykit/sdk';
import { importHtml, PolicyValidationError, type ImportWarning } from '@policykit/sdk/html';

const METADATA = { id: 'acme', version: '1', lastUpdated: '2024-06-12', locale: 'en', title: 'T' };

function convert(html: string, options: Parameters<typeof importHtml>[1] = {}) {
  const warnings: ImportWarning[] = [];
  const policy = importHtml(html, {
    metadata: METADATA,
    ...options,
    onWarning: (w) => warnings.push(w),
  });
  return { policy, warnings, messages: warnings.map((w) => `${w.line}: ${w.message}`) };
}

const blocksOf = (html: string, options: Parameters<typeof importHtml>[1] = {}) => {
  const { policy, messages } = convert(`<main><h2>S</h2>\n${html}</main>`, options);
  return { blocks: policy.sections[0]?.blocks, messages };
};

describe('importHtml, given tables', () => {
  it('reads th scope="row" as row headers, <br> as break spans, style text-align as alignment', () => {
    const { blocks, messages } = blocksOf(
      '<table><thead><tr><th>Purpose</th><th style="text-align: right">Basis</th></tr></thead><tbody><tr><th scope="row">Sign-in</th><td>Contract<br>Art. 6(1)(b)</td></tr><tr><th scope="row">Ads</th><td>Consent</td></tr></tbody></table>',
    );
    expect(blocks).toEqual([
      {
        type: 'table',
        columns: [{ title: 'Purpose' }, { title: 'Basis', align: 'end' }],
        rows: [
          ['Sign-in', ['Contract', { type: 'break' }, 'Art. 6(1)(b)']],
          ['Ads', 'Consent'],
        ],
        rowHeaders: true,
      },
    ] satisfies TableBlock[]);
    expect(messages).toEqual([]);
  });

  it('reads a header column without a header row as row headers, not as column titles', () => {
    const { blocks } = blocksOf(
      '<table><tr><th>Controller</th><td>Acme Ltd</td></tr><tr><th>DPO</th><td>dpo@acme.example</td></tr></table>',
    );
    expect(blocks).toEqual([
      {
        type: 'table',
        columns: [{ title: '' }, { title: '' }],
        rows: [
          ['Controller', 'Acme Ltd'],
          ['DPO', 'dpo@acme.example'],
        ],
        rowHeaders: true,
      },
    ]);
  });

  it('reads the all-bold first row of a table without header cells as its header row, saying so', () => {
    const { blocks, messages } = blocksOf(
      '<table>\n<tr><td><strong>Data</strong></td><td><p><b>When</b></p></td></tr>\n<tr><td>E-mail</td><td>Sign-up</td></tr></table>',
    );
    expect(blocks).toEqual([
      {
        type: 'table',
        columns: [
          { title: [{ type: 'strong', text: 'Data' }] },
          { title: [{ type: 'strong', text: 'When' }] },
        ],
        rows: [['E-mail', 'Sign-up']],
      },
    ]);
    expect(messages).toEqual([
      '3: a table without header cells: its first row, all bold, was read as its header row',
    ]);
  });

  it('pads short rows, and keeps the words of spanning cells', () => {
    const { blocks } = blocksOf(
      '<table><tr><th>A</th><th>B</th><th>C</th></tr><tr><td colspan="2">wide</td><td>c</td></tr><tr><td>only</td></tr></table>',
    );
    expect((blocks?.[0] as TableBlock).rows).toEqual([
      ['wide', '', 'c'],
      ['only', '', ''],
    ]);
  });

  it('keeps a cell of several paragraphs and a list as a rich cell, and a table in a cell as its text', () => {
    const { blocks } = blocksOf(
      '<table><tr><th>Data</th><th>Why</th></tr><tr><td><p>Account</p><p>Profile</p></td><td>To sign you in:<ul><li>e-mail</li><li>password</li></ul><table><tr><td>inner</td></tr></table></td></tr></table>',
    );
    expect((blocks?.[0] as TableBlock).rows).toEqual([
      [
        {
          blocks: [
            { type: 'paragraph', text: 'Account' },
            { type: 'paragraph', text: 'Profile' },
          ],
        },
        {
          blocks: [
            { type: 'list', title: 'To sign you in', items: ['e-mail', 'password'] },
            { type: 'paragraph', text: 'inner' },
          ],
        },
      ],
    ]);
  });

  it(`makes a caption over ${LIMITS.maxTitleLength} characters a paragraph before the table, with a warning`, () => {
    const long = 'word '.repeat(120).trim();
    const { blocks, messages } = blocksOf(
      `<table>\n<caption>${long}</caption><tr><th>A</th></tr><tr><td>a</td></tr></table>`,
    );
    expect(blocks?.map((block) => block.type)).toEqual(['paragraph', 'table']);
    expect(blocks?.[0]).toEqual({ type: 'paragraph', text: long });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^3: the table caption "word word .*" is longer than the 500 characters/,
    );
  });

  it('refuses in strict mode exactly what warned', () => {
    const html = `<main><h2>S</h2><table><tr>${'<th>h</th>'.repeat(LIMITS.maxTableColumns + 1)}</tr><tr>${'<td>v</td>'.repeat(LIMITS.maxTableColumns + 1)}</tr></table></main>`;
    const { messages } = convert(html);
    expect(messages).toEqual([
      '1: a table of 51 columns: columns 50 to 51 were joined into column 50 as "Header: value; …" (a table holds at most 50 columns)',
    ]);
    let issues: string[] = [];
    try {
      importHtml(html, { metadata: METADATA, strict: true });
    } catch (error) {
      if (error instanceof PolicyValidationError) issues = error.issues.map((i) => i.message);
    }
    expect(issues).toEqual([`line ${messages[0]}`]);
  });
});

describe('importHtml, given images and figures', () => {
  it('makes a figure with a caption an image block whose title is the caption', () => {
    const { blocks, messages } = blocksOf(
      '<figure><img src="https://acme.example/flow.png" alt="Data flow"><figcaption>How your data flows</figcaption></figure>',
    );
    expect(blocks).toEqual([
      {
        type: 'image',
        src: 'https://acme.example/flow.png',
        alt: 'Data flow',
        title: 'How your data flows',
      },
    ]);
    expect(messages).toEqual([]);
  });

  it('resolves a relative src against baseUrl, and keeps an http: image as its alt text', () => {
    const { blocks, messages } = blocksOf(
      '<p><img src="/logo.png" alt="Acme"></p>\n<p><img src="http://acme.example/x.png" alt="Chart" onerror="alert(1)"></p>',
      { baseUrl: 'https://acme.example/privacy' },
    );
    expect(blocks).toEqual([
      { type: 'image', src: 'https://acme.example/logo.png', alt: 'Acme' },
      { type: 'paragraph', text: 'Chart' },
    ]);
    expect(messages).toEqual([
      '2: the relative image source /logo.png was resolved to https://acme.example/logo.png',
      '3: an image (http://acme.example/x.png) became its alt text "Chart": images load over https: only',
    ]);
  });

  it('keeps a link title as the link’s title', () => {
    const { blocks, messages } = blocksOf(
      '<p>See <a href="https://acme.example/terms" title="Our terms">terms</a>.</p>',
    );
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        text: [
          'See ',
          { type: 'link', href: 'https://acme.example/terms', text: 'terms', title: 'Our terms' },
          '.',
        ],
      },
    ]);
    expect(messages).toEqual([]);
  });
});
