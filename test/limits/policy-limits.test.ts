// @vitest-environment node
/**
 * Every entry of `LIMITS` hit from both sides, in every place it applies: the
 * largest value the limit allows is accepted, one more is refused with exactly
 * one issue whose `path` says where and whose `message` says what and how much.
 * A last spec fails when a limit is added to `LIMITS` without a case here.
 */
import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  PolicyValidationError,
  parsePolicy,
  safeParsePolicy,
  type Block,
  type PolicyDocument,
  type PolicyIssue,
  type Section,
} from '@policykit/sdk';

type Limit = keyof typeof LIMITS;

/** A small valid document; every case changes one place of a fresh copy. */
function base(): PolicyDocument {
  return {
    schemaVersion: 1,
    id: 'acme-privacy',
    version: '2024-06-12',
    locale: 'en',
    title: 'Privacy Policy',
    lastUpdated: '2024-06-12',
    sections: [
      { id: 'intro', title: 'Intro', blocks: [{ type: 'paragraph', text: 'Hello.' }] },
      { id: 'rights', title: 'Your rights', blocks: [] },
    ],
  };
}

function issuesOf(input: unknown): PolicyIssue[] {
  const result = safeParsePolicy(input);
  return result.success ? [] : result.issues;
}

/** The document with `block` as the only block of the second section. */
function withBlock(block: Block): PolicyDocument {
  const doc = base();
  doc.sections[1]!.blocks = [block];
  return doc;
}

const BLOCK = 'sections[1].blocks[0]';
const chars = (limit: number) => `must be at most ${limit} characters`;

/** One place a limit applies: a document with a value of `size` there, and the issue path. */
interface Place {
  limit: Limit;
  where: string;
  build: (size: number) => unknown;
  path: string;
  message: (limit: number) => string;
}

const text = (where: string, path: string, build: (value: string) => unknown): Place => ({
  limit: 'maxTextLength',
  where,
  build: (size) => build('t'.repeat(size)),
  path,
  message: chars,
});
const title = (where: string, path: string, build: (value: string) => unknown): Place => ({
  limit: 'maxTitleLength',
  where,
  build: (size) => build('T'.repeat(size)),
  path,
  message: chars,
});
const id = (where: string, path: string, build: (size: number) => unknown): Place => ({
  limit: 'maxIdLength',
  where,
  build,
  path,
  message: chars,
});
const href = (where: string, path: string, build: (value: string) => unknown): Place => ({
  limit: 'maxHrefLength',
  where,
  // A well-formed https URL of exactly `size` characters.
  build: (size) => build(`https://ctt.id/${'p'.repeat(size - 'https://ctt.id/'.length)}`),
  path,
  message: chars,
});

function nestedSections(depth: number): PolicyDocument {
  const doc = base();
  let level: Section = { id: 'level-1', title: 'Level 1', blocks: [] };
  doc.sections = [level];
  for (let i = 2; i <= depth; i++) {
    const child: Section = { id: `level-${i}`, title: `Level ${i}`, blocks: [] };
    level.sections = [child];
    level = child;
  }
  return doc;
}

function nestedCallouts(depth: number): PolicyDocument {
  let block: Block = { type: 'paragraph', text: 'innermost' };
  for (let i = 0; i < depth; i++) block = { type: 'callout', tone: 'info', blocks: [block] };
  return withBlock(block);
}

/** Lists in list items, `depth` levels of blocks in all (the innermost a paragraph). */
function nestedListItems(depth: number): PolicyDocument {
  let block: Block = { type: 'paragraph', text: 'innermost' };
  for (let i = 1; i < depth; i++) block = { type: 'list', items: [{ blocks: [block] }] };
  return withBlock(block);
}

/** Values as `findExcessiveNesting` counts them: every object, array and primitive. */
function countValues(value: unknown): number {
  if (value === null || typeof value !== 'object') return 1;
  let count = 1;
  for (const child of Object.values(value)) count += countValues(child);
  return count;
}

/** `extra` as an unknown key of a document that then holds `total` values in all. */
function documentOfValues(total: number): unknown {
  const doc = { ...base(), extra: [] as number[] };
  const missing = total - countValues(doc);
  doc.extra = new Array<number>(missing).fill(0);
  return doc;
}

/** Arrays nested so that the innermost one is `depth` levels deep (the document is level 1). */
function documentOfDepth(depth: number): unknown {
  let inner: unknown = [];
  for (let level = depth; level > 2; level--) inner = [inner];
  return { ...base(), extra: inner };
}

const places: Place[] = [
  {
    limit: 'maxNestingDepth',
    where: 'objects and arrays under an unknown key',
    build: documentOfDepth,
    // The first array that is one level too deep: `extra` is level 2.
    path: `extra${'[0]'.repeat(LIMITS.maxNestingDepth - 1)}`,
    message: (limit) =>
      `nests deeper than ${limit} levels of objects and arrays; the document was not checked further`,
  },
  {
    limit: 'maxValues',
    where: 'values in the whole input',
    build: documentOfValues,
    path: '',
    message: (limit) =>
      `holds more than ${limit} values; a policy document may hold at most ${limit}`,
  },
  {
    limit: 'maxSectionDepth',
    where: 'sections inside sections',
    build: nestedSections,
    path: `sections[0]${'.sections[0]'.repeat(LIMITS.maxSectionDepth)}`,
    message: (limit) =>
      `is a section nested ${limit + 1} levels deep; sections may nest at most ${limit} levels`,
  },
  {
    limit: 'maxCalloutDepth',
    where: 'callouts inside callouts',
    build: nestedCallouts,
    path: `${BLOCK}${'.blocks[0]'.repeat(LIMITS.maxCalloutDepth)}`,
    message: (limit) =>
      `is a callout nested ${limit + 1} levels deep; callouts may nest at most ${limit} levels`,
  },
  {
    limit: 'maxSections',
    where: 'sections in the whole document, nested ones included',
    build: (size) => {
      const doc = base();
      const section = (i: number): Section => ({ id: `s-${i}`, title: `S ${i}`, blocks: [] });
      // One nested section, so the count is of the whole tree, not of one array.
      doc.sections = Array.from({ length: size - 1 }, (_, i) => section(i));
      doc.sections[0]!.sections = [section(size)];
      return doc;
    },
    path: 'sections',
    message: (limit) => `has ${limit + 1} sections in all; a document may have at most ${limit}`,
  },
  {
    limit: 'maxBlocks',
    where: 'blocks of a section',
    build: (size) => {
      const doc = base();
      doc.sections[1]!.blocks = Array.from({ length: size }, () => ({
        type: 'paragraph',
        text: 'p',
      }));
      return doc;
    },
    path: 'sections[1].blocks',
    message: (limit) => `must have at most ${limit} blocks`,
  },
  {
    limit: 'maxBlocks',
    where: 'blocks of a callout',
    build: (size) =>
      withBlock({
        type: 'callout',
        tone: 'warning',
        blocks: Array.from({ length: size }, () => ({ type: 'paragraph', text: 'p' })),
      }),
    path: `${BLOCK}.blocks`,
    message: (limit) => `must have at most ${limit} blocks`,
  },
  {
    limit: 'maxBlockDepth',
    where: 'blocks inside list items (and table cells, callouts)',
    build: nestedListItems,
    path: `${BLOCK}${'.items[0].blocks[0]'.repeat(LIMITS.maxBlockDepth)}`,
    message: (limit) =>
      `is a block nested ${limit + 1} levels deep (in list items, table cells or callouts); blocks may nest at most ${limit} levels`,
  },
  {
    limit: 'maxTableColumns',
    where: 'columns of a table',
    build: (size) =>
      withBlock({
        type: 'table',
        columns: Array.from({ length: size }, (_, i) => ({ title: `c${i}` })),
        rows: [],
      }),
    path: `${BLOCK}.columns`,
    message: (limit) => `must have at most ${limit} columns`,
  },
  {
    limit: 'maxTableRows',
    where: 'rows of a table',
    build: (size) =>
      withBlock({
        type: 'table',
        columns: [{ title: 'c' }],
        rows: Array.from({ length: size }, () => ['r']),
      }),
    path: `${BLOCK}.rows`,
    message: (limit) => `must have at most ${limit} rows`,
  },
  {
    limit: 'maxListItems',
    where: 'items of a list',
    build: (size) => withBlock({ type: 'list', items: Array.from({ length: size }, () => 'i') }),
    path: `${BLOCK}.items`,
    message: (limit) => `must have at most ${limit} items`,
  },
  text('a paragraph', `${BLOCK}.text`, (t) => withBlock({ type: 'paragraph', text: t })),
  text('a piece of text among spans', `${BLOCK}.text[1]`, (t) =>
    withBlock({ type: 'paragraph', text: [{ type: 'em', text: 'a' }, t] }),
  ),
  text('strong text', `${BLOCK}.text[0].text`, (t) =>
    withBlock({ type: 'paragraph', text: [{ type: 'strong', text: t }] }),
  ),
  text('a list item', `${BLOCK}.items[0]`, (t) => withBlock({ type: 'list', items: [t] })),
  text('a section summary', 'sections[1].summary', (t) => {
    const doc = base();
    doc.sections[1]!.summary = t;
    return doc;
  }),
  text('appliesTo', 'appliesTo', (t) => ({ ...base(), appliesTo: t })),
  text('a contact address', 'contact.address', (t) => ({ ...base(), contact: { address: t } })),
  text('a right description', 'rights[0].description', (t) => ({
    ...base(),
    rights: [{ id: 'access', description: t }],
  })),
  title('the document title', 'title', (t) => ({ ...base(), title: t })),
  title('a section title', 'sections[1].title', (t) => {
    const doc = base();
    doc.sections[1]!.title = t;
    return doc;
  }),
  title('a list title', `${BLOCK}.title`, (t) => withBlock({ type: 'list', title: t, items: [] })),
  title('a callout title', `${BLOCK}.title`, (t) =>
    withBlock({ type: 'callout', tone: 'info', title: t, blocks: [] }),
  ),
  title('a link text', `${BLOCK}.text[0].text`, (t) =>
    withBlock({ type: 'paragraph', text: [{ type: 'link', href: 'https://ctt.id', text: t }] }),
  ),
  title('the organization name', 'organization.name', (t) => ({
    ...base(),
    organization: { name: t },
  })),
  title('a contact title', 'contact.title', (t) => ({ ...base(), contact: { title: t } })),
  title('a contact phone', `${BLOCK}.phone`, (t) => withBlock({ type: 'contact', phone: t })),
  title('a right title', 'rights[0].title', (t) => ({
    ...base(),
    rights: [{ id: 'erasure', title: t }],
  })),
  {
    limit: 'maxTitleLength',
    where: 'a contact e-mail address',
    build: (size) => ({ ...base(), contact: { email: `${'a'.repeat(size - 7)}@ctt.id` } }),
    path: 'contact.email',
    message: chars,
  },
  id('the document id', 'id', (size) => ({ ...base(), id: 'a'.repeat(size) })),
  id('a section id', 'sections[1].id', (size) => {
    const doc = base();
    doc.sections[1]!.id = 'a'.repeat(size);
    return doc;
  }),
  id('the version', 'version', (size) => ({ ...base(), version: 'v'.repeat(size) })),
  id('a custom right id', 'rights[0].id', (size) => ({
    ...base(),
    rights: [{ id: `x-${'a'.repeat(size - 2)}` }],
  })),
  id('the locale', 'locale', (size) => {
    // Private-use subtags of eight letters: a real BCP 47 tag of any length.
    const tag = `en-x${'-abcdefgh'.repeat(Math.ceil(size / 9))}`;
    return { ...base(), locale: tag.slice(0, size - 1).replace(/-$/, 'a') + 'b' };
  }),
  href('a link', `${BLOCK}.text[0].href`, (h) =>
    withBlock({ type: 'paragraph', text: [{ type: 'link', href: h, text: 'link' }] }),
  ),
  href('contact.url', 'contact.url', (h) => ({ ...base(), contact: { url: h } })),
  href('a contact block url', `${BLOCK}.url`, (h) => withBlock({ type: 'contact', url: h })),
];

describe.each(places)('limit: LIMITS.$limit — $where', (place) => {
  const limit = LIMITS[place.limit];

  it(`accepts ${limit}`, () => {
    expect(issuesOf(place.build(limit))).toEqual([]);
  });

  it(`refuses ${limit + 1} with one issue naming the place and the limit`, () => {
    expect(issuesOf(place.build(limit + 1))).toEqual([
      { path: place.path, message: place.message(limit) },
    ]);
  });

  it('throws it from parsePolicy as a PolicyValidationError whose message says where', () => {
    const error = (() => {
      try {
        parsePolicy(place.build(limit + 1));
      } catch (thrown) {
        return thrown;
      }
      throw new Error('expected parsePolicy to throw');
    })();
    expect(error).toBeInstanceOf(PolicyValidationError);
    const where = place.path === '' ? '(document)' : place.path;
    expect((error as Error).message).toContain(`${where}: ${place.message(limit)}`);
  });
});

describe('given ids a megabyte long', () => {
  const huge = 'a'.repeat(1_000_000);

  it.each([
    [
      'a section id used twice',
      { ...base(), sections: [0, 1].map((i) => ({ id: huge, title: `S${i}`, blocks: [] })) },
    ],
    [
      'a #link to a section that does not exist',
      withBlock({
        type: 'paragraph',
        text: [{ type: 'link', href: `#${huge.slice(0, LIMITS.maxHrefLength - 1)}`, text: 'x' }],
      }),
    ],
    ['a right listed twice', { ...base(), rights: [{ id: huge }, { id: huge }] }],
  ])('reports %s without echoing the id', (_name, doc) => {
    const issues = issuesOf(doc);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.message.length).toBeLessThan(300);
  });
});

it('has a case for every entry of LIMITS', () => {
  expect([...new Set(places.map((place) => place.limit))].sort()).toEqual(
    Object.keys(LIMITS).sort(),
  );
});
