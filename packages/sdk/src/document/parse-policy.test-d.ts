// Type tests, checked by `tsc` (npm run typecheck).
import type * as v from 'valibot';
import { expectTypeOf } from 'vitest';
import { parsePolicy, safeParsePolicy } from './parse-policy';
import type { PolicySchemas, SchemaMatchesTypes } from './policy-schema';
import type { PolicyDocument, PolicyIssue } from './policy-types';

expectTypeOf(parsePolicy).parameter(0).toBeUnknown();
expectTypeOf(parsePolicy).returns.toEqualTypeOf<PolicyDocument>();

const result = safeParsePolicy({});
if (result.success) expectTypeOf(result.data).toEqualTypeOf<PolicyDocument>();
else expectTypeOf(result.issues).toEqualTypeOf<PolicyIssue[]>();

// The schema's output is the public interface, not a look-alike.
expectTypeOf<v.InferOutput<PolicySchemas['document']>>().toEqualTypeOf<PolicyDocument>();
// Every per-object proof in policy-schema.ts holds.
expectTypeOf<SchemaMatchesTypes[number]>().toEqualTypeOf<true>();
