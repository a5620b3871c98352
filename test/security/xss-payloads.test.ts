// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@policykit/sdk';
import { TRIPWIRE, XSS_PAYLOADS, type XssFamily } from './xss-payloads';

/** Every encoding a payload in the corpus hides its call in. */
function decodings(text: string): string[] {
  const entities = text.replace(/&#x([0-9a-f]+);?|&#(\d+);?/gi, (_, hex: string, dec: string) =>
    String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)),
  );
  const percent = (() => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  })();
  const base64 = [...text.matchAll(/[A-Za-z0-9+/]{24,}={0,2}/g)].map(([chunk]) => atob(chunk));
  return [text, entities, percent, ...base64];
}

describe('given the XSS corpus', () => {
  it('holds at least 100 distinct payloads', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(XSS_PAYLOADS.map(({ text }) => text)).size).toBe(XSS_PAYLOADS.length);
  });

  it('covers every family the issue names', () => {
    const families = new Set(XSS_PAYLOADS.map(({ family }) => family));
    const named: XssFamily[] = [
      'script-tag',
      'event-handler',
      'javascript-url',
      'data-url',
      'vbscript-url',
      'unicode',
      'svg-mathml',
      'frame-object',
      'css',
      'template-injection',
      'i18next',
      'markdown',
    ];
    for (const family of named) expect(families).toContain(family);
    const texts = XSS_PAYLOADS.map(({ text }) => text);
    // The tricks the issue lists by name.
    expect(texts).toContainEqual(expect.stringContaining('\u202E'));
    expect(texts).toContainEqual(expect.stringMatching(/^&#106;avascript:/));
    expect(texts).toContainEqual(expect.stringMatching(/^ｊａｖａｓｃｒｉｐｔ/));
    expect(texts).toContainEqual(expect.stringContaining('java\tscript:'));
    expect(texts).toContainEqual(expect.stringContaining('expression('));
    expect(texts).toContainEqual(expect.stringContaining("{{constructor.constructor('"));
    expect(texts).toContainEqual(expect.stringContaining('<iframe srcdoc='));
  });

  it('fits every field of a document: never blank, within the shortest limit (version)', () => {
    for (const { id, text } of XSS_PAYLOADS) {
      expect(text.trim(), `#${id}`).not.toBe('');
      expect(text.length, `#${id}`).toBeLessThanOrEqual(LIMITS.maxIdLength);
    }
  });

  it('calls the tripwire with its own id wherever it would run code, and never alert()', () => {
    for (const { id, text, calls } of XSS_PAYLOADS) {
      expect(text, `#${id}`).not.toMatch(/alert\(|prompt\(|confirm\(/);
      if (!calls) continue;
      const call = `${TRIPWIRE}(${id})`;
      expect(
        decodings(text).some((decoded) => decoded.includes(call)),
        `#${id} ${JSON.stringify(text)} should call ${call}`,
      ).toBe(true);
    }
  });
});
