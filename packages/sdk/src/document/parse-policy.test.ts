import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy, safeParsePolicy } from './parse-policy';
import { LIMITS } from './policy-schema';
import type { Block, Inline, PolicyDocument, PolicyIssue, Section } from './policy-types';
import { PolicyValidationError } from './policy-validation-error';

/** A small valid document; each test changes one thing. */
function validPolicy(): PolicyDocument {
  return {
    schemaVersion: 1,
    id: 'ctt-privacy',
    version: '2024-06-12',
    locale: 'id-ID',
    title: 'Kebijakan Privasi',
    lastUpdated: '2024-06-12',
    contact: { title: 'Data Protection Officer', email: 'privacy@ctt.id' },
    rights: [{ id: 'access' }, { id: 'erasure' }],
    sections: [
      {
        id: 'komitmen',
        title: 'Komitmen Privasi Kami',
        blocks: [{ type: 'paragraph', text: 'Kami menghargai privasi Anda.' }],
        sections: [
          {
            id: 'informasi-akun',
            title: '1. Informasi Akun',
            blocks: [{ type: 'list', items: ['Nama lengkap', 'Alamat email'] }],
          },
        ],
      },
      { id: 'hak-anda', title: 'Hak Anda', blocks: [] },
    ],
  };
}

/** The issues of a document, or [] when it is valid. */
function issuesOf(input: unknown): PolicyIssue[] {
  const result = safeParsePolicy(input);
  return result.success ? [] : result.issues;
}

function withParagraph(text: Inline): PolicyDocument {
  const doc = validPolicy();
  doc.sections[1]!.blocks = [{ type: 'paragraph', text }];
  return doc;
}

function withLink(href: string): PolicyDocument {
  return withParagraph(['See ', { type: 'link', href, text: 'this' }]);
}

function nestedSections(depth: number): PolicyDocument {
  const doc = validPolicy();
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
  const doc = validPolicy();
  doc.sections[1]!.blocks = [block];
  return doc;
}

describe('given a valid document', () => {
  it('returns it typed, as a fresh copy', () => {
    const input = validPolicy();
    const policy = parsePolicy(input);
    expect(policy).toEqual(input);
    expect(policy).not.toBe(input);
    input.sections[0]!.title = 'changed afterwards';
    expect(policy.sections[0]!.title).toBe('Komitmen Privasi Kami');
  });

  it('keeps unknown keys at every level (a newer document still loads)', () => {
    const input = {
      ...validPolicy(),
      audience: 'everyone',
      sections: [
        {
          id: 'a',
          title: 'A',
          icon: 'lock',
          blocks: [
            {
              type: 'paragraph',
              text: ['x', { type: 'em', text: 'y', lang: 'en' }],
              align: 'left',
            },
          ],
        },
      ],
    };
    const policy = parsePolicy(input) as unknown as typeof input;
    expect(policy.audience).toBe('everyone');
    expect(policy.sections[0]!.icon).toBe('lock');
    expect(policy.sections[0]!.blocks[0]!.align).toBe('left');
    expect(policy.sections[0]!.blocks[0]!.text[1]).toEqual({ type: 'em', text: 'y', lang: 'en' });
  });

  it('does not let a "__proto__" key change any prototype', () => {
    const input = JSON.parse(
      JSON.stringify(validPolicy()).replace('{', '{"__proto__":{"polluted":true},'),
    ) as unknown;
    const policy = parsePolicy(input);
    expect(Object.getPrototypeOf(policy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts every block type, tone and inline span', () => {
    const doc = validPolicy();
    doc.sections[1]!.blocks = [
      { type: 'paragraph', text: ['a ', { type: 'strong', text: 'b' }, { type: 'em', text: 'c' }] },
      {
        type: 'list',
        ordered: true,
        title: 'Termasuk',
        items: ['x', ['y', { type: 'em', text: 'z' }]],
      },
      { type: 'callout', tone: 'info', blocks: [] },
      { type: 'callout', tone: 'important', title: 'Penting', blocks: [] },
      { type: 'callout', tone: 'warning', blocks: [{ type: 'paragraph', text: 'w' }] },
      {
        type: 'contact',
        title: 'DPO',
        email: 'dpo@ctt.id',
        phone: '+62 21 1234 5678',
        url: 'https://ctt.id',
      },
    ];
    expect(issuesOf(doc)).toEqual([]);
  });
});

describe('given any input that is not a policy document', () => {
  it.each([
    ['null', null, 'null'],
    ['undefined', undefined, 'nothing'],
    ['a number', 42, 'a number'],
    ['NaN', Number.NaN, 'a number'],
    ['a string', '{"schemaVersion":1}', 'a string'],
    ['a boolean', true, 'a boolean'],
    ['an array', [validPolicy()], 'an array'],
  ])('reports %s at the root, as a PolicyValidationError', (_name, input, got) => {
    expect(() => parsePolicy(input)).toThrow(PolicyValidationError);
    expect(issuesOf(input)).toEqual([
      { path: '', message: `must be a policy document object (got ${got})` },
    ]);
  });

  it('reports a 5 MB string without echoing it', () => {
    const huge = 'x'.repeat(5 * 1024 * 1024);
    const issues = issuesOf(huge);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message.length).toBeLessThan(100);
  });

  it('reports an empty object with every missing key', () => {
    expect(issuesOf({}).map((issue) => issue.path)).toEqual([
      'schemaVersion',
      'id',
      'version',
      'locale',
      'title',
      'lastUpdated',
      'sections',
    ]);
    expect(issuesOf({})[0]!.message).toBe('is required');
  });

  it('never throws anything but PolicyValidationError for arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (input) => {
        const result = safeParsePolicy(input);
        expect(result.success).toBe(false);
        try {
          parsePolicy(input);
        } catch (error) {
          expect(error).toBeInstanceOf(PolicyValidationError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws for arbitrary JSON put where sections and blocks belong', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (sections, block) => {
        const doc: Record<string, unknown> = { ...validPolicy(), sections };
        const withBlock = validPolicy() as unknown as { sections: { blocks: unknown[] }[] };
        withBlock.sections[0]!.blocks = [block];
        for (const input of [doc, withBlock]) {
          const result = safeParsePolicy(input);
          if (!result.success) expect(result.issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports a throwing getter as an issue instead of crashing', () => {
    const hostile = {
      ...validPolicy(),
      get sections(): never {
        throw new TypeError('boom');
      },
    };
    expect(issuesOf(hostile)).toEqual([{ path: '', message: 'could not be read: boom' }]);
  });

  it('reports a Proxy that throws a non-Error without calling its toString', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw Object.create(null);
        },
      },
    );
    expect(issuesOf(hostile)).toEqual([{ path: '', message: 'could not be read: an exception' }]);
  });
});

describe('given input nested deeper than the nesting limit', () => {
  it('reports a 100 000-deep array instead of overflowing the stack', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const issues = issuesOf(deep);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(`deeper than ${LIMITS.maxNestingDepth} levels`);
  });

  it('reports a 100 000-deep object under an unknown key, naming where it starts', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const issues = issuesOf({ ...validPolicy(), extension: deep });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toMatch(/^extension\.a\.a\.a/);
  });

  it('reports deeply nested JSON text parsed by JSON.parse', () => {
    const json = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    expect(() => parsePolicy(JSON.parse(json))).toThrow(/deeper than/);
  });

  it('reports a cyclic object built in code instead of looping', () => {
    const doc = validPolicy() as unknown as Record<string, unknown>;
    doc.self = doc;
    expect(issuesOf(doc)[0]!.message).toMatch('deeper than');
  });

  it('accepts the deepest document the other limits allow', () => {
    const doc = nestedSections(LIMITS.maxSectionDepth);
    let last = doc.sections[0]!;
    while (last.sections) last = last.sections[0]!;
    let block: Block = { type: 'paragraph', text: ['a', { type: 'strong', text: 'b' }] };
    for (let i = 0; i < LIMITS.maxCalloutDepth; i++) {
      block = { type: 'callout', tone: 'info', blocks: [block] };
    }
    last.blocks = [block];
    expect(issuesOf(doc)).toEqual([]);
  });
});

describe('given several problems at once', () => {
  it('reports every one of them, each with its path', () => {
    const doc = validPolicy() as unknown as Record<string, unknown>;
    doc.version = '';
    doc.lastUpdated = '2023-02-29';
    const sections = doc.sections as Record<string, unknown>[];
    sections[1]!.id = 'komitmen';
    sections[1]!.blocks = [{ type: 'paragraph', text: 7 }];
    expect(issuesOf(doc)).toEqual([
      { path: 'version', message: 'must not be empty' },
      { path: 'lastUpdated', message: 'must be a real calendar date' },
      {
        path: 'sections[1].blocks[0].text',
        message: 'must be a string or an array of strings and spans (got a number)',
      },
      {
        path: 'sections[1].id',
        message:
          'duplicates the section id "komitmen" first used at sections[0].id; section ids must be unique in the whole document',
      },
    ]);
  });

  it('throws a PolicyValidationError carrying them all', () => {
    const doc = { ...validPolicy(), schemaVersion: 2, id: 'Not A Slug' };
    const error = (() => {
      try {
        parsePolicy(doc);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(PolicyValidationError);
    expect((error as PolicyValidationError).issues.map((issue) => issue.path)).toEqual([
      'schemaVersion',
      'id',
    ]);
  });
});

describe('rule: schemaVersion is 1', () => {
  it('accepts 1', () => {
    expect(issuesOf({ ...validPolicy(), schemaVersion: 1 })).toEqual([]);
  });
  it.each([2, '1', 0, null])('rejects %j', (schemaVersion) => {
    expect(issuesOf({ ...validPolicy(), schemaVersion })).toEqual([
      expect.objectContaining({ path: 'schemaVersion' }),
    ]);
  });
});

describe('rule: the document id is a slug', () => {
  it.each(['ctt-privacy', 'btn-cx-2'])('accepts %j', (id) => {
    expect(issuesOf({ ...validPolicy(), id })).toEqual([]);
  });
  it.each(['CTT', 'ctt privacy', 'ctt--privacy', '-ctt', 'ctt-', 'ctt_privacy', '', 'privasi-ü'])(
    'rejects %j',
    (id) => {
      expect(issuesOf({ ...validPolicy(), id })).toEqual([
        { path: 'id', message: expect.stringContaining('must be a slug') },
      ]);
    },
  );
});

describe('rule: version is a non-empty string', () => {
  it.each(['2024-06-12', 'v2', '1'])('accepts %j', (version) => {
    expect(issuesOf({ ...validPolicy(), version })).toEqual([]);
  });
  it.each([
    ['', 'must not be empty'],
    ['   ', 'must not be empty'],
    [3, 'must be a string (got a number)'],
  ])('rejects %j', (version, message) => {
    expect(issuesOf({ ...validPolicy(), version })).toEqual([{ path: 'version', message }]);
  });
});

describe('rule: locale is a BCP 47 tag', () => {
  it.each(['id-ID', 'en', 'en-GB', 'zh-Hant-TW'])('accepts %j', (locale) => {
    expect(issuesOf({ ...validPolicy(), locale })).toEqual([]);
  });
  it.each(['en_US', '', 'e', 'english-language-x'])('rejects %j', (locale) => {
    expect(issuesOf({ ...validPolicy(), locale })).toEqual([
      expect.objectContaining({ path: 'locale' }),
    ]);
  });
});

describe('rule: titles are non-empty', () => {
  it('rejects an empty document title and a blank section title', () => {
    const doc = { ...validPolicy(), title: '' };
    doc.sections[1]!.title = ' \t ';
    expect(issuesOf(doc)).toEqual([
      { path: 'title', message: 'must not be empty' },
      { path: 'sections[1].title', message: 'must not be empty' },
    ]);
  });
});

describe('rule: dates are real calendar dates written YYYY-MM-DD', () => {
  it.each(['2024-02-29', '2000-02-29', '2023-12-31'])('accepts %j', (date) => {
    expect(issuesOf({ ...validPolicy(), lastUpdated: date, effectiveDate: date })).toEqual([]);
  });
  it.each(['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10'])(
    'rejects the impossible day %j',
    (date) => {
      expect(issuesOf({ ...validPolicy(), lastUpdated: date, effectiveDate: date })).toEqual([
        { path: 'lastUpdated', message: 'must be a real calendar date' },
        { path: 'effectiveDate', message: 'must be a real calendar date' },
      ]);
    },
  );
  it.each(['2024-6-12', '12/06/2024', '2024-06-12T00:00:00Z', ' 2024-06-12'])(
    'rejects the format %j with one issue',
    (date) => {
      expect(issuesOf({ ...validPolicy(), lastUpdated: date })).toEqual([
        { path: 'lastUpdated', message: 'must be a date written YYYY-MM-DD' },
      ]);
    },
  );
});

describe('rule: at least one section', () => {
  it('rejects an empty list', () => {
    expect(issuesOf({ ...validPolicy(), sections: [] })).toEqual([
      { path: 'sections', message: 'must have at least one section' },
    ]);
  });
  it('rejects a missing list', () => {
    const { sections: _sections, ...rest } = validPolicy();
    expect(issuesOf(rest)).toEqual([{ path: 'sections', message: 'is required' }]);
  });
  it('rejects a section that is not an object', () => {
    expect(issuesOf({ ...validPolicy(), sections: [[], 'x'] })).toEqual([
      { path: 'sections[0]', message: 'must be an object (got an array)' },
      { path: 'sections[1]', message: 'must be an object (got a string)' },
    ]);
  });
});

describe('rule: section ids are slugs, unique in the whole document', () => {
  it('accepts distinct ids at every level', () => {
    expect(issuesOf(nestedSections(3))).toEqual([]);
  });
  it('rejects an id that is not a slug', () => {
    const doc = validPolicy();
    doc.sections[0]!.sections![0]!.id = 'Informasi Akun';
    expect(issuesOf(doc)).toEqual([
      { path: 'sections[0].sections[0].id', message: expect.stringContaining('must be a slug') },
    ]);
  });
  it('reports a nested duplicate with the place of the first use', () => {
    const doc = validPolicy();
    doc.sections[1]!.sections = [{ id: 'informasi-akun', title: 'Again', blocks: [] }];
    expect(issuesOf(doc)).toEqual([
      {
        path: 'sections[1].sections[0].id',
        message: expect.stringContaining(
          'duplicates the section id "informasi-akun" first used at sections[0].sections[0].id',
        ),
      },
    ]);
  });
});

describe('rule: links use an allowed scheme', () => {
  it.each([
    'https://ctt.id/privasi',
    'http://example.com',
    'HTTPS://EXAMPLE.COM/A',
    'mailto:privacy@ctt.id',
    'tel:+62211234567',
    '#hak-anda',
    '#informasi-akun',
  ])('accepts %j', (href) => {
    expect(issuesOf(withLink(href))).toEqual([]);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['upper case', 'JAVASCRIPT:alert(1)'],
    ['mixed case', 'JavaScript:alert(1)'],
    ['a leading space', ' javascript:alert(1)'],
    ['a tab inside', 'java\tscript:alert(1)'],
    ['a newline inside', 'java\nscript:alert(1)'],
    ['a leading control character', '\u0001javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['an HTML entity for a letter', '&#106;avascript:alert(1)'],
    ['an HTML entity for the colon', 'javascript&colon;alert(1)'],
    ['a full-width letter', '\uff4aavascript:alert(1)'],
    ['a percent-encoded scheme', '%6Aavascript:alert(1)'],
    ['a protocol-relative URL', '//evil.example'],
    ['a relative path', '/privacy'],
    ['file:', 'file:///etc/passwd'],
    ['a space inside a web URL', 'https://ctt.id/a b'],
    ['a web URL without a host', 'https://'],
    ['an empty string', ''],
  ])('rejects %s', (_name, href) => {
    expect(issuesOf(withLink(href))).toEqual([
      { path: 'sections[1].blocks[0].text[1].href', message: expect.stringMatching(/^must be/) },
    ]);
  });

  it.each(['#Hak Anda', '#', '#hak_anda'])(
    'rejects the section link %j that is not a slug',
    (href) => {
      expect(issuesOf(withLink(href))).toEqual([
        { path: 'sections[1].blocks[0].text[1].href', message: expect.stringMatching(/^must be/) },
      ]);
    },
  );

  it('rejects a bad scheme in a list item and in contact.url', () => {
    const doc = validPolicy();
    doc.sections[0]!.sections![0]!.blocks = [
      { type: 'list', items: ['ok', ['x', { type: 'link', href: 'data:,x', text: 'x' }]] },
    ];
    doc.contact = { url: 'javascript:alert(1)' };
    expect(issuesOf(doc).map((issue) => issue.path)).toEqual([
      'contact.url',
      'sections[0].sections[0].blocks[0].items[1][1].href',
    ]);
  });
});

describe('rule: #links point at a section of the document', () => {
  it('accepts a link to a nested section', () => {
    expect(issuesOf(withLink('#informasi-akun'))).toEqual([]);
  });
  it('reports a dangling link in a paragraph, a list and a callout', () => {
    const doc = validPolicy();
    const link = { type: 'link', href: '#tidak-ada', text: 'x' } as const;
    doc.sections[1]!.blocks = [
      { type: 'paragraph', text: [link] },
      { type: 'list', items: [[link]] },
      { type: 'callout', tone: 'info', blocks: [{ type: 'paragraph', text: ['a', link] }] },
    ];
    expect(issuesOf(doc)).toEqual([
      {
        path: 'sections[1].blocks[0].text[0].href',
        message: 'links to "#tidak-ada", but no section has the id "tidak-ada"',
      },
      { path: 'sections[1].blocks[1].items[0][0].href', message: expect.any(String) },
      { path: 'sections[1].blocks[2].blocks[0].text[1].href', message: expect.any(String) },
    ]);
  });
});

describe('rule: blocks and inline spans have known types', () => {
  it.each([
    [
      { type: 'video', src: 'https://a.example/v.mp4' },
      'sections[1].blocks[0].type',
      'must be "paragraph", "list", "callout", "contact", "table" or "image" (got a string)',
    ],
    [
      { text: 'no type' },
      'sections[1].blocks[0].type',
      'must be "paragraph", "list", "callout", "contact", "table" or "image" (got nothing)',
    ],
    ['just text', 'sections[1].blocks[0]', 'must be a block object (got a string)'],
    [
      { type: 'callout', tone: 'loud', blocks: [] },
      'sections[1].blocks[0].tone',
      'must be "info", "important" or "warning" (got a string)',
    ],
    [{ type: 'callout', blocks: [] }, 'sections[1].blocks[0].tone', 'is required'],
    [
      { type: 'list', items: 'a, b' },
      'sections[1].blocks[0].items',
      'must be an array (got a string)',
    ],
    [
      { type: 'list', ordered: 'yes', items: [] },
      'sections[1].blocks[0].ordered',
      'must be true or false (got a string)',
    ],
    [
      { type: 'paragraph', text: ['a', { type: 'underline', text: 'b' }] },
      'sections[1].blocks[0].text[1].type',
      'must be "link", "strong", "em" or "break" (got a string)',
    ],
    [
      { type: 'paragraph', text: ['a', 3] },
      'sections[1].blocks[0].text[1]',
      'must be a string or a link, strong, em or break span (got a number)',
    ],
    [
      { type: 'paragraph', text: [{ type: 'link', href: 'https://a.example' }] },
      'sections[1].blocks[0].text[0].text',
      'is required',
    ],
    [
      { type: 'contact', email: 'not an email' },
      'sections[1].blocks[0].email',
      'must be an e-mail address',
    ],
  ])('rejects %j', (block, path, message) => {
    const doc = validPolicy() as unknown as { sections: { blocks: unknown[] }[] };
    doc.sections[1]!.blocks = [block];
    expect(issuesOf(doc)).toEqual([{ path, message }]);
  });
});

describe('rule: rights are known ids or x- ids, each listed once', () => {
  it('accepts every known right and a custom one', () => {
    const ids = [
      'access',
      'rectification',
      'erasure',
      'portability',
      'restriction',
      'objection',
      'withdraw-consent',
      'automated-decision',
      'information',
      'complaint',
      'x-account-deactivation',
    ];
    expect(issuesOf({ ...validPolicy(), rights: ids.map((id) => ({ id })) })).toEqual([]);
  });
  it.each(['deletion', 'Access', 'x-', 'x-Foo', 'x_foo', ''])('rejects %j', (id) => {
    expect(issuesOf({ ...validPolicy(), rights: [{ id }] })).toEqual([
      { path: 'rights[0].id', message: expect.stringContaining('must be a known right id') },
    ]);
  });
  it('rejects a right listed twice, naming the first', () => {
    expect(
      issuesOf({
        ...validPolicy(),
        rights: [{ id: 'access' }, { id: 'erasure' }, { id: 'access' }],
      }),
    ).toEqual([
      {
        path: 'rights[2].id',
        message:
          'duplicates the right "access" first listed at rights[0].id; each right may be listed once',
      },
    ]);
  });
});

describe('rule: contact details', () => {
  it('accepts a full contact', () => {
    const contact = {
      title: 'DPO',
      email: 'dpo@ctt.id',
      phone: '+62 21',
      address: 'Jakarta',
      url: 'https://ctt.id',
    };
    expect(issuesOf({ ...validPolicy(), contact })).toEqual([]);
  });
  it('rejects a contact that is an array, and a bad e-mail address', () => {
    expect(issuesOf({ ...validPolicy(), contact: [] })).toEqual([
      { path: 'contact', message: 'must be an object (got an array)' },
    ]);
    expect(issuesOf({ ...validPolicy(), contact: { email: '[email protected]' } })).toEqual([
      { path: 'contact.email', message: 'must be an e-mail address' },
    ]);
  });
});

describe('limit: section depth', () => {
  it(`accepts sections nested ${LIMITS.maxSectionDepth} levels deep`, () => {
    expect(issuesOf(nestedSections(LIMITS.maxSectionDepth))).toEqual([]);
  });
  it(`reports the first section nested deeper, once`, () => {
    const depth = LIMITS.maxSectionDepth + 1;
    expect(issuesOf(nestedSections(depth + 2))).toEqual([
      {
        path: `sections[0]${'.sections[0]'.repeat(depth - 1)}`,
        message: `is a section nested ${depth} levels deep; sections may nest at most ${LIMITS.maxSectionDepth} levels`,
      },
    ]);
  });
});

describe('limit: callout depth', () => {
  it(`accepts callouts nested ${LIMITS.maxCalloutDepth} levels deep`, () => {
    expect(issuesOf(nestedCallouts(LIMITS.maxCalloutDepth))).toEqual([]);
  });
  it('reports the first callout nested deeper', () => {
    const depth = LIMITS.maxCalloutDepth + 1;
    expect(issuesOf(nestedCallouts(depth))).toEqual([
      {
        path: `sections[1].blocks[0]${'.blocks[0]'.repeat(depth - 1)}`,
        message: `is a callout nested ${depth} levels deep; callouts may nest at most ${LIMITS.maxCalloutDepth} levels`,
      },
    ]);
  });
});

describe('limit: sizes', () => {
  it(`accepts ${LIMITS.maxSections} sections and rejects one more`, () => {
    const section = (i: number): Section => ({ id: `s-${i}`, title: `S ${i}`, blocks: [] });
    const many = Array.from({ length: LIMITS.maxSections }, (_, i) => section(i));
    expect(issuesOf({ ...validPolicy(), sections: many })).toEqual([]);
    many[0]!.sections = [section(LIMITS.maxSections)];
    expect(issuesOf({ ...validPolicy(), sections: many })).toEqual([
      { path: 'sections', message: expect.stringContaining(`at most ${LIMITS.maxSections}`) },
    ]);
  });

  it('rejects a 5 MB paragraph without echoing it', () => {
    const issues = issuesOf(withParagraph('x'.repeat(5 * 1024 * 1024)));
    expect(issues).toEqual([
      {
        path: 'sections[1].blocks[0].text',
        message: `must be at most ${LIMITS.maxTextLength} characters`,
      },
    ]);
  });

  it(`accepts a paragraph of ${LIMITS.maxTextLength} characters`, () => {
    expect(issuesOf(withParagraph('x'.repeat(LIMITS.maxTextLength)))).toEqual([]);
  });
});
