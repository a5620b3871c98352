// Type tests, checked by `tsc` (npm run typecheck).
import { expectTypeOf } from 'vitest';
import { createAcknowledgementStore } from './acknowledgement-store';
import type { AcknowledgementRecord, AcknowledgementStore } from './acknowledgement-types';
import type { PolicyDocument } from '../document/policy-types';

// The store is the shared interface the React package programs against.
expectTypeOf(createAcknowledgementStore()).toMatchTypeOf<AcknowledgementStore>();
declare const doc: PolicyDocument;
expectTypeOf(createAcknowledgementStore().acknowledge(doc)).toEqualTypeOf<AcknowledgementRecord>();
expectTypeOf(createAcknowledgementStore().flush()).toEqualTypeOf<Promise<void>>();

// Storage: Storage itself, an async adapter, or nothing.
createAcknowledgementStore({ storage: window.localStorage });
createAcknowledgementStore({ storage: { get: async () => null, set: async () => {} } });
// @ts-expect-error a plain object is neither kind of storage
createAcknowledgementStore({ storage: {} });
