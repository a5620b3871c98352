// The one state primitive every stateful PolicyKit object is built on.
export { createStore } from './create-store';
export type { ReadableStore, Store, StoreListener, StoreOptions } from './create-store';
