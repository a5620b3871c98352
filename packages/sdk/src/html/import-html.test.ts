// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { importHtml, PolicyValidationError, type ImportWarning } from '@policykit/sdk/html';

const METADATA = { id: 'acme', version: '1', lastUpdated: '2024-06-12', locale: 'en', title: 'T' };
const NO_LOCALE = { id: 'acme', version: '1', lastUpdated: '2024-06-12' };

function convert(html: string, options: Parameters<typeof importHtml>[1] = {}) {
  const warnings: ImportWarning[] = [];
  const policy = importHtml(html, {
    metadata: METADATA,
    ...options,
    onWarning: (w) => warnings.push(w),
  });
  return { policy, warnings, messages: warnings.map((w) => `${w.line}: ${w.message}`) };
}

const page = (main: string, extra = '') => `<!doctype html>
<html lang="en-GB">
<head><title>Acme — Privacy</title><style>p{}</style></head>
<body>
<header><a href="/">Acme home</a></header>
<nav><a href="/a">About</a></nav>
${main}
${extra}
<footer>Copyright Acme</footer>
<script>alert(1)</script>
</body>
</html>`;

describe('importHtml', () => {
  describe('given a page with a <main>', () => {
    it('imports only the main content, naming the words it dropped outside it', () => {
      const { policy, messages } = convert(
        page('<main><h1>Privacy Policy</h1><h2>Data</h2><p>We keep little.</p></main>'),
        { metadata: NO_LOCALE },
      );
      expect(policy).toMatchObject({ title: 'Privacy Policy', locale: 'en-GB' });
      expect(policy.sections).toEqual([
        { id: 'data', title: 'Data', blocks: [{ type: 'paragraph', text: 'We keep little.' }] },
      ]);
      expect(messages).toContainEqual(
        expect.stringMatching(
          /^7: took the page's main content \(<main>\); dropped 5 words outside it: "Acme home About Copyright Acme"$/,
        ),
      );
      expect(messages).toContain("undefined: locale en-GB taken from the page's lang attribute");
    });
  });

  describe('given a page without <main>', () => {
    it('takes the <article>', () => {
      const { policy } = convert(
        page('<div><article><h2>A</h2><p>Text.</p></article><p>Aside.</p></div>'),
      );
      expect(policy.sections.map((s) => s.title)).toEqual(['A']);
    });

    it('takes the densest content block and drops the page header, footer and navigation', () => {
      const { policy, messages } = convert(
        page(
          '<div class="content"><h2>A</h2><p>Long text of the policy, long enough to be dense.</p><h2>B</h2><ul><li>one</li></ul></div>',
        ),
      );
      expect(policy.sections.map((s) => s.title)).toEqual(['A', 'B']);
      expect(messages.join('\n')).toMatch(/dropped \d+ words outside it|dropped a navigation/);
    });
  });

  describe('given scripts, styles, forms and navigation inside the content', () => {
    it('drops each kind with a warning, never keeping markup or script text', () => {
      const { policy, messages } = convert(
        '<main><h2>S</h2><p>Text.</p><script>steal()</script><form><label>E-mail</label><input><button>Send</button></form><nav>Jump to top</nav></main>',
      );
      expect(JSON.stringify(policy)).not.toMatch(/steal|Send|Jump/);
      expect(messages).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/dropped a script$/),
          expect.stringMatching(/dropped a form \(3 words: "E-mail Send"\)$/),
          expect.stringMatching(/dropped a navigation \(3 words: "Jump to top"\)$/),
        ]),
      );
    });

    it('keeps a javascript: link as its text with a warning (pages use them for buttons)', () => {
      const { policy, messages } = convert(
        '<main><h2>S</h2><p><a href="javascript:openPrefs()">Cookie settings</a></p></main>',
      );
      expect(policy.sections[0]?.blocks[0]).toEqual({ type: 'paragraph', text: 'Cookie settings' });
      expect(messages.join('\n')).toMatch(/link scheme javascript: is not allowed.*kept as text/);
    });
  });

  describe('given headings, lists, links and emphasis', () => {
    it('makes sections, lists and spans; element ids lead to their sections', () => {
      const { policy } = convert(
        '<main><h1>P</h1><section id="data"><h2>Your data</h2><p>We <strong>never</strong> sell <em>it</em>. See <a href="#rights">rights</a> and <a href="https://acme.example/x">x</a>.</p><ul><li>Name</li><li>E-mail</li></ul></section><h2 id="rights">Rights</h2><p id="erase">Ask <a href="#data">us</a>.</p></main>',
      );
      expect(policy.sections.map((s) => s.id)).toEqual(['your-data', 'rights']);
      expect(policy.sections[0]?.blocks).toEqual([
        {
          type: 'paragraph',
          text: [
            'We ',
            { type: 'strong', text: 'never' },
            ' sell ',
            { type: 'em', text: 'it' },
            '. See ',
            { type: 'link', href: '#rights', text: 'rights' },
            ' and ',
            { type: 'link', href: 'https://acme.example/x', text: 'x' },
            '.',
          ],
        },
        { type: 'list', items: ['Name', 'E-mail'] },
      ]);
      expect(policy.sections[1]?.blocks[0]).toMatchObject({
        text: ['Ask ', { type: 'link', href: '#your-data' }, '.'],
      });
    });

    it('turns a table into a table block with its caption, and an image into an image block', () => {
      const { policy, messages } = convert(
        '<main><h2>S</h2><table><caption>Cookies we set</caption><tr><th>Name</th><th align="right">Why</th></tr><tr><td>sid</td><td>Sign-in</td></tr></table><p><img src="https://acme.example/d.png" alt="Data flow"></p></main>',
      );
      expect(policy.sections[0]?.blocks).toEqual([
        {
          type: 'table',
          caption: 'Cookies we set',
          columns: [{ title: 'Name' }, { title: 'Why', align: 'end' }],
          rows: [['sid', 'Sign-in']],
        },
        { type: 'image', src: 'https://acme.example/d.png', alt: 'Data flow' },
      ]);
      expect(messages.join('\n')).not.toMatch(/table|image|Data flow/);
    });
  });

  describe('given strict: true', () => {
    it('refuses every conversion, with its line', () => {
      let issues: { message: string }[] = [];
      try {
        importHtml(page('<main><h2>S</h2><p>x</p></main>'), {
          metadata: { ...METADATA, locale: 'en' },
          strict: true,
        });
      } catch (error) {
        if (error instanceof PolicyValidationError) issues = error.issues;
      }
      expect(issues.map((issue) => issue.message)).toContainEqual(
        expect.stringMatching(/^line 7: took the page's main content/),
      );
    });
  });

  it('keeps hostile markup inert: no event handler or script survives', () => {
    const { policy } = convert(
      '<main><h2 onclick="x()">S</h2><p><img src=x onerror="alert(1)" alt="">Hi<svg onload="alert(2)"></svg></p></main>',
    );
    expect(JSON.stringify(policy)).not.toMatch(/onerror|onload|onclick|alert/);
  });

  it('refuses input that is not a string', () => {
    expect(() => importHtml(42 as unknown as string)).toThrow(PolicyValidationError);
  });
});

describe('importHtml, given a table cell holding paragraphs and a list', () => {
  it('keeps the cell as a rich cell of blocks, a one-paragraph cell as text', () => {
    const policy = importHtml(
      '<main><h2>S</h2><table><tr><th>A</th><th>B</th></tr><tr><td><p>Cat one</p></td><td><ul><li><p>one thing</p></li><li>two thing</li></ul></td></tr></table></main>',
      { metadata: { id: 'a', version: '1', lastUpdated: '2024-01-01', locale: 'en', title: 'T' } },
    );
    expect(policy.sections[0]?.blocks).toEqual([
      {
        type: 'table',
        columns: [{ title: 'A' }, { title: 'B' }],
        rows: [['Cat one', { blocks: [{ type: 'list', items: ['one thing', 'two thing'] }] }]],
      },
    ]);
  });
});
