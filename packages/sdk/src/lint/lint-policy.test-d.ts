import { describe, expectTypeOf, it } from 'vitest';
import type { PolicyDocument } from '../document/policy-types';
import { lintPolicy } from './lint-policy';
import type { LintFinding, NoticeRequirement } from './lint-types';

declare const policy: PolicyDocument;

describe('lintPolicy types', () => {
  it('returns findings whose message has both UI languages', () => {
    expectTypeOf(lintPolicy(policy)).toEqualTypeOf<LintFinding[]>();
    expectTypeOf<LintFinding['message']>().toEqualTypeOf<{ en: string; id: string }>();
    expectTypeOf<LintFinding['severity']>().toEqualTypeOf<'error' | 'warning'>();
  });

  it('takes only known jurisdictions and rule ids', () => {
    lintPolicy(policy, { jurisdictions: ['id-pdp'], ignore: ['gdpr/dpoContact'] });
    // @ts-expect-error — not a jurisdiction
    lintPolicy(policy, { jurisdictions: ['ccpa'] });
    // @ts-expect-error — not a rule: contents are camelCase keys of lintStrings
    lintPolicy(policy, { ignore: ['gdpr/dpo-contact'] });
    expectTypeOf<'id-pdp/retention'>().toMatchTypeOf<NoticeRequirement['rule']>();
  });
});
