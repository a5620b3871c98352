// @vitest-environment node
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_POLICY_BYTES, parsePolicy } from '@policykit/sdk';
import { run } from './run';

/** Runs the CLI in-process with an optional fake fetch; returns the exit code and the output. */
async function policykit(args: string[], cwd: string, fetchImpl?: typeof fetch) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
  return { code, stdout, stderr };
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'policykit-import-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Real-world Markdown: no front matter, a table and a rule. */
const REAL_MD = `# Privacy Policy

Last updated: 12 June 2024

## What we collect

| Data | Why |
| --- | --- |
| E-mail | Sign-in |

---

## Your rights

You may ask for a copy.
`;

const PAGE = `<!doctype html>
<html lang="en">
<head><title>Acme privacy</title><script>alert(1)</script></head>
<body>
<nav><a href="/">Home</a> <a href="/blog">Blog</a></nav>
<main>
<h1>Privacy Policy</h1>
<p>Last updated: 12 June 2024</p>
<h2 id="collect">What we collect</h2>
<p>Your e-mail, see <a href="#collect">above</a>.</p>
</main>
<footer>© Acme</footer>
</body>
</html>
`;

function fakeFetch(body: string, init: ResponseInit & { url?: string } = {}): typeof fetch {
  return (async (input: string | URL | Request) => {
    const response = new Response(body, {
      status: 200,
      headers: { 'content-type': 'text/html' },
      ...init,
    });
    Object.defineProperty(response, 'url', { value: init.url ?? String(input) });
    return response;
  }) as typeof fetch;
}

describe('policykit import', () => {
  describe('given real-world Markdown without front matter', () => {
    it('converts it with the metadata flags, printing each warning as file:line: warning: message', async () => {
      await writeFile(join(scratch, 'real.md'), REAL_MD);
      const result = await policykit(
        ['import', 'real.md', '--id', 'acme-privacy', '--locale', 'en'],
        scratch,
      );
      expect(result.code).toBe(0);
      const policy = parsePolicy(JSON.parse(result.stdout));
      expect(policy).toMatchObject({
        id: 'acme-privacy',
        locale: 'en',
        lastUpdated: '2024-06-12',
        version: '2024-06-12',
      });
      expect(result.stderr).toContain(
        'real.md:3: warning: lastUpdated 2024-06-12 was inferred from the text',
      );
      // Since issue 12 a GFM table is a table block, kept without a warning.
      expect(policy.sections[1]!.blocks[0]).toMatchObject({ type: 'table' });
      expect(result.stderr).not.toContain('a table');
      expect(result.stderr).toMatch(/^real\.md:11: warning: a horizontal rule/m);
    });

    it('exits 1 with --strict, each warning now a problem with its line', async () => {
      await writeFile(join(scratch, 'real.md'), REAL_MD);
      const result = await policykit(
        [
          'import',
          'real.md',
          '--strict',
          '--id',
          'acme-privacy',
          '--locale',
          'en',
          '-o',
          'never.json',
        ],
        scratch,
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        /^real\.md: sections\[1\]\.blocks\[1\]: line 11: a horizontal rule \(---, \*\*\*\) was dropped$/m,
      );
      await expect(readFile(join(scratch, 'never.json'))).rejects.toThrow();
    });

    it('names the flag for metadata that is missing', async () => {
      await writeFile(join(scratch, 'real.md'), REAL_MD);
      const result = await policykit(['import', 'real.md', '--locale', 'en'], scratch);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        'no id: give it in options.metadata.id (policykit import --id)',
      );
    });

    it('passes --title, --version and --last-updated, front matter or text lacking them', async () => {
      await writeFile(join(scratch, 'plain.md'), '## One\n\nText.\n');
      const result = await policykit(
        [
          'import',
          'plain.md',
          '--id',
          'a',
          '--locale',
          'id-ID',
          '--title',
          'Kebijakan',
          '--version',
          '7',
          '--last-updated',
          '2025-01-02',
        ],
        scratch,
      );
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({
        title: 'Kebijakan',
        version: '7',
        lastUpdated: '2025-01-02',
        locale: 'id-ID',
      });
      expect(result.stderr).toBe('');
    });

    it('promotes bold headings with --promote-bold-headings', async () => {
      await writeFile(join(scratch, 'bold.md'), '**Cookies**\n\nWe use cookies.\n');
      const args = [
        'import',
        'bold.md',
        '--id',
        'a',
        '--locale',
        'en',
        '--title',
        'T',
        '--last-updated',
        '2025-01-02',
      ];
      const kept = await policykit(args, scratch);
      expect(JSON.parse(kept.stdout).sections.map((s: { title: string }) => s.title)).toEqual([
        'Introduction',
      ]);
      const promoted = await policykit([...args, '--promote-bold-headings'], scratch);
      expect(JSON.parse(promoted.stdout).sections.map((s: { title: string }) => s.title)).toEqual([
        'Cookies',
      ]);
    });
  });

  describe('given an HTML file', () => {
    it('imports the main content, the lang attribute giving the locale', async () => {
      await writeFile(join(scratch, 'page.html'), PAGE);
      const result = await policykit(['import', 'page.html', '--id', 'acme-privacy'], scratch);
      expect(result.code).toBe(0);
      const policy = JSON.parse(result.stdout);
      expect(policy).toMatchObject({
        title: 'Privacy Policy',
        locale: 'en',
        lastUpdated: '2024-06-12',
      });
      expect(policy.sections[1].blocks[0].text).toContainEqual({
        type: 'link',
        href: '#collect',
        text: 'above',
      });
      expect(result.stderr).toMatch(
        /^page\.html:6: warning: took the page's main content \(<main>\); dropped \d+ words outside it/m,
      );
      expect(result.stdout).not.toContain('alert(1)');
    });
  });

  describe('given an https: URL', () => {
    it('fetches the page and resolves relative links against its address', async () => {
      const page = PAGE.replace(
        'see <a href="#collect">above</a>',
        'see <a href="/terms">our terms</a>',
      );
      const result = await policykit(
        ['import', 'https://acme.example/privacy', '--id', 'acme-privacy'],
        scratch,
        fakeFetch(page),
      );
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout).sections[1].blocks[0].text).toContainEqual({
        type: 'link',
        href: 'https://acme.example/terms',
        text: 'our terms',
      });
    });

    it('refuses a page over the size limit loadPolicy uses, without reading it whole', async () => {
      const result = await policykit(
        ['import', 'https://acme.example/privacy', '--id', 'a'],
        scratch,
        fakeFetch('x', { headers: { 'content-length': String(DEFAULT_MAX_POLICY_BYTES + 1) } }),
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `https://acme.example/privacy: (document): is ${DEFAULT_MAX_POLICY_BYTES + 1} bytes; the limit is ${DEFAULT_MAX_POLICY_BYTES}\n`,
      );
    });

    it('reports an HTTP error status', async () => {
      const result = await policykit(
        ['import', 'https://acme.example/gone'],
        scratch,
        fakeFetch('', { status: 404 }),
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^https:\/\/acme\.example\/gone: \(document\): HTTP 404/);
    });

    it('refuses plain http: as a usage error', async () => {
      const result = await policykit(
        ['import', 'http://acme.example/privacy'],
        scratch,
        fakeFetch(PAGE),
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('only https: URLs are fetched');
    });
  });

  it('refuses a file that is neither Markdown nor HTML', async () => {
    const result = await policykit(['import', 'policy.txt'], scratch);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a Markdown (.md) or HTML (.html) file');
  });
});
