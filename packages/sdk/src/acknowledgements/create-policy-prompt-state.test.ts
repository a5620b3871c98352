import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../../../test/fixtures/memory-storage';
import type { PolicyDocument } from '../document/policy-types';
import { createAcknowledgementStore } from './acknowledgement-store';
import { createPolicyPromptState } from './create-policy-prompt-state';
import { acknowledgeUpcomingNotice } from './policy-change-notice';

// Each test its own policy id: a flag storage refused is held for the life of the page.
let n = 0;
let policy: PolicyDocument;
let session: ReturnType<typeof memoryStorage>;
beforeEach(() => {
  n += 1;
  policy = {
    id: `prompt-${n}`,
    version: '2.0',
    locale: 'en-GB',
    title: 'Privacy Policy',
    lastUpdated: '2025-09-30',
    sections: [{ id: 'data', title: 'Data', body: [] }],
  } as unknown as PolicyDocument;
  // Plain Node: the browser's window.sessionStorage is a stand-in each test starts afresh with.
  session = memoryStorage();
  vi.stubGlobal('window', { sessionStorage: session });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const acknowledgements = () => createAcknowledgementStore({ storage: memoryStorage() });

describe('given a policy that was never acknowledged', () => {
  describe('in blocking mode (the default)', () => {
    it('shows the modal, and "remind me later" does not put it off', () => {
      const prompt = createPolicyPromptState({ policy, acknowledgements: acknowledgements() });
      expect(prompt.mode).toBe('blocking');
      expect(prompt.dismissible).toBe(false);
      expect(prompt.status()).toBe('modal');
      prompt.remindLater();
      expect(prompt.status()).toBe('modal');
      expect(session.data.size).toBe(0);
    });
  });

  describe('in dismissible mode', () => {
    it('puts the prompt off for the session with "remind me later"', () => {
      const prompt = createPolicyPromptState({
        policy,
        acknowledgements: acknowledgements(),
        mode: 'dismissible',
      });
      prompt.remindLater();
      expect(prompt.status()).toBe('none');
      expect(session.getItem(`policykit:remind-later:${policy.id}:2.0`)).toBe('1');
      // Another page of the same session
      const next = createPolicyPromptState({
        policy,
        acknowledgements: acknowledgements(),
        mode: 'dismissible',
      });
      expect(next.status()).toBe('none');
    });

    it('asks again at once for a newer version', () => {
      const store = acknowledgements();
      createPolicyPromptState({
        policy,
        acknowledgements: store,
        mode: 'dismissible',
      }).remindLater();
      const newer = { ...policy, version: '3.0' };
      expect(
        createPolicyPromptState({
          policy: newer,
          acknowledgements: store,
          mode: 'dismissible',
        }).status(),
      ).toBe('modal');
    });

    it('prompts again in blocking mode even when put off before', () => {
      const store = acknowledgements();
      createPolicyPromptState({
        policy,
        acknowledgements: store,
        mode: 'dismissible',
      }).remindLater();
      expect(createPolicyPromptState({ policy, acknowledgements: store }).status()).toBe('modal');
    });
  });

  describe('when a link to a changed section is followed', () => {
    it('swaps the modal for the review bar, for this session, until the person goes back', () => {
      const prompt = createPolicyPromptState({ policy, acknowledgements: acknowledgements() });
      prompt.review();
      expect(prompt.status()).toBe('review-bar');
      expect(
        createPolicyPromptState({ policy, acknowledgements: acknowledgements() }).status(),
      ).toBe('review-bar');
      prompt.backToPrompt();
      expect(prompt.status()).toBe('modal');
    });

    it('ends the review with "remind me later" (dismissible)', () => {
      const prompt = createPolicyPromptState({
        policy,
        acknowledgements: acknowledgements(),
        mode: 'dismissible',
      });
      prompt.review();
      prompt.remindLater();
      expect(prompt.get()).toEqual({ snoozed: true, reviewing: false });
    });
  });

  describe('when the person acknowledges', () => {
    it('records it in the store, ends the review, and prompts no more', () => {
      const store = acknowledgements();
      const prompt = createPolicyPromptState({ policy, acknowledgements: store });
      prompt.review();
      const record = prompt.acknowledge();
      expect(record).toMatchObject({ policyId: policy.id, version: '2.0', locale: 'en-GB' });
      expect(store.get(policy.id)).toEqual(record);
      expect(prompt.get().reviewing).toBe(false);
      expect(prompt.status()).toBe('none');
    });
  });
});

describe('given what the host knows about the acknowledgement', () => {
  it('never prompts while it is unknown (storage not read yet): status(false)', () => {
    const prompt = createPolicyPromptState({ policy, acknowledgements: acknowledgements() });
    expect(prompt.status(false)).toBe('none');
    expect(prompt.status(true)).toBe('modal');
  });

  it('does not prompt for a version whose upcoming notice was acknowledged before it took effect', () => {
    const store = acknowledgements();
    acknowledgeUpcomingNotice(store, policy);
    expect(createPolicyPromptState({ policy, acknowledgements: store }).status()).toBe('none');
  });

  it('derives the status from flags it is given (a selector of a snapshot)', () => {
    const prompt = createPolicyPromptState({
      policy,
      acknowledgements: acknowledgements(),
      mode: 'dismissible',
    });
    expect(prompt.status(true, { snoozed: false, reviewing: true })).toBe('review-bar');
    expect(prompt.status(true, { snoozed: true, reviewing: true })).toBe('none');
  });
});

describe('given subscribers', () => {
  it('tells them of each change of the flags, and nothing for a change that is none', () => {
    const prompt = createPolicyPromptState({ policy, acknowledgements: acknowledgements() });
    const listener = vi.fn();
    const stop = prompt.subscribe(listener);
    prompt.review();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0]).toEqual({ snoozed: false, reviewing: true });
    prompt.review();
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    prompt.backToPrompt();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps two prompts of the same version on one page in step', () => {
    const store = acknowledgements();
    const one = createPolicyPromptState({ policy, acknowledgements: store });
    const two = createPolicyPromptState({ policy, acknowledgements: store });
    const listener = vi.fn();
    two.subscribe(listener);
    one.review();
    expect(two.get().reviewing).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps the snapshot the same object until something changes', () => {
    const prompt = createPolicyPromptState({ policy, acknowledgements: acknowledgements() });
    expect(prompt.get()).toBe(prompt.get());
  });
});

describe('given session storage', () => {
  it('reads none on creation, only on first use (a server render may create it)', () => {
    const getItem = vi.fn(() => null);
    const prompt = createPolicyPromptState({
      policy,
      acknowledgements: acknowledgements(),
      storage: { getItem, setItem: () => {} },
    });
    expect(getItem).not.toHaveBeenCalled();
    prompt.get();
    expect(getItem).toHaveBeenCalled();
  });

  it('still puts the prompt off when storage throws, and holds that for the life of the page', () => {
    vi.spyOn(session, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const store = acknowledgements();
    const prompt = createPolicyPromptState({
      policy,
      acknowledgements: store,
      mode: 'dismissible',
    });
    prompt.remindLater();
    expect(prompt.status()).toBe('none');
    expect(
      createPolicyPromptState({ policy, acknowledgements: store, mode: 'dismissible' }).status(),
    ).toBe('none');
  });

  it('survives reading window.sessionStorage throwing', () => {
    vi.stubGlobal('window', {
      get sessionStorage() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const prompt = createPolicyPromptState({
      policy,
      acknowledgements: acknowledgements(),
      mode: 'dismissible',
    });
    expect(prompt.status()).toBe('modal');
    prompt.remindLater();
    expect(prompt.status()).toBe('none');
  });

  it('works on a server (no window): flags in memory, nothing thrown', () => {
    vi.unstubAllGlobals();
    expect(typeof window).toBe('undefined');
    const prompt = createPolicyPromptState({
      policy,
      acknowledgements: acknowledgements(),
      mode: 'dismissible',
    });
    expect(prompt.status()).toBe('modal');
    prompt.remindLater();
    expect(prompt.status()).toBe('none');
  });

  it('reads a flag only as "1" (anything else a hostile storage holds is off)', () => {
    const storage = memoryStorage();
    storage.setItem(`policykit:reviewing:${policy.id}:2.0`, 'true');
    const prompt = createPolicyPromptState({
      policy,
      acknowledgements: acknowledgements(),
      storage,
    });
    expect(prompt.get().reviewing).toBe(false);
  });

  it('keeps flags in memory only with storage: null', () => {
    const prompt = createPolicyPromptState({
      policy,
      acknowledgements: acknowledgements(),
      storage: null,
    });
    prompt.review();
    expect(prompt.status()).toBe('review-bar');
    expect(session.data.size).toBe(0);
  });
});
