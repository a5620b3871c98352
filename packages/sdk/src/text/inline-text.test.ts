import { describe, expect, it } from 'vitest';
import { blockText, contactText, inlineText, sectionText } from './inline-text';
import type { Block, Section } from '../document/policy-types';

describe('inlineText', () => {
  describe('given a plain string', () => {
    it('returns it unchanged', () => {
      expect(inlineText('Data pribadi')).toBe('Data pribadi');
    });
  });

  describe('given spans with links and emphasis', () => {
    it('concatenates their text without separators, so offsets line up with the spans', () => {
      expect(
        inlineText([
          'Read ',
          { type: 'strong', text: 'this' },
          ' and ',
          { type: 'link', href: 'https://example.com', text: 'that' },
          '.',
        ]),
      ).toBe('Read this and that.');
    });
  });
});

describe('blockText', () => {
  it('gives a paragraph its inline text', () => {
    expect(blockText({ type: 'paragraph', text: [{ type: 'em', text: 'Hi' }] })).toBe('Hi');
  });

  it('gives a list its title and items, one per line', () => {
    expect(blockText({ type: 'list', title: 'We collect', items: ['Name', ['E', 'mail']] })).toBe(
      'We collect\nName\nEmail',
    );
  });

  it('gives a callout its title and nested blocks', () => {
    expect(
      blockText({
        type: 'callout',
        tone: 'important',
        title: 'Penting',
        blocks: [
          { type: 'paragraph', text: 'CTT tidak menjual data.' },
          { type: 'list', items: ['a', 'b'] },
        ],
      }),
    ).toBe('Penting\nCTT tidak menjual data.\na\nb');
  });

  it('gives a contact block its fields in reading order, skipping absent ones', () => {
    expect(
      blockText({ type: 'contact', phone: '+62 21 1234', title: 'DPO', email: 'dpo@ctt.id' }),
    ).toBe('DPO\ndpo@ctt.id\n+62 21 1234');
  });

  it('gives a block of an unknown (newer) type no text rather than garbage', () => {
    expect(blockText({ type: 'table', rows: [] } as unknown as Block)).toBe('');
  });
});

describe('contactText', () => {
  it('is empty for an empty contact', () => {
    expect(contactText({})).toBe('');
  });
});

describe('sectionText', () => {
  const section: Section = {
    id: 'outer',
    title: 'Outer',
    summary: 'In short',
    blocks: [{ type: 'paragraph', text: 'Body' }],
    sections: [{ id: 'inner', title: 'Inner', blocks: [{ type: 'paragraph', text: 'Deep' }] }],
  };

  it('includes nested sections by default', () => {
    expect(sectionText(section)).toBe('Outer\nIn short\nBody\nInner\nDeep');
  });

  it('leaves nested sections out with deep: false', () => {
    expect(sectionText(section, { deep: false })).toBe('Outer\nIn short\nBody');
  });
});
