// @vitest-environment node
/**
 * Properties of `searchPolicy`: it never throws, whatever the document and
 * the query; every result's snippet shows what was searched for, as the SDK
 * itself normalizes it (`searchTerms`/`foldText`: case, accents, `İ`/`ı`, `ß`);
 * a blank query finds nothing; and text cut from a section's title finds that
 * title, whatever its case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, searchPolicy, type PolicyDocument, type Section } from '@policykit/sdk';
import { foldText, searchTerms } from '@policykit/sdk/text';
import { WORD_START_TERM_LENGTH } from '../../packages/sdk/src/text/term-occurrences';
import { PROPERTY_TIMEOUT, runs } from './fast-check-config';
import { validPolicy, word } from './policy-arbitraries';

/** Section ids in document order (depth first). */
function sectionOrder(doc: PolicyDocument): string[] {
  const ids: string[] = [];
  const visit = (sections: readonly Section[]) => {
    for (const section of sections) {
      ids.push(section.id);
      if (section.sections) visit(section.sections);
    }
  };
  visit(doc.sections);
  return ids;
}

function allSections(doc: PolicyDocument): Section[] {
  const out: Section[] = [];
  const visit = (sections: readonly Section[]) => {
    for (const section of sections) {
      out.push(section);
      if (section.sections) visit(section.sections);
    }
  };
  visit(doc.sections);
  return out;
}

/** Queries of every kind: raw code points, graphemes, words, long pastes, blanks. */
const query = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
  fc.array(word, { minLength: 31, maxLength: 60 }).map((w) => w.join(' ')),
  fc.constantFrom('a', 'e', ' ', '.', '\u0000', 'İ', 'ı', 'SS', 'ß', 'e\u0301', '\ud800'),
);

const options = fc.record(
  { limit: fc.integer({ min: 0, max: 50 }), snippetLength: fc.integer({ min: 0, max: 300 }) },
  { requiredKeys: [] },
);

/** Every string of a document's sections that search reads (titles, summaries, texts, items…). */
function sectionStrings(doc: PolicyDocument): string[] {
  const out: string[] = [];
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (!['id', 'type', 'tone', 'href'].includes(key)) out.push(value);
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) visit(v, Array.isArray(value) ? key : k);
    }
  };
  visit(doc.sections, '');
  return out.filter((text) => text.trim() !== '');
}

/** A document and a query cut from its own text (whole code points, any case), or any query. */
const docAndQuery = validPolicy.chain((doc) =>
  fc.oneof(
    query.map((q) => ({ doc, q })),
    fc
      .tuple(fc.constantFrom(...sectionStrings(doc)), fc.nat(), fc.integer({ min: 1, max: 12 }))
      .chain(([text, from, length]) => {
        const points = Array.from(text);
        const start = from % points.length;
        return fc.mixedCase(fc.constant(points.slice(start, start + length).join('')));
      })
      .map((q) => ({ doc, q })),
  ),
);

describe('given any document and any query', () => {
  it(
    'never throws, and returns results in document order with matches inside their text',
    () => {
      fc.assert(
        fc.property(docAndQuery, options, ({ doc, q }, opts) => {
          const results = searchPolicy(doc, q, opts);
          const order = sectionOrder(doc);
          let last = -1;
          for (const result of results) {
            const at = order.indexOf(result.sectionId);
            expect(at).toBeGreaterThanOrEqual(last);
            last = at;
            expect(result.sectionPath[result.sectionPath.length - 1]).toBe(result.sectionId);
            for (const { start, end } of result.matches) {
              expect(0 <= start && start < end && end <= result.text.length).toBe(true);
            }
            expect(typeof result.snippet).toBe('string');
          }
          if (opts.limit !== undefined) expect(results.length).toBeLessThanOrEqual(opts.limit);
          // A prepared index answers the same.
          expect(searchPolicy(createSearchIndex(doc), q, opts).map((r) => r.text)).toEqual(
            results.map((r) => r.text),
          );
        }),
        runs(60),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'shows the normalized query in every snippet (every term in the text)',
    () => {
      const params = runs(100);
      let results = 0;
      fc.assert(
        fc.property(docAndQuery, ({ doc, q }) => {
          const terms = searchTerms(q);
          for (const result of searchPolicy(doc, q)) {
            results++;
            const snippet = foldText(result.snippet);
            const text = foldText(result.text);
            for (const term of terms) expect(text).toContain(term);
            if (terms.length === 1) expect(snippet).toContain(terms[0]);
            else expect(terms.some((term) => snippet.includes(term))).toBe(true);
            for (const { start, end } of result.snippetMatches) {
              const marked = foldText(result.snippet.slice(start, end));
              expect(terms.some((term) => marked.includes(term))).toBe(true);
            }
          }
        }),
        params,
      );
      // Queries cut from the document must actually find something (a tiny FC_RUNS may not).
      if ((params.numRuns ?? 0) >= 50) expect(results).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT,
  );
});

describe('given an empty or blank query', () => {
  const blank = fc
    .array(
      fc.constantFrom(
        ' ',
        '\t',
        '\n',
        '\r',
        '\u00a0',
        '\u2003',
        '\u3000',
        '\u2028',
        '\ufeff',
        '\u0000',
        '\u001f',
      ),
      { maxLength: 8 },
    ) // prettier-ignore
    .map((chars) => chars.join(''));

  it(
    'finds nothing',
    () => {
      fc.assert(
        fc.property(validPolicy, blank, (doc, q) => {
          expect(searchPolicy(doc, q)).toEqual([]);
        }),
        runs(50),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('given text cut from a section title, in any case', () => {
  const cut = validPolicy.chain((doc) => {
    const sections = allSections(doc);
    return fc
      .tuple(fc.constantFrom(...sections), fc.nat(), fc.integer({ min: 1, max: 10 }))
      .chain(([section, from, length]) => {
        // Whole code points, so no surrogate pair is split.
        const points = Array.from(section.title);
        const start = from % points.length;
        const slice = points.slice(start, start + length).join('');
        // A term of one or two letters counts only at a word start (term-occurrences.ts): a
        // cut that begins inside a word must make its first term longer than that.
        const atWordStart = start === 0 || !/[\p{L}\p{N}\p{M}]/u.test(points[start - 1] ?? '');
        return fc.mixedCase(fc.constant(slice)).map((q) => ({ doc, section, q, atWordStart }));
      });
  });

  it(
    'finds that section title',
    () => {
      fc.assert(
        fc.property(cut, ({ doc, section, q, atWordStart }) => {
          const terms = searchTerms(q);
          fc.pre(terms.length > 0);
          fc.pre(atWordStart || [...terms[0]!].length > WORD_START_TERM_LENGTH);
          expect(searchPolicy(doc, q)).toContainEqual(
            expect.objectContaining({ sectionId: section.id, kind: 'title' }),
          );
        }),
        runs(100),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('given letters whose lower case is not their case fold (found by the property above)', () => {
  const titled = (title: string): PolicyDocument => ({
    schemaVersion: 1,
    id: 'letters',
    version: '1',
    locale: 'el',
    title: 'Πολιτική',
    lastUpdated: '2024-06-12',
    sections: [{ id: 'a', title, blocks: [] }],
  });

  it.each([
    ['a Greek iota subscript', 'ᾆσμα', ['ἎΙΣΜΑ', 'αισμα']],
    ['a Greek final sigma', 'λόγος', ['ΛΌΓΟΣ', 'λογοσ']],
    ['a Cyrillic rounded ve', 'ᲀ', ['В', 'в']],
  ])('finds a title with %s typed in capitals or plainly', (_name, title, queries) => {
    for (const q of [title, ...queries]) {
      expect(searchPolicy(titled(title), q)).toContainEqual(
        expect.objectContaining({ sectionId: 'a', kind: 'title' }),
      );
    }
  });
});
