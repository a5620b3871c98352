import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../document/policy-types';
import { createSearchIndex, searchPolicy } from './search-policy';
import { btnEn, cttId } from '../../../../test/fixtures/policies';

const policy: PolicyDocument = {
  schemaVersion: 1,
  id: 'ctt-privacy',
  version: '2024-06-12',
  locale: 'id-ID',
  title: 'Kebijakan Privasi',
  lastUpdated: '2024-06-12',
  sections: [
    {
      id: 'komitmen',
      title: 'Komitmen Privasi Kami',
      summary: 'Kami menjaga data pribadi Anda.',
      blocks: [
        {
          type: 'paragraph',
          text: ['CTT menghormati ', { type: 'strong', text: 'privasi' }, ' setiap pengguna.'],
        },
      ],
    },
    {
      id: 'informasi',
      title: 'Informasi yang Kami Kumpulkan',
      blocks: [
        { type: 'list', title: 'Informasi Akun', items: ['Nama lengkap', 'Alamat email'] },
        {
          type: 'callout',
          tone: 'important',
          title: 'Penting',
          blocks: [{ type: 'paragraph', text: 'CTT tidak akan pernah menjual data Anda.' }],
        },
      ],
      sections: [
        {
          id: 'informasi-teknis',
          title: 'Informasi Teknis',
          blocks: [{ type: 'paragraph', text: 'Alamat IP dan jenis peramban (café-proof ÉLAN).' }],
        },
      ],
    },
    {
      id: 'kontak',
      title: 'Hubungi Kami',
      blocks: [
        {
          type: 'contact',
          title: 'Data Protection Officer',
          email: 'privacy@ctt.id',
          address: 'Jl. Sudirman No. 123, Jakarta Pusat',
        },
      ],
    },
  ],
};

describe('searchPolicy', () => {
  describe('given an empty or whitespace-only query', () => {
    it('returns no results', () => {
      expect(searchPolicy(policy, '')).toEqual([]);
      expect(searchPolicy(policy, ' \n\t ')).toEqual([]);
    });
  });

  describe('given a word found in titles, summaries and blocks', () => {
    it('returns one result per matching title or block, in document order', () => {
      const results = searchPolicy(policy, 'informasi');
      expect(results.map((r) => [r.sectionId, r.kind, r.blockIndex, r.itemIndex])).toEqual([
        ['informasi', 'title', undefined, undefined],
        ['informasi', 'list-title', 0, undefined],
        ['informasi-teknis', 'title', undefined, undefined],
      ]);
    });

    it('finds section summaries and paragraphs with inline markup', () => {
      const results = searchPolicy(policy, 'privasi');
      expect(results.map((r) => [r.sectionId, r.kind])).toEqual([
        ['komitmen', 'title'],
        ['komitmen', 'paragraph'],
      ]);
      expect(searchPolicy(policy, 'menjaga')[0]).toMatchObject({
        kind: 'summary',
        sectionId: 'komitmen',
      });
    });

    it('finds list items with their index, callouts and contact blocks', () => {
      expect(searchPolicy(policy, 'email')).toMatchObject([
        {
          sectionId: 'informasi',
          kind: 'list-item',
          blockIndex: 0,
          itemIndex: 1,
          text: 'Alamat email',
        },
      ]);
      expect(searchPolicy(policy, 'menjual')).toMatchObject([
        { sectionId: 'informasi', kind: 'callout', blockIndex: 1 },
      ]);
      expect(searchPolicy(policy, 'sudirman')).toMatchObject([
        { sectionId: 'kontak', kind: 'contact', blockIndex: 0 },
      ]);
    });
  });

  describe('given a match in a nested section', () => {
    it('names the section and the path of sections a viewer must open', () => {
      expect(searchPolicy(policy, 'peramban')).toMatchObject([
        { sectionId: 'informasi-teknis', sectionPath: ['informasi', 'informasi-teknis'] },
      ]);
    });
  });

  describe('given a query in another case or without accents', () => {
    it('matches case- and diacritic-insensitively, with ranges in the original text', () => {
      const [hit] = searchPolicy(policy, 'CAFE elan');
      expect(hit?.sectionId).toBe('informasi-teknis');
      expect(hit?.matches.map((m) => hit.text.slice(m.start, m.end))).toEqual(['café', 'ÉLAN']);
    });
  });

  describe('given letters whose case or compatibility forms change length', () => {
    it('still maps every match back to the original characters', () => {
      const doc: PolicyDocument = {
        ...policy,
        sections: [
          {
            id: 'odd',
            title: 'Odd',
            blocks: [{ type: 'paragraph', text: 'ǅemal İSTANBUL oﬃce 5 Ω Straße' }],
          },
        ],
      };
      const [hit] = searchPolicy(doc, 'dzemal istanbul office ω strasse');
      expect(hit?.matches.map((m) => hit.text.slice(m.start, m.end))).toEqual([
        'ǅemal',
        'İSTANBUL',
        'oﬃce',
        'Ω',
        'Straße',
      ]);
    });
  });

  describe('given several words', () => {
    it('finds blocks containing every word, in any order', () => {
      expect(searchPolicy(policy, 'anda data').map((r) => r.kind)).toEqual(['summary', 'callout']);
    });

    it('finds nothing when no single block has them all', () => {
      expect(searchPolicy(policy, 'menjual sudirman')).toEqual([]);
    });

    it('does not match across two blocks', () => {
      // 'Nama lengkap' then 'Alamat email': 'lengkapalamat' must not be found.
      expect(searchPolicy(policy, 'lengkapalamat')).toEqual([]);
    });
  });

  describe('given the limit option', () => {
    it('stops after that many results', () => {
      expect(searchPolicy(policy, 'a', { limit: 2 })).toHaveLength(2);
    });
  });

  describe('given a prepared index', () => {
    it('gives the same results as the document', () => {
      const index = createSearchIndex(policy);
      expect(searchPolicy(index, 'data')).toEqual(searchPolicy(policy, 'data'));
      expect(index.size).toBe(12);
      expect(index.policy).toBe(policy);
    });
  });

  describe('snippets', () => {
    const long: PolicyDocument = {
      ...policy,
      sections: [
        {
          id: 'panjang',
          title: 'Panjang',
          blocks: [
            {
              type: 'paragraph',
              text:
                'Kami dapat membagikan data kepada mitra tepercaya yang membantu kami menjalankan layanan, ' +
                'seperti penyedia hosting dan analitik, dengan kewajiban kerahasiaan yang ketat dan hanya ' +
                'untuk tujuan yang dijelaskan dalam kebijakan ini, termasuk kepatuhan terhadap hukum.',
            },
          ],
        },
      ],
    };

    it('keep short text whole', () => {
      const [hit] = searchPolicy(policy, 'menjual');
      expect(hit?.snippet).toBe('Penting CTT tidak akan pernah menjual data Anda.');
      expect(hit?.snippetMatches).toEqual([{ start: 30, end: 37 }]);
    });

    it('cut long text around the first match at word boundaries, with ellipses', () => {
      const [hit] = searchPolicy(long, 'kerahasiaan', { snippetLength: 60 });
      expect(hit).toBeDefined();
      const snippet = hit?.snippet ?? '';
      expect(snippet.startsWith('…')).toBe(true);
      expect(snippet.endsWith('…')).toBe(true);
      expect(snippet.length).toBeLessThanOrEqual(62);
      expect(snippet).toContain('kerahasiaan');
      // Every word in the snippet is a whole word of the text.
      const words = new Set(hit?.text.split(/\s+/));
      for (const word of snippet.replace(/…/g, '').trim().split(/\s+/))
        expect(words).toContain(word);
    });

    it('give match ranges that point at the match inside the snippet', () => {
      const [hit] = searchPolicy(long, 'ANALITIK', { snippetLength: 50 });
      const snippet = hit?.snippet ?? '';
      expect(hit?.snippetMatches.map((m) => snippet.slice(m.start, m.end))).toEqual(['analitik']);
    });

    it('start at the text when the match is at the start', () => {
      const [hit] = searchPolicy(long, 'kami dapat', { snippetLength: 40 });
      expect(hit?.snippet.startsWith('Kami dapat')).toBe(true);
      expect(hit?.snippet.endsWith('…')).toBe(true);
    });

    it('turn line breaks into spaces', () => {
      const [hit] = searchPolicy(policy, 'penting');
      expect(hit?.snippet).not.toContain('\n');
    });
  });
});

describe('given a query whose last term is one or two letters (still being typed)', () => {
  it('matches those letters only where a word starts, in which blocks match and in their ranges', () => {
    // "ip" starts a word in "Alamat IP" only.
    const results = searchPolicy(policy, 'alamat ip');
    expect(results.map((r) => [r.sectionId, r.kind])).toEqual([['informasi-teknis', 'paragraph']]);
    const { text, matches } = results[0]!;
    expect(matches.map(({ start, end }) => text.slice(start, end))).toEqual(['Alamat', 'IP']);
    // "ti" starts only "tidak"; "setiap", "Penting" and "Informasi Teknis" hold it inside words.
    expect(searchPolicy(policy, 'ti').map((r) => [r.sectionId, r.kind])).toEqual([
      ['informasi', 'callout'],
    ]);
  });
});

describe('searchPolicy on the seed policies', () => {
  describe('given the CTT policy in Indonesian', () => {
    it('finds the "Penting" callout in upper case', () => {
      expect(searchPolicy(cttId, 'PENTING').map((r) => [r.sectionId, r.kind])).toContainEqual([
        'pembagian-data',
        'callout',
      ]);
    });

    it('finds every block that speaks of "data pribadi", in document order', () => {
      const results = searchPolicy(cttId, 'data pribadi');
      expect(results.length).toBeGreaterThan(1);
      expect(results[0]?.sectionId).toBe('komitmen');
      for (const r of results) expect(r.snippet.toLowerCase()).toContain('pribadi');
    });
  });

  describe('given the BTN CX policy in English', () => {
    it('finds the list title and list items about surveys, with snippets around the match', () => {
      const results = searchPolicy(btnEn, 'survey');
      expect(results[0]).toMatchObject({ sectionId: 'information-we-collect', kind: 'list-title' });
      for (const r of results) {
        expect(r.snippetMatches.length).toBeGreaterThan(0);
        for (const m of r.snippetMatches)
          expect(r.snippet.slice(m.start, m.end).toLowerCase()).toBe('survey');
      }
    });
  });
});

describe('given tables, images and rich list items', () => {
  const withTable: PolicyDocument = {
    ...policy,
    sections: [
      {
        id: 'cookie',
        title: 'Cookie',
        blocks: [
          {
            type: 'table',
            caption: 'Cookie yang kami gunakan',
            columns: [{ title: 'Nama' }, { title: 'Masa berlaku' }],
            rows: [
              ['_sesi', '1 hari'],
              ['_preferensi', { blocks: [{ type: 'list', items: ['Bahasa', 'Tema gelap'] }] }],
            ],
          },
          { type: 'image', src: 'https://ctt.id/alur.png', alt: 'Alur data pribadi' },
          {
            type: 'list',
            items: ['Nama', { blocks: [{ type: 'paragraph', text: 'Perangkat: model ponsel' }] }],
          },
        ],
      },
    ],
  };

  it('finds a cell, naming its row and column', () => {
    expect(searchPolicy(withTable, 'tema')).toMatchObject([
      {
        kind: 'table-cell',
        blockIndex: 0,
        itemIndex: 1,
        columnIndex: 1,
        text: 'Bahasa\nTema gelap',
      },
    ]);
  });

  it('finds the caption and a column header', () => {
    expect(searchPolicy(withTable, 'cookie yang').map((r) => r.kind)).toEqual(['table-caption']);
    expect(searchPolicy(withTable, 'berlaku')).toMatchObject([
      { kind: 'table-header', blockIndex: 0, itemIndex: 1 },
    ]);
  });

  it('finds an image by its text alternative and a rich list item by its blocks', () => {
    expect(searchPolicy(withTable, 'alur')).toMatchObject([{ kind: 'image', blockIndex: 1 }]);
    expect(searchPolicy(withTable, 'ponsel')).toMatchObject([
      { kind: 'list-item', blockIndex: 2, itemIndex: 1, matches: [{ start: 17, end: 23 }] },
    ]);
  });

  it('does not match across a line break', () => {
    const broken: PolicyDocument = {
      ...policy,
      sections: [
        {
          id: 'alamat',
          title: 'Alamat',
          blocks: [{ type: 'paragraph', text: ['Jl. Sudirman', { type: 'break' }, 'Jakarta'] }],
        },
      ],
    };
    expect(searchPolicy(broken, 'sudirmanjakarta')).toEqual([]);
    expect(searchPolicy(broken, 'jakarta')[0]?.matches).toEqual([{ start: 13, end: 20 }]);
  });
});
