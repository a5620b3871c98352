// Type tests, checked by `tsc` (npm run typecheck).
import { expectTypeOf } from 'vitest';
import type { PolicyDocument } from '../document/policy-types';
import type { ReadableStore } from '../store/create-store';
import type { AcknowledgementRecord, AcknowledgementStore } from './acknowledgement-types';
import {
  createPolicyPromptState,
  type PolicyPromptFlags,
  type PolicyPromptStatus,
} from './create-policy-prompt-state';

declare const policy: PolicyDocument;
declare const acknowledgements: AcknowledgementStore;

const prompt = createPolicyPromptState({ policy, acknowledgements, mode: 'dismissible' });
expectTypeOf(prompt).toMatchTypeOf<ReadableStore<PolicyPromptFlags>>();
expectTypeOf(prompt.status()).toEqualTypeOf<PolicyPromptStatus>();
expectTypeOf(prompt.acknowledge()).toEqualTypeOf<AcknowledgementRecord>();
// @ts-expect-error the prompt records acknowledgements, so it needs the store
createPolicyPromptState({ policy });
// @ts-expect-error two modes only
createPolicyPromptState({ policy, acknowledgements, mode: 'never' });
