import { describe, expect, it } from 'vitest';
import type { PolicyIssue } from './policy-types';
import { PolicyValidationError, formatPolicyIssue } from './policy-validation-error';

const issue = (n: number): PolicyIssue => ({
  path: `sections[${n}].id`,
  message: 'must be a slug',
});

describe('given one issue', () => {
  const error = new PolicyValidationError([issue(0)]);

  it('is an Error named PolicyValidationError that carries the issue', () => {
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PolicyValidationError');
    expect(error.issues).toEqual([issue(0)]);
  });

  it('says what and where in its message', () => {
    expect(error.message).toBe(
      'Invalid policy document (1 problem):\n  sections[0].id: must be a slug',
    );
  });
});

describe('given many issues', () => {
  const issues = Array.from({ length: 8 }, (_, n) => issue(n));
  const error = new PolicyValidationError(issues, { subject: 'policy document /privacy.json' });

  it('keeps every issue', () => {
    expect(error.issues).toHaveLength(8);
  });

  it('lists the first five in the message and counts the rest', () => {
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('Invalid policy document /privacy.json (8 problems):');
    expect(lines.slice(1, 6)).toEqual(issues.slice(0, 5).map((i) => `  ${i.path}: ${i.message}`));
    expect(lines[6]).toBe('  … and 3 more');
    expect(lines).toHaveLength(7);
  });
});

describe('formatPolicyIssue', () => {
  it('names the root "(document)"', () => {
    expect(formatPolicyIssue({ path: '', message: 'must be an object' })).toBe(
      '(document): must be an object',
    );
  });

  it('puts the source line first when there is one', () => {
    expect(formatPolicyIssue({ path: 'sections[0].id', message: 'must be a slug', line: 12 })).toBe(
      'line 12: sections[0].id: must be a slug',
    );
  });

  it('says the line once when the message already starts with it (Markdown import)', () => {
    expect(
      formatPolicyIssue({
        path: 'sections[0].blocks[0].text[0].href',
        message: 'line 12: link scheme javascript: is not allowed',
        line: 12,
      }),
    ).toBe('line 12: sections[0].blocks[0].text[0].href: link scheme javascript: is not allowed');
  });
});

describe('given a cause', () => {
  it('keeps it, for logs that print causes', () => {
    const cause = new SyntaxError('Unexpected token');
    expect(new PolicyValidationError([issue(0)], { cause }).cause).toBe(cause);
  });
});
