// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PolicyValidationError } from '@policykit/sdk';
import { importMarkdown, type ImportOptions, type ImportWarning } from '@policykit/sdk/markdown';

/** Front matter: 7 lines, so the body starts on line 8. */
const HEAD = `---
id: acme-privacy
version: "3"
locale: en
title: Privacy Policy
lastUpdated: 2024-06-12
---
`;

const METADATA = { id: 'acme', version: '1', locale: 'en', lastUpdated: '2024-06-12' };

/** A lenient import: the document and every warning. */
function convert(markdown: string, options: ImportOptions = {}) {
  const warnings: ImportWarning[] = [];
  const policy = importMarkdown(markdown, {
    ...options,
    onWarning: (warning) => warnings.push(warning),
  });
  return {
    policy,
    warnings,
    messages: warnings.map((warning) => `${warning.line}: ${warning.message}`),
  };
}

function strictIssues(markdown: string, options: ImportOptions = {}) {
  try {
    importMarkdown(markdown, { ...options, strict: true });
  } catch (error) {
    if (error instanceof PolicyValidationError) return error.issues.map((issue) => issue.message);
    throw error;
  }
  throw new Error('expected a strict import to throw');
}

describe('importMarkdown on real-world Markdown', () => {
  describe('given a thematic break', () => {
    it('drops it with a warning naming its line, keeping the text around it', () => {
      const { policy, messages } = convert(`${HEAD}## S\nBefore.\n\n---\n\nAfter.\n`);
      expect(policy.sections[0]?.blocks).toEqual([
        { type: 'paragraph', text: 'Before.' },
        { type: 'paragraph', text: 'After.' },
      ]);
      expect(messages).toEqual(['11: a horizontal rule (---, ***) was dropped']);
    });
  });

  describe('given a link inside a heading', () => {
    it('keeps its text in the title and names the link target in the warning', () => {
      const { policy, messages } = convert(
        `${HEAD}## See [our terms](https://example.com/terms)\nx\n`,
      );
      expect(policy.sections[0]?.title).toBe('See our terms');
      expect(messages).toEqual([
        '8: a heading cannot hold a link: the link to https://example.com/terms was removed, its text "our terms" kept',
      ]);
    });
  });

  describe('given # anchors', () => {
    it('keeps a link to no section as text, with a warning', () => {
      const { policy, messages } = convert(`${HEAD}## S\nSee [below](#nowhere).\n`);
      expect(policy.sections[0]?.blocks[0]).toEqual({ type: 'paragraph', text: 'See below.' });
      expect(messages).toEqual([
        '9: the link "below" to #nowhere matches no section: kept as text',
      ]);
    });

    it('keeps [x](#) as text, with a warning', () => {
      const { policy, messages } = convert(`${HEAD}## S\nClick [here](#).\n`);
      expect(policy.sections[0]?.blocks[0]).toEqual({ type: 'paragraph', text: 'Click here.' });
      expect(messages).toEqual(['9: the link "here" leads nowhere (#): kept as text']);
    });

    it('links a GitHub-style slug and an id the importer did not make to their sections', () => {
      const { policy, messages } = convert(
        `${HEAD}## 1. Information We Collect\nx\n## Cookies {#_kfosu7ttf89l}\nSee [1](#1-information-we-collect) and [2](#_kfosu7ttf89l).\n`,
      );
      expect(policy.sections[1]?.blocks[0]).toEqual({
        type: 'paragraph',
        text: [
          'See ',
          { type: 'link', href: '#information-we-collect', text: '1' },
          ' and ',
          { type: 'link', href: '#cookies', text: '2' },
          '.',
        ],
      });
      expect(messages).toEqual([
        '10: {#_kfosu7ttf89l} is not a valid section id (lower-case a-z, 0-9 and single hyphens): the section gets one from its title, and links to #_kfosu7ttf89l lead to it',
      ]);
    });

    it('links an <a name> anchor in a heading to its section and drops the empty anchor', () => {
      const { policy, messages } = convert(
        `${HEAD}## <a name="rights"></a>Your rights\nx\n## Other\nSee [rights](#rights).\n`,
      );
      expect(policy.sections[0]?.title).toBe('Your rights');
      expect(policy.sections[1]?.blocks[0]).toMatchObject({
        text: ['See ', { type: 'link', href: '#your-rights', text: 'rights' }, '.'],
      });
      expect(messages).toEqual([
        '8: the HTML anchor <a name="rights"> was removed (links to it lead to its section)',
      ]);
    });
  });

  describe('given kramdown attributes', () => {
    it('strips them with a warning that names them', () => {
      const { policy, messages } = convert(
        `${HEAD}## S\nUpdated 2024 {: datetime="2024-06-12" }\n`,
      );
      expect(policy.sections[0]?.blocks[0]).toEqual({ type: 'paragraph', text: 'Updated 2024' });
      expect(messages).toEqual([
        '9: the kramdown attributes {: datetime="2024-06-12" } were removed',
      ]);
    });
  });

  describe('given raw HTML', () => {
    it('keeps a block and inline HTML as literal text, with a warning each', () => {
      const { policy, messages } = convert(
        `${HEAD}## S\n<table><tr><td>x</td></tr></table>\n\nA <abbr>GDPR</abbr> note.\n`,
      );
      expect(policy.sections[0]?.blocks).toEqual([
        { type: 'paragraph', text: '<table><tr><td>x</td></tr></table>' },
        { type: 'paragraph', text: 'A <abbr>GDPR</abbr> note.' },
      ]);
      expect(messages).toContain(
        '9: raw HTML <table><tr><td>x</td></tr></table> is kept as literal text (HTML is never interpreted)',
      );
      expect(messages).toContain(
        '11: raw HTML <abbr> is kept as literal text (HTML is never interpreted)',
      );
    });

    it('keeps a list item that starts with an HTML tag as its literal text', () => {
      const { policy, messages } = convert(
        `${HEAD}## S\n- <abbr title="x">GDPR</abbr> rights\n- two\n`,
      );
      expect(policy.sections[0]?.blocks[0]).toEqual({
        type: 'list',
        items: ['<abbr title="x">GDPR</abbr> rights', 'two'],
      });
      expect(messages.join('\n')).not.toMatch(/one paragraph only/);
    });

    it('turns <br> into a line break span, without a warning (nothing is lost)', () => {
      const { policy, messages } = convert(`${HEAD}## S\nOne<br>two\n`);
      expect(policy.sections[0]?.blocks[0]).toEqual({
        type: 'paragraph',
        text: ['One', { type: 'break' }, 'two'],
      });
      expect(messages).toEqual([]);
    });

    it('turns <br> in a heading into a space, with a warning (a title is one line)', () => {
      const { policy, messages } = convert(`${HEAD}## One<br>two\nText.\n`);
      expect(policy.sections[0]?.title).toBe('One two');
      expect(messages).toEqual([
        '8: a line break in a heading became a space (a heading is one line)',
      ]);
    });
  });

  describe('given headings as real documents write them', () => {
    it('reads setext headings, with a warning', () => {
      const { policy, messages } = convert(`${HEAD}Section\n-------\nText.\n`);
      expect(policy.sections.map((s) => s.title)).toEqual(['Section']);
      expect(messages).toEqual([
        '8: a setext heading (text underlined with ---) is read as a ## heading',
      ]);
    });

    it('takes # headings after the title as sections (Google Docs), levels normalized', () => {
      const { policy, messages } = convert(
        `# Privacy Policy\n# Data\nx\n## Detail\ny\n# Rights\nz\n`,
        { metadata: METADATA },
      );
      expect(policy.title).toBe('Privacy Policy');
      expect(policy.sections.map((s) => [s.title, s.sections?.map((c) => c.title)])).toEqual([
        ['Data', ['Detail']],
        ['Rights', undefined],
      ]);
      expect(messages).toEqual([
        '2: the document uses # headings for its sections: they are read as ## (heading levels normalized)',
      ]);
    });

    it('makes ### the top level when a document uses it for its sections', () => {
      const { policy, messages } = convert(`${HEAD}### A\nx\n#### A.1\ny\n### B\nz\n`);
      expect(policy.sections.map((s) => [s.title, s.sections?.length])).toEqual([
        ['A', 1],
        ['B', undefined],
      ]);
      expect(messages).toEqual([
        "8: the document's sections are ### headings: they are read as ## (heading levels normalized)",
      ]);
    });

    it('keeps a tagline before the title in the introduction, with a warning', () => {
      const { policy, messages } = convert(`Acme Inc.\n\n# Privacy Policy\n\n## S\nx\n`, {
        metadata: METADATA,
      });
      expect(policy.title).toBe('Privacy Policy');
      expect(policy.sections[0]).toMatchObject({
        id: 'introduction',
        blocks: [{ text: 'Acme Inc.' }],
      });
      expect(messages).toEqual([
        '1: a block before the # title (line 3) went into the introduction',
      ]);
    });

    it('keeps a # heading that differs from the front matter title as a bold paragraph', () => {
      const { policy, messages } = convert(`${HEAD}# Privacy Policy of Acme\n\n## S\nx\n`);
      expect(policy.title).toBe('Privacy Policy');
      expect(policy.sections[0]?.blocks).toEqual([
        { type: 'paragraph', text: [{ type: 'strong', text: 'Privacy Policy of Acme' }] },
      ]);
      expect(messages).toEqual([
        '8: the # heading "Privacy Policy of Acme" differs from the front matter title "Privacy Policy": the front matter title is kept and the heading became a bold paragraph',
      ]);
    });

    it('reports bold-only paragraphs that look like headings, and promotes them on request', () => {
      const source = `${HEAD}## S\nx\n\n**Cookies**\n\nWe use cookies.\n`;
      const kept = convert(source);
      expect(kept.policy.sections[0]?.blocks).toHaveLength(3);
      expect(kept.messages).toEqual([
        '11: the bold paragraph "Cookies" looks like a heading: kept as a paragraph (promoteBoldHeadings, or --promote-bold-headings, makes such paragraphs sections)',
      ]);
      const promoted = convert(source, { promoteBoldHeadings: true });
      expect(promoted.policy.sections[0]?.sections?.[0]).toMatchObject({
        id: 'cookies',
        title: 'Cookies',
        blocks: [{ type: 'paragraph', text: 'We use cookies.' }],
      });
      expect(promoted.messages).toEqual([
        '11: the bold paragraph "Cookies" looks like a heading: it starts a section (promoteBoldHeadings)',
      ]);
    });

    it('keeps a bold line ending in ":" above a list as the list title, not a heading', () => {
      const { policy, messages } = convert(`${HEAD}## S\n**We collect:**\n- a\n`);
      expect(policy.sections[0]?.blocks[0]).toEqual({
        type: 'list',
        title: 'We collect',
        items: ['a'],
      });
      expect(messages).toEqual([]);
    });
  });

  describe('given link titles', () => {
    it('keeps the title on the link, without a warning', () => {
      const { policy, messages } = convert(
        `${HEAD}## S\n[Terms](https://example.com "Our terms")\n`,
      );
      expect(policy.sections[0]?.blocks[0]).toEqual({
        type: 'paragraph',
        text: [{ type: 'link', href: 'https://example.com', text: 'Terms', title: 'Our terms' }],
      });
      expect(messages).toEqual([]);
    });

    it('keeps the title after the text of a link kept as text', () => {
      const { policy, messages } = convert(`${HEAD}## S\nSee [Terms](# "Our terms").\n`);
      expect(policy.sections[0]?.blocks[0]).toEqual({
        type: 'paragraph',
        text: 'See Terms (Our terms).',
      });
      expect(messages).toEqual([
        '9: the link "Terms" leads nowhere (#): kept as text, its title after it',
      ]);
    });
  });

  describe('given tables, nested lists and images', () => {
    it('turns a table into a table block, without a warning', () => {
      const { policy, messages } = convert(
        `${HEAD}## S\n| Cookie | Purpose |\n| --- | --- |\n| sid | **Sign-in** |\n| ab | |\n`,
      );
      expect(policy.sections[0]?.blocks[0]).toEqual({
        type: 'table',
        columns: [{ title: 'Cookie' }, { title: 'Purpose' }],
        rows: [
          ['sid', [{ type: 'strong', text: 'Sign-in' }]],
          ['ab', ''],
        ],
      });
      expect(messages).toEqual([]);
    });

    it('keeps a nested list inside its item, keeping every item', () => {
      const { policy, messages } = convert(`${HEAD}## S\n- a\n  - a.1\n  - a.2\n- b\n`);
      expect(policy.sections[0]?.blocks[0]).toEqual({
        type: 'list',
        items: [
          {
            blocks: [
              { type: 'paragraph', text: 'a' },
              { type: 'list', items: ['a.1', 'a.2'] },
            ],
          },
          'b',
        ],
      });
      expect(messages).toEqual([]);
    });

    it('keeps the paragraphs of a list item as paragraphs of a rich item', () => {
      const { policy, messages } = convert(`${HEAD}## S\n- first\n\n  second\n`);
      expect(policy.sections[0]?.blocks[0]).toEqual({
        type: 'list',
        items: [
          {
            blocks: [
              { type: 'paragraph', text: 'first' },
              { type: 'paragraph', text: 'second' },
            ],
          },
        ],
      });
      expect(messages).toEqual([]);
    });

    it('turns an image on its own line into an image block, its title kept', () => {
      const { policy, messages } = convert(
        `${HEAD}## S\n![Acme logo](https://example.com/logo.png "Our logo")\n`,
      );
      expect(policy.sections[0]?.blocks[0]).toEqual({
        type: 'image',
        src: 'https://example.com/logo.png',
        alt: 'Acme logo',
        title: 'Our logo',
      });
      expect(messages).toEqual([]);
    });

    it('keeps an http: image as its alt text, naming the image', () => {
      const { policy, messages } = convert(
        `${HEAD}## S\n![Acme logo](http://example.com/logo.png)\n`,
      );
      expect(policy.sections[0]?.blocks[0]).toEqual({ type: 'paragraph', text: 'Acme logo' });
      expect(messages).toEqual([
        '9: an image (http://example.com/logo.png) became its alt text "Acme logo": images load over https: only',
      ]);
    });

    it('keeps a code block as a paragraph of its text', () => {
      const { policy, messages } = convert(`${HEAD}## S\n    indented text\n`);
      expect(policy.sections[0]?.blocks[0]).toEqual({ type: 'paragraph', text: 'indented text' });
      expect(messages).toHaveLength(1);
    });

    it('numbers an ordered list from 1, saying where it started', () => {
      const { policy, messages } = convert(`${HEAD}## S\n3. c\n4. d\n`);
      expect(policy.sections[0]?.blocks[0]).toEqual({
        type: 'list',
        ordered: true,
        items: ['c', 'd'],
      });
      expect(messages).toEqual([
        '9: an ordered list starting at 3 is numbered from 1 (the format numbers lists itself)',
      ]);
    });

    it('keeps strikethrough text as plain text', () => {
      const { policy, messages } = convert(`${HEAD}## S\nWas ~~old~~ new.\n`);
      expect(policy.sections[0]?.blocks[0]).toEqual({ type: 'paragraph', text: 'Was old new.' });
      expect(messages).toHaveLength(1);
    });
  });

  describe('given relative links', () => {
    it('keeps them as text without a base, and resolves them against baseUrl', () => {
      const source = `${HEAD}## S\nSee [terms](/terms).\n`;
      expect(convert(source).policy.sections[0]?.blocks[0]).toEqual({
        type: 'paragraph',
        text: 'See terms.',
      });
      expect(
        convert(source, { baseUrl: 'https://acme.example/privacy' }).policy.sections[0]?.blocks[0],
      ).toEqual({
        type: 'paragraph',
        text: ['See ', { type: 'link', href: 'https://acme.example/terms', text: 'terms' }, '.'],
      });
    });
  });

  describe('given options.metadata and no front matter', () => {
    it('fills the metadata from the options and the title from the # heading', () => {
      const { policy, messages } = convert(`# Privacy\n\n## S\nx\n`, { metadata: METADATA });
      expect(policy).toMatchObject({ ...METADATA, title: 'Privacy', schemaVersion: 1 });
      expect(messages).toEqual([]);
    });

    it('lets front matter win over the options', () => {
      const { policy } = convert(`${HEAD}## S\nx\n`, { metadata: { ...METADATA, id: 'other' } });
      expect(policy.id).toBe('acme-privacy');
    });

    it.each([
      ['Last updated: 12 June 2024', '2024-06-12'],
      ['Terakhir diperbarui: 12 Juni 2024', '2024-06-12'],
      ['Effective date: March 3, 2023', '2023-03-03'],
      ['**Last modified** 2025-01-31', '2025-01-31'],
    ])('infers lastUpdated from "%s", saying so', (phrase, date) => {
      const { policy, messages } = convert(`# P\n\n${phrase}\n\n## S\nx\n`, {
        metadata: { id: 'a', version: '1', locale: 'en' },
      });
      expect(policy.lastUpdated).toBe(date);
      expect(messages[0]).toMatch(new RegExp(`^3: lastUpdated ${date} was inferred from the text`));
    });

    it('takes the version from lastUpdated when none is given, with a warning', () => {
      const { policy, messages } = convert(`# P\n\n## S\nx\n`, {
        metadata: { id: 'a', locale: 'en', lastUpdated: '2024-01-02' },
      });
      expect(policy.version).toBe('2024-01-02');
      expect(messages).toEqual([
        'undefined: no version given: the lastUpdated date 2024-01-02 is used',
      ]);
    });

    it('names each missing field and its option', () => {
      expect(strictIssues(`# P\n\n## S\nx\n`, { metadata: { id: 'a' } })).toEqual(
        expect.arrayContaining([
          'line 1: no locale: give it in options.metadata.locale (policykit import --locale)',
          'line 1: no lastUpdated: give it in options.metadata.lastUpdated (policykit import --last-updated)',
        ]),
      );
    });
  });

  describe('given strict: true', () => {
    it('refuses exactly what produced warnings, with the same lines', () => {
      const source = `${HEAD}## S\nx\n\n---\n\n![i](https://e.com/i.png)\n`;
      const { messages } = convert(source);
      expect(strictIssues(source)).toEqual(
        messages.map((message) => message.replace(/^(\d+): /, 'line $1: ')),
      );
    });

    it('still refuses a javascript: link in lenient mode (the format forbids it)', () => {
      expect(() => importMarkdown(`${HEAD}## S\n[x](javascript:alert(1))\n`)).toThrow(
        PolicyValidationError,
      );
    });
  });
});
