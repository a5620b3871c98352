// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PolicyValidationError } from '@policykit/sdk';
import { importMarkdown, type MarkdownIssue } from '@policykit/sdk/markdown';

/** Front matter used by most specs: 7 lines, so the body starts on line 8. */
const HEAD = `---
id: acme-privacy
version: "3"
locale: en
title: Privacy Policy
lastUpdated: 2024-06-12
---
`;

/** The issues of a strict import: the dialect's errors and every conversion a lenient import would warn about. */
function issuesOf(markdown: string): MarkdownIssue[] {
  try {
    importMarkdown(markdown, { strict: true });
  } catch (error) {
    if (error instanceof PolicyValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected importMarkdown to throw');
}

describe('importMarkdown', () => {
  describe('given front matter', () => {
    it('sets schemaVersion 1 and copies the metadata', () => {
      const policy = importMarkdown(`${HEAD}## One\nText.\n`);
      expect(policy).toMatchObject({
        schemaVersion: 1,
        id: 'acme-privacy',
        version: '3',
        locale: 'en',
        title: 'Privacy Policy',
        lastUpdated: '2024-06-12',
      });
    });

    it('keeps unquoted dates as the same YYYY-MM-DD strings (YAML 1.2 core schema)', () => {
      const policy = importMarkdown(
        `---\nid: a\nversion: 2024-06-12\nlocale: en\ntitle: T\nlastUpdated: 2024-06-12\neffectiveDate: 2027-01-01\n---\n## S\nx\n`,
      );
      expect(policy.version).toBe('2024-06-12');
      expect(policy.lastUpdated).toBe('2024-06-12');
      expect(policy.effectiveDate).toBe('2027-01-01');
    });

    it('writes an explicit !!timestamp back as YYYY-MM-DD', () => {
      const policy = importMarkdown(
        `---\nid: a\nversion: "1"\nlocale: en\ntitle: T\nlastUpdated: !!timestamp 2024-06-12\n---\n## S\nx\n`,
      );
      expect(policy.lastUpdated).toBe('2024-06-12');
    });

    it('expands organization: Name to { name }', () => {
      const policy = importMarkdown(
        `${HEAD.replace('---\n', '---\norganization: CTT\n')}## S\nx\n`,
      );
      expect(policy.organization).toEqual({ name: 'CTT' });
    });

    it('keeps organization given as a mapping', () => {
      const policy = importMarkdown(
        `${HEAD.replace('---\n', '---\norganization: { name: PT Bank Tabungan Negara }\n')}## S\nx\n`,
      );
      expect(policy.organization).toEqual({ name: 'PT Bank Tabungan Negara' });
    });

    it('expands rights: [access, …] to [{ id: access }, …] and keeps titled rights', () => {
      const policy = importMarkdown(
        `${HEAD.replace(
          '---\n',
          '---\nrights:\n  - access\n  - id: x-account-deactivation\n    title: Account deactivation\n',
        )}## S\nx\n`,
      );
      expect(policy.rights).toEqual([
        { id: 'access' },
        { id: 'x-account-deactivation', title: 'Account deactivation' },
      ]);
    });

    it('reads a contact mapping', () => {
      const policy = importMarkdown(
        `${HEAD.replace('---\n', '---\ncontact: { email: privacy@ctt.id, phone: "+62 21 1234 5678" }\n')}## S\nx\n`,
      );
      expect(policy.contact).toEqual({ email: 'privacy@ctt.id', phone: '+62 21 1234 5678' });
    });

    it('passes unknown keys through (the format is forward compatible)', () => {
      const policy = importMarkdown(
        `${HEAD.replace('---\n', '---\nreviewedBy: Legal\n')}## S\nx\n`,
      );
      expect((policy as unknown as Record<string, unknown>).reviewedBy).toBe('Legal');
    });

    it('accepts Windows line endings and a byte order mark', () => {
      const policy = importMarkdown(`\uFEFF${HEAD}## One\nText.\n`.replace(/\n/g, '\r\n'));
      expect(policy.sections[0]).toEqual({
        id: 'one',
        title: 'One',
        blocks: [{ type: 'paragraph', text: 'Text.' }],
      });
    });

    it('reports a missing front matter at line 1', () => {
      expect(issuesOf('## S\nx\n')[0]).toMatchObject({ line: 1 });
      expect(issuesOf('## S\nx\n')[0]!.message).toMatch(
        /^line 1: the document must start with front matter/,
      );
    });

    it('reports a front matter that is never closed', () => {
      const issues = issuesOf('---\nid: a\nversion: "1"\n## S\n');
      expect(issues).toEqual([
        expect.objectContaining({ line: 1, message: expect.stringMatching(/never closed/) }),
      ]);
    });

    it('reports bad YAML with its line in the file', () => {
      const issues = issuesOf('---\nid: a\ntitle: [unclosed\nlocale: en\n---\n## S\nx\n');
      expect(issues[0]).toMatchObject({
        path: '',
        message: expect.stringMatching(/^line \d+: invalid YAML/),
      });
      expect(issues[0]!.line).toBeGreaterThanOrEqual(3);
      expect(issues[0]!.line).toBeLessThanOrEqual(5);
    });

    it('reports a duplicated key', () => {
      const issues = issuesOf(`${HEAD.replace('---\n', '---\nid: other\n')}## S\nx\n`);
      expect(issues[0]).toMatchObject({
        line: 3,
        message: expect.stringMatching(/invalid YAML: .*unique/),
      });
    });

    it.each([
      ['version: 3', 'version', 'version must be text; put the value in quotes: version: "3"'],
      ['title: [a, b]', 'title', 'title must be text, not a list'],
      [
        'organization: 5',
        'organization',
        'organization must be a name (organization: CTT) or a mapping { name: CTT }',
      ],
      ['rights: access', 'rights', 'rights must be a list such as [access, erasure]'],
      ['contact: privacy@ctt.id', 'contact', expect.stringMatching(/^contact must be a mapping/)],
      [
        'contact: { phone: 622112345 }',
        'contact.phone',
        'contact.phone must be text; put the value in quotes',
      ],
    ])('reports a wrong type: %s', (line, path, message) => {
      const source = `---\nid: a\nversion: "1"\nlocale: en\ntitle: T\nlastUpdated: 2024-06-12\n${line.replace(/^(version|title): .*$/, '')}\n---\n## S\nx\n`;
      const withLine =
        line.startsWith('version') || line.startsWith('title')
          ? source.replace(new RegExp(`^${path}: .*$`, 'm'), line)
          : source;
      const issues = issuesOf(withLine);
      const found = issues.find((issue) => issue.path === path);
      expect(found?.line).toBeTypeOf('number');
      expect(found?.message.replace(/^line \d+: /, '')).toEqual(message);
    });

    it('reports each missing required key', () => {
      const issues = issuesOf('---\ntitle: T\n---\n## S\nx\n');
      expect(issues.map((issue) => issue.path)).toEqual(['id', 'version', 'locale', 'lastUpdated']);
      expect(issues.every((issue) => issue.line === 1)).toBe(true);
    });

    it('reports a date that is not a real calendar date at its line', () => {
      const issues = issuesOf(HEAD.replace('2024-06-12', '2024-02-30') + '## S\nx\n');
      expect(issues).toEqual([
        { path: 'lastUpdated', line: 6, message: 'line 6: must be a real calendar date' },
      ]);
    });

    it('refuses YAML aliases', () => {
      const issues = issuesOf(`${HEAD.replace('---\n', '---\nx: &a [1]\ny: *a\n')}## S\nx\n`);
      expect(issues[0]?.message).toMatch(/aliases|anchors/);
    });
  });

  describe('given headings', () => {
    it('takes the title from a # heading when the front matter has none', () => {
      const policy = importMarkdown(
        `${HEAD.replace('title: Privacy Policy\n', '')}# Kebijakan Privasi\n## S\nx\n`,
      );
      expect(policy.title).toBe('Kebijakan Privasi');
    });

    it('reports a # heading that contradicts the front matter title', () => {
      const issues = issuesOf(`${HEAD}# Another Title\n## S\nx\n`);
      expect(issues).toEqual([
        expect.objectContaining({
          path: 'title',
          line: 8,
          message: expect.stringMatching(/differs/),
        }),
      ]);
    });

    it('reports a # heading after the first section (strict: # used for sections)', () => {
      const issues = issuesOf(`${HEAD}## S\nx\n# Late title\n`);
      expect(issues[0]).toMatchObject({ line: 10 });
    });

    it('reports a document with neither title nor # heading', () => {
      const issues = issuesOf(`${HEAD.replace('title: Privacy Policy\n', '')}## S\nx\n`);
      expect(issues[0]).toMatchObject({ path: 'title', line: 1 });
    });

    it('nests ## / ### / #### as sections, subsections and deeper', () => {
      const policy = importMarkdown(`${HEAD}## A\n### B\n#### C\n##### D\n## E\n`);
      expect(policy.sections.map((s) => s.id)).toEqual(['a', 'e']);
      expect(policy.sections[0]?.sections?.[0]?.id).toBe('b');
      expect(policy.sections[0]?.sections?.[0]?.sections?.[0]?.id).toBe('c');
      expect(policy.sections[0]?.sections?.[0]?.sections?.[0]?.sections?.[0]?.id).toBe('d');
    });

    it('nests a skipped level under the nearest shallower heading', () => {
      const policy = importMarkdown(`${HEAD}## A\n#### Deep\n### Sub\n`);
      expect(policy.sections[0]?.sections?.map((s) => s.id)).toEqual(['deep', 'sub']);
    });

    it('uses {#id} when given', () => {
      const policy = importMarkdown(`${HEAD}## Komitmen Privasi Kami {#komitmen}\nx\n`);
      expect(policy.sections[0]).toMatchObject({ id: 'komitmen', title: 'Komitmen Privasi Kami' });
    });

    it('slugifies titles, transliterating diacritics and dropping a leading number', () => {
      const policy = importMarkdown(
        `${HEAD}## 1. Information We Collect\nx\n## Données personnelles\nx\n`,
      );
      expect(policy.sections.map((s) => s.id)).toEqual([
        'information-we-collect',
        'donnees-personnelles',
      ]);
      expect(policy.sections[0]?.title).toBe('1. Information We Collect');
    });

    it('falls back to section-N for titles without ASCII letters', () => {
      const policy = importMarkdown(`${HEAD}## One\nx\n## 隐私政策\nx\n`);
      expect(policy.sections[1]?.id).toBe('section-2');
    });

    it('makes automatic ids unique and keeps them off explicit ids', () => {
      const policy = importMarkdown(
        `${HEAD}## Cookies\nx\n## Cookies\nx\n## Later {#cookies-2}\nx\n`,
      );
      expect(policy.sections.map((s) => s.id)).toEqual(['cookies', 'cookies-3', 'cookies-2']);
    });

    it('reports an explicit id used twice', () => {
      const issues = issuesOf(`${HEAD}## A {#same}\nx\n## B {#same}\nx\n`);
      expect(issues).toEqual([
        expect.objectContaining({
          path: 'sections[1].id',
          line: 10,
          message: expect.stringMatching(/used twice/),
        }),
      ]);
    });

    it('reports an explicit id that is not a slug', () => {
      const issues = issuesOf(`${HEAD}## A {#Not_A_Slug}\nx\n`);
      expect(issues[0]).toMatchObject({ path: 'sections[0].id', line: 8 });
    });

    it('flattens formatting in a heading and refuses a link in one', () => {
      expect(importMarkdown(`${HEAD}## The **important** part\nx\n`).sections[0]?.title).toBe(
        'The important part',
      );
      expect(issuesOf(`${HEAD}## See [this](https://example.com)\nx\n`)[0]).toMatchObject({
        line: 8,
      });
    });

    it('puts content before the first ## into an "introduction" section', () => {
      const en = importMarkdown(`${HEAD}Welcome.\n\n## A\nx\n`);
      expect(en.sections[0]).toEqual({
        id: 'introduction',
        title: 'Introduction',
        blocks: [{ type: 'paragraph', text: 'Welcome.' }],
      });
      const id = importMarkdown(
        `${HEAD.replace('locale: en', 'locale: id-ID')}Selamat datang.\n\n## A\nx\n`,
      );
      expect(id.sections[0]).toMatchObject({ id: 'introduction', title: 'Pendahuluan' });
    });

    it('reports a document without sections', () => {
      expect(issuesOf(HEAD)[0]).toMatchObject({ path: 'sections' });
    });
  });

  describe('given paragraphs and inline markup', () => {
    it('turns links, **strong** and *em* into spans', () => {
      const policy = importMarkdown(
        `${HEAD}## S\nSee [terms](https://example.com/terms), **all** and *some*.\n`,
      );
      expect(policy.sections[0]?.blocks[0]).toEqual({
        type: 'paragraph',
        text: [
          'See ',
          { type: 'link', href: 'https://example.com/terms', text: 'terms' },
          ', ',
          { type: 'strong', text: 'all' },
          ' and ',
          { type: 'em', text: 'some' },
          '.',
        ],
      });
    });

    it('flattens nested formatting without losing text', () => {
      const policy = importMarkdown(
        `${HEAD}## S\n**bold *and em* text** then *em **with strong** in*\n`,
      );
      expect(policy.sections[0]?.blocks[0]).toEqual({
        type: 'paragraph',
        text: [
          { type: 'strong', text: 'bold and em text' },
          ' then ',
          { type: 'em', text: 'em ' },
          { type: 'strong', text: 'with strong' },
          { type: 'em', text: ' in' },
        ],
      });
    });

    it('keeps a link inside strong as a link', () => {
      const policy = importMarkdown(`${HEAD}## S\n**Read [the terms](https://example.com)**\n`);
      expect(policy.sections[0]?.blocks[0]).toEqual({
        type: 'paragraph',
        text: [
          { type: 'strong', text: 'Read ' },
          { type: 'link', href: 'https://example.com', text: 'the terms' },
        ],
      });
    });

    it('accepts mailto:, tel:, autolinks, reference links and #section links', () => {
      const policy = importMarkdown(
        `${HEAD}## S {#s}\n<privacy@ctt.id> [call](tel:+62211234) [back](#s) [ref][r]\n\n[r]: https://example.com/ref\n`,
      );
      expect(policy.sections[0]?.blocks).toEqual([
        {
          type: 'paragraph',
          text: [
            { type: 'link', href: 'mailto:privacy@ctt.id', text: 'privacy@ctt.id' },
            ' ',
            { type: 'link', href: 'tel:+62211234', text: 'call' },
            ' ',
            { type: 'link', href: '#s', text: 'back' },
            ' ',
            { type: 'link', href: 'https://example.com/ref', text: 'ref' },
          ],
        },
      ]);
    });

    it('lower-cases an allowed scheme written in capitals', () => {
      const policy = importMarkdown(`${HEAD}## S\n[x](HTTPS://example.com)\n`);
      expect(policy.sections[0]?.blocks[0]).toMatchObject({
        text: [{ type: 'link', href: 'https://example.com' }],
      });
    });

    it('joins soft line breaks with a space and keeps hard breaks as break spans', () => {
      const policy = importMarkdown(`${HEAD}## S\none\ntwo\\\nthree\n`);
      expect(policy.sections[0]?.blocks[0]).toEqual({
        type: 'paragraph',
        text: ['one two', { type: 'break' }, 'three'],
      });
    });

    it('keeps raw HTML as literal text, inline and as a block', () => {
      const policy = importMarkdown(
        `${HEAD}## S\nA <b>bold</b> claim.\n\n<div onclick="x()">Hi</div>\n`,
      );
      expect(policy.sections[0]?.blocks).toEqual([
        { type: 'paragraph', text: 'A <b>bold</b> claim.' },
        { type: 'paragraph', text: '<div onclick="x()">Hi</div>' },
      ]);
    });

    it('keeps `code` spans as plain text', () => {
      const policy = importMarkdown(`${HEAD}## S\nThe \`_ga\` cookie.\n`);
      expect(policy.sections[0]?.blocks[0]).toEqual({ type: 'paragraph', text: 'The _ga cookie.' });
    });

    it.each([
      ['[x](javascript:alert(1))', 'link scheme javascript: is not allowed'],
      ['[x](JaVaScRiPt:alert(1))', 'link scheme javascript: is not allowed'],
      ['[x](&#106;avascript:alert(1))', 'link scheme javascript: is not allowed'],
      ['[x](<java\tscript:alert(1)>)', 'link scheme javascript: is not allowed'],
      ['[x](data:text/html;base64,PHNjcmlwdD4=)', 'link scheme data: is not allowed'],
      ['[x](vbscript:msgbox)', 'link scheme vbscript: is not allowed'],
      ['[x](file:///etc/passwd)', 'link scheme file: is not allowed'],
      ['[x](/privacy)', 'the relative link "x" to /privacy cannot be kept'],
      ['[x](#Not_A_Slug)', 'the link "x" to #Not_A_Slug matches no section'],
    ])('refuses %s with the line', (link, message) => {
      const issues = issuesOf(`${HEAD}## S\n\nText ${link}\n`);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ line: 10, path: 'sections[0].blocks[0].text' });
      expect(issues[0]!.message).toContain(`line 10: ${message}`);
    });

    it('reports a #link to a section that does not exist, with its line', () => {
      const issues = issuesOf(`${HEAD}## S\nSee [missing](#nowhere).\n`);
      expect(issues).toEqual([
        expect.objectContaining({
          line: 9,
          message: expect.stringMatching(/the link "missing" to #nowhere matches no section/),
        }),
      ]);
    });

    it('refuses an image inside text (it would become its alt text)', () => {
      const issues = issuesOf(`${HEAD}## S\nLook ![logo](https://example.com/a.png)\n`);
      expect(issues[0]).toMatchObject({
        line: 9,
        message: expect.stringMatching(/inside text became its alt text "logo"/),
      });
    });

    it('accepts an image on its own line in strict mode: it is an image block', () => {
      const policy = importMarkdown(`${HEAD}## S\n![logo](https://example.com/a.png)\n`, {
        strict: true,
      });
      expect(policy.sections[0]?.blocks).toEqual([
        { type: 'image', src: 'https://example.com/a.png', alt: 'logo' },
      ]);
    });
  });

  describe('given lists', () => {
    it('converts - and 1. lists, with the ordered flag', () => {
      const policy = importMarkdown(`${HEAD}## S\n- a\n- **b**\n\n1. one\n2. two\n`);
      expect(policy.sections[0]?.blocks).toEqual([
        { type: 'list', items: ['a', [{ type: 'strong', text: 'b' }]] },
        { type: 'list', ordered: true, items: ['one', 'two'] },
      ]);
    });

    it('makes a line ending in ":" right above a list its title', () => {
      const policy = importMarkdown(`${HEAD}## S\nPenggunaan Utama:\n- a\n`);
      expect(policy.sections[0]?.blocks).toEqual([
        { type: 'list', title: 'Penggunaan Utama', items: ['a'] },
      ]);
    });

    it('also across a blank line, and with the title in bold', () => {
      const policy = importMarkdown(`${HEAD}## S\n**Jenis Cookie:**\n\n- a\n`);
      expect(policy.sections[0]?.blocks).toEqual([
        { type: 'list', title: 'Jenis Cookie', items: ['a'] },
      ]);
    });

    it('takes only the last line of a longer paragraph as the title', () => {
      const policy = importMarkdown(
        `${HEAD}## S\nWe may update this policy.\nChanges are announced by:\n- e-mail\n`,
      );
      expect(policy.sections[0]?.blocks).toEqual([
        { type: 'paragraph', text: 'We may update this policy.' },
        { type: 'list', title: 'Changes are announced by', items: ['e-mail'] },
      ]);
    });

    it('keeps a line too long to be a title as a paragraph', () => {
      const sentence = `${'word '.repeat(120)}as follows:`;
      const policy = importMarkdown(`${HEAD}## S\n${sentence}\n- a\n`);
      expect(policy.sections[0]?.blocks).toEqual([
        { type: 'paragraph', text: sentence },
        { type: 'list', items: ['a'] },
      ]);
    });

    it('keeps a paragraph that does not end in ":" or holds a link', () => {
      const policy = importMarkdown(`${HEAD}## S\nNo colon\n- a\n\nSee [x](https://e.com):\n- b\n`);
      expect(policy.sections[0]?.blocks.map((b) => b.type)).toEqual([
        'paragraph',
        'list',
        'paragraph',
        'list',
      ]);
    });

    it('accepts nested lists and multi-paragraph items in strict mode, as rich items', () => {
      const nested = importMarkdown(`${HEAD}## S\n- a\n  - inner\n`, { strict: true });
      expect(nested.sections[0]?.blocks).toEqual([
        {
          type: 'list',
          items: [
            {
              blocks: [
                { type: 'paragraph', text: 'a' },
                { type: 'list', items: ['inner'] },
              ],
            },
          ],
        },
      ]);
      const paragraphs = importMarkdown(`${HEAD}## S\n- a\n\n  second paragraph\n`, {
        strict: true,
      });
      expect(paragraphs.sections[0]?.blocks).toEqual([
        {
          type: 'list',
          items: [
            {
              blocks: [
                { type: 'paragraph', text: 'a' },
                { type: 'paragraph', text: 'second paragraph' },
              ],
            },
          ],
        },
      ]);
    });

    it('refuses an ordered list that does not start at 1', () => {
      expect(issuesOf(`${HEAD}## S\n3. three\n4. four\n`)[0]).toMatchObject({ line: 9 });
    });
  });

  describe('given blockquotes', () => {
    it('makes **Label** on the first line a titled important callout', () => {
      const policy = importMarkdown(
        `${HEAD}## S\n> **Penting**\n> CTT tidak akan pernah menjual data.\n`,
      );
      expect(policy.sections[0]?.blocks).toEqual([
        {
          type: 'callout',
          tone: 'important',
          title: 'Penting',
          blocks: [{ type: 'paragraph', text: 'CTT tidak akan pernah menjual data.' }],
        },
      ]);
    });

    it.each([
      ['NOTE', 'info'],
      ['TIP', 'info'],
      ['IMPORTANT', 'important'],
      ['WARNING', 'warning'],
      ['CAUTION', 'warning'],
      ['warning', 'warning'],
    ])('maps the GitHub alert [!%s] to tone %s', (alert, tone) => {
      const policy = importMarkdown(`${HEAD}## S\n> [!${alert}]\n> Body.\n`);
      expect(policy.sections[0]?.blocks).toEqual([
        { type: 'callout', tone, blocks: [{ type: 'paragraph', text: 'Body.' }] },
      ]);
    });

    it('takes a **Label** after an alert marker as the title, keeping the alert tone', () => {
      const policy = importMarkdown(`${HEAD}## S\n> [!WARNING]\n> **Careful**\n> Body.\n`);
      expect(policy.sections[0]?.blocks[0]).toEqual({
        type: 'callout',
        tone: 'warning',
        title: 'Careful',
        blocks: [{ type: 'paragraph', text: 'Body.' }],
      });
    });

    it('makes a plain blockquote an untitled info callout with all its blocks', () => {
      const policy = importMarkdown(`${HEAD}## S\n> Just **a** note.\n>\n> - with\n> - a list\n`);
      expect(policy.sections[0]?.blocks).toEqual([
        {
          type: 'callout',
          tone: 'info',
          blocks: [
            { type: 'paragraph', text: ['Just ', { type: 'strong', text: 'a' }, ' note.'] },
            { type: 'list', items: ['with', 'a list'] },
          ],
        },
      ]);
    });

    it('keeps **bold** that starts a line but is not alone on it as text', () => {
      const policy = importMarkdown(`${HEAD}## S\n> **Note** that this matters.\n`);
      expect(policy.sections[0]?.blocks[0]).toMatchObject({ tone: 'info' });
      expect(policy.sections[0]?.blocks[0]).not.toHaveProperty('title');
    });

    it('reports an unknown alert type and an empty callout', () => {
      expect(issuesOf(`${HEAD}## S\n> [!DANGER]\n> x\n`)[0]).toMatchObject({
        line: 9,
        message: expect.stringMatching(/unknown alert \[!DANGER\]/),
      });
      expect(issuesOf(`${HEAD}## S\n> **Only a label**\n`)[0]).toMatchObject({
        message: expect.stringMatching(/only a bold label/),
      });
    });
  });

  describe('given a ```contact block', () => {
    it('turns its YAML keys into a contact block', () => {
      const policy = importMarkdown(
        `${HEAD}## S\n\`\`\`contact\ntitle: Data Protection Officer\nemail: privacy@ctt.id\naddress: Jl. Sudirman No. 123, Jakarta Pusat 10220\nphone: "+62 21 1234 5678"\n\`\`\`\n`,
      );
      expect(policy.sections[0]?.blocks).toEqual([
        {
          type: 'contact',
          title: 'Data Protection Officer',
          email: 'privacy@ctt.id',
          address: 'Jl. Sudirman No. 123, Jakarta Pusat 10220',
          phone: '+62 21 1234 5678',
        },
      ]);
    });

    it('reports an unknown key, a number and bad YAML at their lines', () => {
      expect(
        issuesOf(`${HEAD}## S\n\`\`\`contact\nemail: a@b.co\nemial: a@b.co\n\`\`\`\n`)[0],
      ).toMatchObject({
        line: 11,
        message: expect.stringMatching(/unknown contact field emial/),
      });
      expect(issuesOf(`${HEAD}## S\n\`\`\`contact\nphone: 622112345\n\`\`\`\n`)[0]).toMatchObject({
        line: 10,
      });
      expect(issuesOf(`${HEAD}## S\n\`\`\`contact\nemail: [x\n\`\`\`\n`)[0]!.message).toMatch(
        /invalid YAML/,
      );
    });

    it('reports an invalid e-mail address through validation, at the block line', () => {
      const issues = issuesOf(`${HEAD}## S\n\`\`\`contact\nemail: not-an-address\n\`\`\`\n`);
      expect(issues).toEqual([
        expect.objectContaining({ path: 'sections[0].blocks[0].email', line: 10 }),
      ]);
    });
  });

  describe('given Markdown the format cannot hold, in strict mode', () => {
    it.each([
      [
        'a fenced code block',
        '```js\nalert(1)\n```',
        /code block \(```js\) is kept as a paragraph/,
      ],
      ['an indented code block', '    indented', /code block .* is kept as a paragraph/],
      [
        'a table wider than a table may be',
        `|${' c |'.repeat(51)}\n|${' - |'.repeat(51)}\n|${' 1 |'.repeat(51)}`,
        /columns 50 to 51 were joined into column 50/,
      ],
      ['a horizontal rule', 'x\n\n***', /horizontal rule/],
      ['a heading in a quote', '> ## Heading', /heading inside a quote or list/],
    ])('refuses %s, naming its line', (_, markdown, message) => {
      const issues = issuesOf(`${HEAD}## S\n\n${markdown}\n`);
      expect(issues[0]?.message).toMatch(message);
      expect(issues[0]?.line).toBeGreaterThanOrEqual(10);
    });

    it('reports every problem, not only the first', () => {
      const issues = issuesOf(
        `${HEAD}## S\n[a](javascript:x)\n\n![i](http://e.com/i.png)\n\n\`\`\`sh\nrm\n\`\`\`\n`,
      );
      expect(issues.map((issue) => issue.line)).toEqual([9, 11, 13]);
    });
  });
});
