import { describe, expect, it } from 'vitest';
import { checkLinkTarget } from './link-targets';

describe('checkLinkTarget', () => {
  it.each([
    ['https://example.com/a?b=c#d', 'https://example.com/a?b=c#d'],
    ['http://example.com', 'http://example.com'],
    ['mailto:privacy@ctt.id', 'mailto:privacy@ctt.id'],
    ['tel:+62211234', 'tel:+62211234'],
    ['#hak-anda', '#hak-anda'],
    ['HTTPS://EXAMPLE.COM', 'https://EXAMPLE.COM'],
    ['MailTo:a@b.co', 'mailto:a@b.co'],
  ])('allows %j as %j', (url, href) => {
    expect(checkLinkTarget(url)).toEqual({ ok: true, href });
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JavaScript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\u0000script:alert(1)', 'javascript'],
    [' javascript:alert(1)', 'javascript'],
    ['data:text/html,<script>', 'data'],
    ['vbscript:x', 'vbscript'],
    ['blob:https://e.com/x', 'blob'],
    ['file:///etc/passwd', 'file'],
  ])('refuses %j naming the %s: scheme', (url, scheme) => {
    expect(checkLinkTarget(url)).toEqual({
      ok: false,
      reason: expect.stringMatching(new RegExp(`^link scheme ${scheme}: is not allowed`)),
    });
  });

  it.each(['/privacy', 'privacy.html', '//evil.example/x', '?q=1', ''])(
    'refuses the relative target %j',
    (url) => {
      expect(checkLinkTarget(url)).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/is not allowed/),
      });
    },
  );

  it('refuses white space inside an allowed URL and an empty mailto', () => {
    expect(checkLinkTarget('https://exa mple.com')).toMatchObject({ ok: false });
    expect(checkLinkTarget('ht tps://example.com')).toMatchObject({ ok: false });
    expect(checkLinkTarget('mailto:')).toMatchObject({ ok: false });
  });

  it('refuses a #fragment that is not a section id', () => {
    expect(checkLinkTarget('#Not_A_Slug')).toMatchObject({ ok: false });
  });
});
