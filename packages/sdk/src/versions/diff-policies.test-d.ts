// Type tests, checked by `tsc` (npm run typecheck).
import { expectTypeOf } from 'vitest';
import { diffPolicies, type SectionChange } from './diff-policies';
import type { PolicyDocument } from '../document/policy-types';
import { createSearchIndex, searchPolicy, type PolicySearchResult } from '../text/search-policy';

declare const doc: PolicyDocument;

// SPEC.md fixes the change names.
expectTypeOf<SectionChange>().toEqualTypeOf<'added' | 'removed' | 'modified' | 'unchanged'>();
const diff = diffPolicies(doc, doc);
expectTypeOf(diff.changed).toEqualTypeOf<boolean>();
expectTypeOf(diff.sections[0]!).toMatchTypeOf<{
  id: string;
  title: string;
  change: SectionChange;
}>();

// searchPolicy takes a document or a prepared index, and its results carry SPEC's keys.
expectTypeOf(searchPolicy(doc, 'x')).toEqualTypeOf<PolicySearchResult[]>();
expectTypeOf(searchPolicy(createSearchIndex(doc), 'x')).toEqualTypeOf<PolicySearchResult[]>();
expectTypeOf<PolicySearchResult>().toMatchTypeOf<{ sectionId: string; snippet: string }>();
// @ts-expect-error a query is a string
searchPolicy(doc, 42);
