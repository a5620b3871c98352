// @vitest-environment node
/**
 * The independent statement of the rules must itself be right, or the
 * properties that compare `parsePolicy` with it prove nothing: it finds every
 * kind of violation the format names, and nothing in valid documents.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS, type PolicyDocument } from '@policykit/sdk';
import { generatePolicy } from '../fixtures/generate-policy';
import { FORBIDDEN_HREFS } from './policy-arbitraries';
import { hrefProblem, isRealDate, isSlug, ruleViolations } from './policy-rules-oracle';

function valid(): PolicyDocument {
  return {
    schemaVersion: 1,
    id: 'acme-privacy',
    version: '1',
    locale: 'id-ID',
    title: 'Kebijakan Privasi',
    lastUpdated: '2024-06-12',
    contact: { email: 'privacy@ctt.id', url: 'https://ctt.id' },
    rights: [{ id: 'access' }, { id: 'x-account-deactivation' }],
    sections: [
      {
        id: 'intro',
        title: 'Intro',
        blocks: [
          {
            type: 'paragraph',
            text: ['See ', { type: 'link', href: '#hak-anda', text: 'your rights' }],
          },
        ],
        sections: [{ id: 'hak-anda', title: 'Hak Anda', blocks: [] }],
      },
    ],
  };
}

describe('given valid documents', () => {
  it('finds nothing wrong with a hand-written one', () => {
    expect(ruleViolations(valid())).toEqual([]);
  });

  it('finds nothing wrong with generated 10- and 1000-section documents', () => {
    expect(ruleViolations(generatePolicy({ sections: 10, locale: 'id-ID' }))).toEqual([]);
    expect(ruleViolations(generatePolicy({ sections: 1000 }))).toEqual([]);
  });
});

describe('given one broken rule', () => {
  it.each(FORBIDDEN_HREFS)('refuses the link target %j', (href) => {
    expect(hrefProblem(href, new Set(['intro']))).toEqual(expect.any(String));
  });

  it.each(['https://ctt.id', 'HTTP://ctt.id/x?y#z', 'mailto:a@b.c', 'TEL:+62', '#intro'])(
    'allows the link target %j',
    (href) => {
      expect(hrefProblem(href, new Set(['intro']))).toBeUndefined();
    },
  );

  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['0000-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-00-01', false],
    ['2024-1-01', false],
    ['２０２４-01-01', false],
  ])('judges the date %s real: %s', (date, real) => {
    expect(isRealDate(date)).toBe(real);
  });

  it.each([
    ['a', true],
    ['data-we-collect', true],
    ['a--b', false],
    ['-a', false],
    ['a-', false],
    ['A', false],
    ['', false],
    ['ä', false],
  ])('judges the slug %j: %s', (id, ok) => {
    expect(isSlug(id)).toBe(ok);
  });

  it.each<[string, (doc: PolicyDocument & Record<string, unknown>) => void, string]>([
    ['schemaVersion 2', (d) => void (d.schemaVersion = 2 as 1), 'schemaVersion'],
    ['a section id used twice', (d) => void (d.sections[0]!.sections![0]!.id = 'intro'), 'sections[0].sections[0].id'], // prettier-ignore
    ['a dangling #link', (d) => void (d.sections[0]!.sections = []), 'sections[0].blocks[0].text[1].href'], // prettier-ignore
    ['a right listed twice', (d) => void d.rights!.push({ id: 'access' }), 'rights[2].id'],
    ['an unknown right', (d) => void (d.rights![0]!.id = 'deletion' as 'access'), 'rights[0].id'],
    ['a blank title', (d) => void (d.title = ' \n'), 'title'],
    ['a locale with an underscore', (d) => void (d.locale = 'en_US'), 'locale'],
    ['an impossible date', (d) => void (d.lastUpdated = '2023-02-29'), 'lastUpdated'],
    ['no sections', (d) => void (d.sections = []), 'sections'],
    ['a contact URL with another scheme', (d) => void (d.contact!.url = 'mailto:a@b.c'), 'contact.url'], // prettier-ignore
    ['a contact that is an array', (d) => void (d.contact = [] as object), 'contact'],
    ['a mangled e-mail address', (d) => void (d.contact!.email = '[email protected]'), 'contact.email'], // prettier-ignore
    ['an unknown block type', (d) => void (d.sections[0]!.blocks = [{ type: 'html' } as never]), 'sections[0].blocks[0]'], // prettier-ignore
    ['a title too long', (d) => void (d.title = 'T'.repeat(LIMITS.maxTitleLength + 1)), 'title'],
    ['nesting too deep', (d) => void (d.extra = JSON.parse(`${'['.repeat(70)}${']'.repeat(70)}`)), '(document)'], // prettier-ignore
  ])('reports %s at its place', (_name, breakIt, place) => {
    const doc = valid() as PolicyDocument & Record<string, unknown>;
    breakIt(doc);
    expect(ruleViolations(doc)).toContainEqual(
      expect.stringMatching(new RegExp(`^${place.replace(/[[\].()]/g, '\\$&')}: `)),
    );
  });
});
