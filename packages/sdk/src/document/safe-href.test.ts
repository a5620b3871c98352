import { describe, expect, it } from 'vitest';
import { HREF_PATTERN } from './policy-schema';
import { isSafeHref, isSafeImageSrc, isWebHref } from './safe-href';

describe('isSafeHref', () => {
  it('is the very rule the format validates links with', () => {
    for (const href of ['https://ctt.id', 'mailto:a@b.c', 'javascript:alert(1)', '#Not-A-Slug']) {
      expect(isSafeHref(href)).toBe(HREF_PATTERN.test(href));
    }
  });

  it('accepts web, mail, phone and section links', () => {
    for (const href of ['https://ctt.id', 'HTTP://x.y', 'mailto:a@b.c', 'tel:+6221', '#hak-anda']) {
      expect(isSafeHref(href)).toBe(true);
    }
  });

  it('refuses script and data URLs however they are disguised, and non-strings', () => {
    for (const href of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'https://x.y/a b',
      '#Not-A-Slug',
      undefined,
      42,
    ]) {
      expect(isSafeHref(href)).toBe(false);
    }
  });
});

describe('isWebHref', () => {
  it('tells web links from mail, phone and section links', () => {
    expect(isWebHref('https://ctt.id')).toBe(true);
    expect(isWebHref('HTTP://ctt.id')).toBe(true);
    expect(isWebHref('mailto:a@b.c')).toBe(false);
    expect(isWebHref('#intro')).toBe(false);
  });
});

describe('isSafeImageSrc', () => {
  it('loads https images only', () => {
    expect(isSafeImageSrc('https://ctt.id/logo.png')).toBe(true);
    for (const src of [
      'http://ctt.id/a.png',
      'data:image/png;base64,AA',
      'javascript:x',
      '//a.b/c',
      7,
    ]) {
      expect(isSafeImageSrc(src)).toBe(false);
    }
  });
});
