import { describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources';
import { RIGHTS_REQUEST_LIMITS, validateRightsRequest } from './validate-rights-request';

const valid = {
  policyId: 'ctt-privacy',
  policyVersion: '2024-06-12',
  locale: 'id-ID',
  right: 'access',
  name: 'Siti Rahma',
  email: 'siti.rahma@example.co.id',
};

function issuesOf(input: unknown, options?: Parameters<typeof validateRightsRequest>[1]) {
  const result = validateRightsRequest(input, options);
  return result.success ? [] : result.issues.map(({ field, code }) => ({ field, code }));
}

describe('given a complete request', () => {
  it('returns it as data', () => {
    expect(validateRightsRequest(valid)).toEqual({ success: true, data: valid });
  });

  it('trims text, drops empty optional fields and unknown keys', () => {
    const result = validateRightsRequest({
      ...valid,
      name: '  Siti Rahma \n',
      email: ' siti.rahma@example.co.id ',
      phone: '   ',
      details: '',
      isAdmin: true,
    });
    expect(result).toEqual({ success: true, data: valid });
  });

  it('keeps details and phone when given', () => {
    const result = validateRightsRequest({
      ...valid,
      phone: '+622112345678',
      details: 'Akun lama',
    });
    expect(result.success && result.data).toMatchObject({
      phone: '+622112345678',
      details: 'Akun lama',
    });
  });
});

describe('given a name', () => {
  it('requires one', () => {
    expect(issuesOf({ ...valid, name: '   ' })).toEqual([{ field: 'name', code: 'nameRequired' }]);
    const { name: _name, ...withoutName } = valid;
    expect(issuesOf(withoutName)).toEqual([{ field: 'name', code: 'nameRequired' }]);
  });

  it('accepts exactly the limit and rejects one character more, with the limit as a param', () => {
    const max = RIGHTS_REQUEST_LIMITS.name;
    expect(issuesOf({ ...valid, name: 'a'.repeat(max) })).toEqual([]);
    const result = validateRightsRequest({ ...valid, name: 'a'.repeat(max + 1) });
    expect(result.success).toBe(false);
    expect(!result.success && result.issues).toEqual([
      {
        field: 'name',
        code: 'nameTooLong',
        message: `name must be at most ${max} characters`,
        params: { max },
      },
    ]);
  });

  it('says which field holds a value of the wrong type', () => {
    expect(issuesOf({ ...valid, name: 42 })).toEqual([{ field: 'name', code: 'wrongType' }]);
  });
});

describe('given an e-mail address', () => {
  it.each([
    'siti@example.com',
    'a.b+tag@mail.example.co.id',
    "o'brien@example.ie",
    'x@xn--80ak6aa92e.com',
    'budi@contoh.co.id',
  ])('accepts %s', (email) => {
    expect(issuesOf({ ...valid, email })).toEqual([]);
  });

  it.each([
    'siti',
    'siti@',
    '@example.com',
    'siti@example',
    'siti rahma@example.com',
    'siti@@example.com',
    'siti@example..com',
    'siti@-example.com',
  ])('rejects %s as emailInvalid', (email) => {
    expect(issuesOf({ ...valid, email })).toEqual([{ field: 'email', code: 'emailInvalid' }]);
  });

  it('requires one', () => {
    expect(issuesOf({ ...valid, email: '' })).toEqual([{ field: 'email', code: 'emailRequired' }]);
  });

  it('rejects one longer than 254 characters', () => {
    const email = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com`;
    expect(email.length).toBeGreaterThan(254);
    expect(issuesOf({ ...valid, email })).toEqual([{ field: 'email', code: 'emailTooLong' }]);
  });
});

describe('given a phone number', () => {
  it.each([
    ['+62 21 1234 5678', '+622112345678'],
    ['+62-21-1234-5678', '+622112345678'],
    ['+62 (21) 1234-5678', '+622112345678'],
    ['+62.21.1234.5678', '+622112345678'],
    ['+62\u00a0812\u00a03456\u00a07890', '+6281234567890'],
    ['+44 (0)20 7946 0958', '+442079460958'],
    ['+6281234567890', '+6281234567890'],
  ])('normalizes %s to E.164 %s', (phone, expected) => {
    const result = validateRightsRequest({ ...valid, phone });
    expect(result.success && result.data.phone).toBe(expected);
  });

  it('asks for the country code when the number has no +', () => {
    expect(issuesOf({ ...valid, phone: '0812 3456 7890' })).toEqual([
      { field: 'phone', code: 'phoneCountryCode' },
    ]);
  });

  it.each(['+0 21 1234 5678', '+62 abc', '+1234567890123456', '+12345', 'call me'])(
    'rejects %s as phoneInvalid',
    (phone) => {
      expect(issuesOf({ ...valid, phone })).toEqual([{ field: 'phone', code: 'phoneInvalid' }]);
    },
  );
});

describe('given a right', () => {
  it('requires one', () => {
    expect(issuesOf({ ...valid, right: '' })).toEqual([{ field: 'right', code: 'rightRequired' }]);
  });

  it('rejects an id that is neither known nor x-…', () => {
    expect(issuesOf({ ...valid, right: 'delete-everything' })).toEqual([
      { field: 'right', code: 'rightUnknown' },
    ]);
  });

  it('accepts any valid id when the policy’s rights are not given', () => {
    expect(issuesOf({ ...valid, right: 'x-account-deactivation' })).toEqual([]);
  });

  describe('when the policy’s rights are given', () => {
    const rights = [{ id: 'access' as const }, { id: 'x-account-deactivation' as const }];

    it('accepts one of them', () => {
      expect(issuesOf({ ...valid, right: 'x-account-deactivation' }, { rights })).toEqual([]);
      expect(issuesOf(valid, { rights: ['access'] })).toEqual([]);
    });

    it('rejects a valid id the policy does not declare', () => {
      expect(issuesOf({ ...valid, right: 'erasure' }, { rights })).toEqual([
        { field: 'right', code: 'rightNotOffered' },
      ]);
    });
  });
});

describe('given details', () => {
  it('rejects more than the limit', () => {
    const max = RIGHTS_REQUEST_LIMITS.details;
    expect(issuesOf({ ...valid, details: 'x'.repeat(max) })).toEqual([]);
    expect(issuesOf({ ...valid, details: 'x'.repeat(max + 1) })).toEqual([
      { field: 'details', code: 'detailsTooLong' },
    ]);
  });
});

describe('given the policy fields', () => {
  it('requires policyId, policyVersion and locale', () => {
    expect(issuesOf({ ...valid, policyId: '', policyVersion: ' ', locale: undefined })).toEqual([
      { field: 'policyId', code: 'policyIdRequired' },
      { field: 'policyVersion', code: 'policyVersionRequired' },
      { field: 'locale', code: 'localeRequired' },
    ]);
  });

  it('rejects a locale that is not a BCP 47 tag', () => {
    expect(issuesOf({ ...valid, locale: 'Bahasa Indonesia' })).toEqual([
      { field: 'locale', code: 'localeInvalid' },
    ]);
  });
});

describe('given something that is not a request at all', () => {
  it.each([null, 'hello', 42, []])('reports every required field for %j', (input) => {
    expect(issuesOf(input).map((issue) => issue.field)).toEqual([
      'right',
      'name',
      'email',
      'policyId',
      'policyVersion',
      'locale',
    ]);
  });
});

describe('given the issue codes', () => {
  it('has a sentence for every code in English and Indonesian', () => {
    const codes = new Set<string>();
    const inputs: unknown[] = [
      {},
      { ...valid, name: 1, email: 'x', phone: '0812', right: 'zzz', details: 'x'.repeat(6000) },
      { ...valid, name: 'a'.repeat(300), email: `${'a'.repeat(300)}@x.com`, phone: '+1' },
      { ...valid, right: 'erasure', locale: 'no such', policyId: 'p'.repeat(300) },
    ];
    for (const input of inputs) {
      const result = validateRightsRequest(input, { rights: ['access'] });
      if (!result.success) for (const issue of result.issues) codes.add(issue.code);
    }
    expect(codes.size).toBeGreaterThan(10);
    for (const code of codes) {
      const en: Record<string, unknown> = resources.en.policykit.rightsErrors;
      const id: Record<string, unknown> = resources.id.policykit.rightsErrors;
      expect(typeof en[code], `en rightsErrors.${code}`).toBe('string');
      expect(typeof id[code], `id rightsErrors.${code}`).toBe('string');
    }
  });
});

describe('given values a page could be harmed by', () => {
  it('names the field and the rule in its messages, never the value', () => {
    const hostile = '<script>alert(1)</script>'.repeat(400);
    const result = validateRightsRequest(
      {
        policyId: 'ctt-privacy',
        policyVersion: '1',
        right: hostile,
        name: 'A',
        email: 'a@b.co',
        locale: hostile,
      },
      { rights: ['access'] },
    );
    expect(result.success).toBe(false);
    for (const issue of result.success ? [] : result.issues) {
      expect(issue.message).not.toContain('<script>');
      expect(issue.message.length).toBeLessThan(100);
    }
  });
});
