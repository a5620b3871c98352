import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { createAcknowledgementStore, noticeRecordId, type PolicyDocument } from '@policykit/sdk';
import { PolicyUpdatedDialog } from '@policykit/react';
import { memoryStorage } from '../../../../test/fixtures/memory-storage';

const current: PolicyDocument = {
  schemaVersion: 1,
  id: 'ctt-privacy',
  version: '2024-06-12',
  locale: 'en',
  title: 'Privacy Policy',
  lastUpdated: '2024-06-12',
  sections: [
    { id: 'commitment', title: 'Our commitment', blocks: [] },
    { id: 'sharing', title: 'Sharing', blocks: [{ type: 'paragraph', text: 'We never sell.' }] },
  ],
};

const next: PolicyDocument = {
  ...current,
  version: '2027-01-01',
  lastUpdated: '2026-11-01',
  effectiveDate: '2027-01-01',
  sections: [
    { id: 'commitment', title: 'Our commitment', blocks: [] },
    {
      id: 'sharing',
      title: 'Sharing',
      blocks: [{ type: 'paragraph', text: 'We never sell; we share with auditors.' }],
    },
    { id: 'retention', title: 'Retention', blocks: [] },
  ],
};

const beforeTheDay = new Date('2026-11-22T09:00:00Z');
const onTheDay = new Date('2027-01-01T09:00:00Z');

function storeThatSaw(doc: PolicyDocument) {
  const store = createAcknowledgementStore({ storage: memoryStorage() });
  store.acknowledge(doc);
  return store;
}

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('given an upcoming version whose effective date is still to come', () => {
  it('shows a non-modal notice with the localized date and what changes, and no dialog', async () => {
    render(
      <PolicyUpdatedDialog
        policy={current}
        upcoming={next}
        store={storeThatSaw(current)}
        now={beforeTheDay}
      />,
    );

    const notice = await screen.findByRole('region', {
      name: 'This policy changes on January 1, 2027',
    });
    expect(notice).toHaveTextContent(
      'Version 2027-01-01 of the Privacy Policy applies from that day.',
    );
    expect(within(notice).getByText('What changes (2 sections)')).toBeVisible();
    const items = within(notice).getAllByRole('listitem', { hidden: true });
    expect(items.map((item) => item.textContent)).toEqual(['Updated Sharing', 'New Retention']);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('announces the date through a polite status region', async () => {
    render(
      <PolicyUpdatedDialog
        policy={current}
        upcoming={next}
        store={storeThatSaw(current)}
        now={beforeTheDay}
      />,
    );
    await screen.findByRole('region', { name: /changes on/ });
    expect(screen.getByRole('status')).toHaveTextContent('This policy changes on January 1, 2027');
  });

  it('names the changed sections without links unless told where the new version is', async () => {
    const { unmount } = render(
      <PolicyUpdatedDialog
        policy={current}
        upcoming={next}
        store={storeThatSaw(current)}
        now={beforeTheDay}
      />,
    );
    const notice = await screen.findByRole('region', { name: /changes on/ });
    expect(within(notice).queryAllByRole('link', { hidden: true })).toEqual([]);
    unmount();

    render(
      <PolicyUpdatedDialog
        policy={current}
        upcoming={next}
        store={storeThatSaw(current)}
        now={beforeTheDay}
        upcomingSectionHref="/privacy/next"
      />,
    );
    const linked = await screen.findByRole('region', { name: /changes on/ });
    expect(within(linked).getByRole('link', { name: 'Retention', hidden: true })).toHaveAttribute(
      'href',
      '/privacy/next#retention',
    );
  });

  it('"Got it" records the notice apart from the policy and reports it', async () => {
    const user = userEvent.setup();
    const store = storeThatSaw(current);
    const onAcknowledge = vi.fn();
    render(
      <PolicyUpdatedDialog
        policy={current}
        upcoming={next}
        store={store}
        now={beforeTheDay}
        onAcknowledge={onAcknowledge}
      />,
    );
    const notice = await screen.findByRole('region', { name: /changes on/ });
    await user.click(within(notice).getByRole('button', { name: 'Got it' }));

    expect(screen.queryByRole('region', { name: /changes on/ })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(onAcknowledge).toHaveBeenCalledWith(
      expect.objectContaining({ policyId: noticeRecordId('ctt-privacy'), version: '2027-01-01' }),
    );
    // The version in force is still the acknowledged one.
    expect(store.get('ctt-privacy')?.version).toBe('2024-06-12');
  });

  it('speaks Indonesian for an Indonesian policy', async () => {
    const id = { ...current, locale: 'id-ID', title: 'Kebijakan Privasi' };
    render(
      <PolicyUpdatedDialog
        policy={id}
        upcoming={{ ...next, locale: 'id-ID', title: 'Kebijakan Privasi' }}
        store={storeThatSaw(id)}
        now={beforeTheDay}
      />,
    );
    const notice = await screen.findByRole('region', {
      name: 'Kebijakan ini akan berubah pada 1 Januari 2027',
    });
    expect(within(notice).getByRole('button', { name: 'Saya mengerti' })).toBeVisible();
    expect(within(notice).getByText('Apa saja yang berubah (2 bagian)')).toBeVisible();
  });

  it('renders only an empty status region on the server (the clock is read after hydration)', () => {
    const html = renderToString(
      <PolicyUpdatedDialog
        policy={current}
        upcoming={next}
        store={storeThatSaw(current)}
        now={beforeTheDay}
      />,
    );
    expect(html).toBe('<div class="pk-UpcomingChangeNotice-live" role="status"></div>');
  });
});

describe('given the effective date has come', () => {
  it('asks about the new version in the dialog, listing what changed since the old one', async () => {
    render(
      <PolicyUpdatedDialog
        policy={current}
        upcoming={next}
        store={storeThatSaw(current)}
        now={onTheDay}
      />,
    );
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Version 2027-01-01');
    expect(within(dialog).getByRole('link', { name: 'Retention' })).toHaveAttribute(
      'href',
      '#retention',
    );
    expect(screen.queryByRole('region', { name: /changes on/ })).toBeNull();
  });

  it('does not ask someone who acknowledged the notice beforehand', async () => {
    const user = userEvent.setup();
    const store = storeThatSaw(current);
    const { rerender } = render(
      <PolicyUpdatedDialog policy={current} upcoming={next} store={store} now={beforeTheDay} />,
    );
    await user.click(await screen.findByRole('button', { name: 'Got it' }));

    rerender(<PolicyUpdatedDialog policy={current} upcoming={next} store={store} now={onTheDay} />);
    await act(async () => {});
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('starts the day at midnight in the given time zone', async () => {
    // 18:00 UTC on 31 December is already 01:00 on 1 January in Jakarta (UTC+7).
    const lateOnNewYearsEve = new Date('2026-12-31T18:00:00Z');
    const { unmount } = render(
      <PolicyUpdatedDialog
        policy={current}
        upcoming={next}
        store={storeThatSaw(current)}
        now={lateOnNewYearsEve}
      />,
    );
    expect(await screen.findByRole('region', { name: /changes on/ })).toBeVisible();
    unmount();

    render(
      <PolicyUpdatedDialog
        policy={current}
        upcoming={next}
        store={storeThatSaw(current)}
        now={lateOnNewYearsEve}
        timeZone="Asia/Jakarta"
      />,
    );
    expect(await screen.findByRole('alertdialog')).toHaveTextContent('Version 2027-01-01');
  });
});

describe('given an upcoming version of another policy', () => {
  it('logs the configuration error and carries on with the policy in force', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <PolicyUpdatedDialog
        policy={current}
        upcoming={{ ...next, id: 'other-policy' }}
        store={createAcknowledgementStore({ storage: memoryStorage() })}
        now={beforeTheDay}
      />,
    );
    expect(await screen.findByRole('alertdialog')).toHaveTextContent('Version 2024-06-12');
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'PolicyChangeNoticeError' }),
    );
    expect(screen.queryByRole('region', { name: /changes on/ })).toBeNull();
  });
});
