// Type tests, checked by `tsc` (npm run typecheck).
import { expectTypeOf } from 'vitest';
import type { StorageLike } from '../acknowledgements/acknowledgement-types';
import type { ReadableStore } from '../store/create-store';
import { createRequestDraftStore, type RequestDraftSnapshot } from './create-request-draft-store';
import {
  createRightsRequestSubmission,
  type RightsRequestSubmissionState,
} from './create-rights-request-submission';
import type { RightsRequestClient, RightsRequestReceipt } from './rights-request-types';

declare const client: RightsRequestClient;
declare const storage: StorageLike;

// Both are stores any framework can read the same way (React's useSelector takes a ReadableStore).
const submission = createRightsRequestSubmission({ client });
expectTypeOf(submission).toMatchTypeOf<ReadableStore<RightsRequestSubmissionState>>();
const draft = createRequestDraftStore({ policyId: 'ctt-privacy', storage });
expectTypeOf(draft).toMatchTypeOf<ReadableStore<RequestDraftSnapshot>>();

// The draft store is the submission's key memory.
createRightsRequestSubmission({ client, keys: draft.keys });
createRequestDraftStore({ policyId: 'p', storage: null });
// @ts-expect-error a draft belongs to one policy
createRequestDraftStore({});
// @ts-expect-error only the form's fields
draft.setField('policyId', 'x');

// The state narrows on `status`: a receipt exists only once sent.
const state = submission.get();
if (state.status === 'sent') expectTypeOf(state.receipt).toEqualTypeOf<RightsRequestReceipt>();
if (state.status === 'failed') expectTypeOf(state.retryable).toEqualTypeOf<boolean>();
// @ts-expect-error no receipt before it is sent
void state.receipt;
