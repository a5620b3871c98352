import { describe, expect, it } from 'vitest';
import { blockText, contactText, inlineText, itemText, sectionText } from './inline-text';
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
    expect(blockText({ type: 'video', src: 'https://a.example/v.mp4' } as unknown as Block)).toBe(
      '',
    );
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

describe('given the table, image and rich blocks', () => {
  it('gives a line break one newline, so the words on either side stay apart', () => {
    expect(inlineText(['Jl. Sudirman', { type: 'break' }, 'Jakarta'])).toBe(
      'Jl. Sudirman\nJakarta',
    );
  });

  it('gives a rich item its blocks one per line', () => {
    expect(
      itemText({
        blocks: [
          { type: 'paragraph', text: 'Usage data:' },
          { type: 'list', items: ['Pages', { blocks: [{ type: 'paragraph', text: 'Clicks' }] }] },
        ],
      }),
    ).toBe('Usage data:\nPages\nClicks');
    expect(itemText('Name')).toBe('Name');
  });

  it('reads a table as caption, column titles, then cells row by row', () => {
    const table: Block = {
      type: 'table',
      caption: 'Cookies',
      columns: [{ title: 'Name' }, { title: ['Life', { type: 'em', text: 'time' }] }],
      rows: [
        ['_session', '1 day'],
        ['_prefs', { blocks: [{ type: 'paragraph', text: '1 year' }] }],
      ],
    };
    expect(blockText(table)).toBe('Cookies\nName\nLifetime\n_session\n1 day\n_prefs\n1 year');
  });

  it('reads an image as its text alternative and title', () => {
    expect(
      blockText({ type: 'image', src: 'https://a.example/i.png', alt: 'Flow', title: 'Data flow' }),
    ).toBe('Flow\nData flow');
    expect(blockText({ type: 'image', src: 'https://a.example/i.png', alt: '' })).toBe('');
  });
});
