import type { PolicyDocument } from '../document/policy-types';
import { createStore, type ReadableStore, type Store } from '../store/create-store';
import type {
  AcknowledgementRecord,
  AcknowledgementStore,
  StorageLike,
} from './acknowledgement-types';
import { acknowledgementDue } from './policy-change-notice';

/**
 * How insistent the prompt is: `blocking` asks until the person acknowledges; `dismissible`
 * may be put off ("remind me later") for the browser session.
 *
 * @example
 * const mode: PolicyPromptMode = 'dismissible';
 */
export type PolicyPromptMode = 'blocking' | 'dismissible';

/**
 * The prompt's per-session flags for one policy version.
 *
 * @example
 * const { snoozed, reviewing } = prompt.get();
 */
export interface PolicyPromptFlags {
  /** The person asked to be reminded later (counts in `dismissible` mode only). */
  snoozed: boolean;
  /**
   * They followed a link to a changed section: the review bar is shown, not the modal over
   * the text they came to read (also on the next page of the session, e.g. `/privacy#section`).
   */
  reviewing: boolean;
}

/**
 * What to show: nothing, the modal, or the compact review bar (the prompt stays until answered).
 *
 * @example
 * const status: PolicyPromptStatus = prompt.status(); // 'modal'
 */
export type PolicyPromptStatus = 'none' | 'modal' | 'review-bar';

/**
 * Options of {@link createPolicyPromptState}.
 *
 * @example
 * const options: PolicyPromptStateOptions = { policy, acknowledgements: store, mode: 'dismissible' };
 */
export interface PolicyPromptStateOptions {
  /** The version in force: the one the person is asked to acknowledge. */
  policy: PolicyDocument;
  /** Where acknowledgements live (`createAcknowledgementStore()`). */
  acknowledgements: AcknowledgementStore;
  /** Default `blocking`. */
  mode?: PolicyPromptMode | undefined;
  /**
   * Where the flags are kept for the session. Default `window.sessionStorage`, looked up on
   * each use; `null`: memory only (for the life of the page).
   */
  storage?: StorageLike | null | undefined;
}

/**
 * The prompt of a changed policy: a store of {@link PolicyPromptFlags} and the moves the person
 * can make.
 *
 * @example
 * const prompt: PolicyPromptState = createPolicyPromptState({ policy, acknowledgements: store });
 */
export interface PolicyPromptState extends ReadableStore<PolicyPromptFlags> {
  readonly mode: PolicyPromptMode;
  /** `mode === 'dismissible'`: Escape, an outside click and "remind me later" put it off. */
  readonly dismissible: boolean;
  /**
   * What to show, from `needsAcknowledgement` (default: `acknowledgementDue(acknowledgements,
   * policy)` now — pass `false` while the acknowledgement storage has not been read yet, since
   * "unknown" must never prompt) and the flags (default: the current ones).
   */
  status(needsAcknowledgement?: boolean, flags?: PolicyPromptFlags): PolicyPromptStatus;
  /** Records the acknowledgement of `policy` (never throws) and ends any review. */
  acknowledge(): AcknowledgementRecord;
  /** "Remind me later" (and Escape, an outside click): puts it off for the session. Ignored when blocking. */
  remindLater(): void;
  /** A link to a changed section was followed: the modal gives way to the review bar. */
  review(): void;
  /** "Back to the summary" from the review bar: the modal again. */
  backToPrompt(): void;
}

type FlagName = 'remind-later' | 'reviewing';

// A flag that storage refused, held for the life of the page (as session storage would hold
// it): a reminder then comes back on the next page load, the safe direction to fail in. Page-
// wide, like the storage itself, so every prompt of the same version agrees.
const heldInMemory = /* @__PURE__ */ new Map<string, boolean>();
// Bumped on every write, so prompts of the same page (two components) hear each other's writes.
const pageWrites = /* @__PURE__ */ createStore(0);

const keyFor = (flag: FlagName, policy: Pick<PolicyDocument, 'id' | 'version'>) =>
  `policykit:${flag}:${policy.id}:${policy.version}`;

function sessionStore(): StorageLike | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined; // Reading the property itself throws when storage is blocked.
  }
}

const sameFlags = (a: PolicyPromptFlags, b: PolicyPromptFlags) =>
  a.snoozed === b.snoozed && a.reviewing === b.reviewing;

/**
 * The rules of the "this policy has changed" prompt, framework-free: what `<PolicyUpdatedDialog>`
 * runs, and what a Vue or plain-DOM prompt can run the same way.
 *
 * - It prompts while `acknowledgementDue` (this version not acknowledged, nor its notice
 *   before it took effect) — unless dismissible and put off for this session.
 * - Following a link to a changed section swaps the modal for a review bar, for the rest of
 *   the session's pages, until the person acknowledges, goes back, or puts it off.
 * - The flags are per policy id *and* version, in session storage (`policykit:remind-later:
 *   <id>:<version>`, `policykit:reviewing:<id>:<version>`): they end with the tab, and a newer
 *   version asks again at once. Storage that is missing or throws (Safari private mode,
 *   sandboxed iframes, a full quota) never breaks it: the flag is then held in memory.
 *
 * Storage is read on first use, not on creation (a component may create it while rendering
 * on the server).
 *
 * @example
 * const prompt = createPolicyPromptState({ policy, acknowledgements: store, mode: 'dismissible' });
 * const render = () => {
 *   const status = prompt.status();
 *   dialog.hidden = status !== 'modal';
 *   reviewBar.hidden = status !== 'review-bar';
 * };
 * prompt.subscribe(render);
 * store.subscribe(render);
 * render();
 * remindButton.onclick = () => prompt.remindLater();
 * acknowledgeButton.onclick = () => audit.log(prompt.acknowledge());
 */
export function createPolicyPromptState(options: PolicyPromptStateOptions): PolicyPromptState {
  const { policy, acknowledgements } = options;
  const mode: PolicyPromptMode = options.mode === 'dismissible' ? 'dismissible' : 'blocking';
  const dismissible = mode === 'dismissible';
  const keys = { snoozed: keyFor('remind-later', policy), reviewing: keyFor('reviewing', policy) };
  const storage = (): StorageLike | null | undefined =>
    options.storage === undefined ? sessionStore() : options.storage;

  const read = (key: string): boolean => {
    const held = heldInMemory.get(key);
    if (held !== undefined) return held;
    try {
      return storage()?.getItem(key) === '1';
    } catch {
      return false;
    }
  };
  const readFlags = (): PolicyPromptFlags => ({
    snoozed: read(keys.snoozed),
    reviewing: read(keys.reviewing),
  });

  // Made on first use (see above); nobody saw a value before, so nothing is announced.
  let state: Store<PolicyPromptFlags> | undefined;
  const flags = (): Store<PolicyPromptFlags> =>
    (state ??= createStore(readFlags(), { isEqual: sameFlags }));

  const write = (key: string, on: boolean): void => {
    try {
      const target = storage();
      if (!target) throw new Error('no session storage');
      if (on) target.setItem(key, '1');
      else if (typeof target.removeItem === 'function') target.removeItem(key);
      else target.setItem(key, '0');
      heldInMemory.delete(key);
    } catch {
      heldInMemory.set(key, on);
    }
  };
  const change = (next: Partial<PolicyPromptFlags>): void => {
    if (next.snoozed !== undefined) write(keys.snoozed, next.snoozed);
    if (next.reviewing !== undefined) write(keys.reviewing, next.reviewing);
    flags().set(readFlags());
    pageWrites.set((n) => n + 1);
  };

  return {
    mode,
    dismissible,
    get: () => flags().get(),
    subscribe(listener) {
      const own = flags().subscribe(listener);
      const peers = pageWrites.subscribe(() => flags().set(readFlags()));
      return () => {
        own();
        peers();
      };
    },
    status(needsAcknowledgement, current) {
      const needed = needsAcknowledgement ?? acknowledgementDue(acknowledgements, policy);
      if (!needed) return 'none';
      const { snoozed, reviewing } = current ?? flags().get();
      if (dismissible && snoozed) return 'none';
      return reviewing ? 'review-bar' : 'modal';
    },
    acknowledge() {
      const record = acknowledgements.acknowledge(policy);
      change({ reviewing: false });
      return record;
    },
    remindLater() {
      if (!dismissible) return;
      change({ reviewing: false, snoozed: true });
    },
    review() {
      change({ reviewing: true });
    },
    backToPrompt() {
      change({ reviewing: false });
    },
  };
}
