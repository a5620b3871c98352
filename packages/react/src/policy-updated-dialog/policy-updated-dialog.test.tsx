import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import {
  createAcknowledgementStore,
  type AcknowledgementStore,
  type PolicyDocument,
  type StorageLike,
} from '@policykit/sdk';
import { PolicyKitProvider, PolicyUpdatedDialog } from '@policykit/react';
import { memoryStorage } from '../../../../test/fixtures/memory-storage';

const v1: PolicyDocument = {
  schemaVersion: 1,
  id: 'acme-privacy',
  version: '1',
  locale: 'en',
  title: 'Privacy Policy',
  lastUpdated: '2024-06-12',
  sections: [
    { id: 'data-we-collect', title: 'Data we collect', blocks: [] },
    { id: 'cookies', title: 'Cookies', blocks: [{ type: 'paragraph', text: 'We use cookies.' }] },
    { id: 'fax', title: 'Fax requests', blocks: [] },
  ],
};

const v2: PolicyDocument = {
  ...v1,
  version: '2',
  lastUpdated: '2025-09-30',
  sections: [
    { id: 'data-we-collect', title: 'Data we collect', blocks: [] },
    {
      id: 'cookies',
      title: 'Cookies',
      blocks: [{ type: 'paragraph', text: 'We use no cookies.' }],
    },
    { id: 'ai', title: 'Automated decisions', blocks: [] },
  ],
};

const v2Indonesian: PolicyDocument = {
  ...v2,
  locale: 'id-ID',
  title: 'Kebijakan Privasi',
  sections: [
    { id: 'data-we-collect', title: 'Data yang kami kumpulkan', blocks: [] },
    {
      id: 'cookies',
      title: 'Cookie',
      blocks: [{ type: 'paragraph', text: 'Kami tidak memakai cookie.' }],
    },
    { id: 'ai', title: 'Keputusan otomatis', blocks: [] },
  ],
};

/** A store that already holds an acknowledgement of `doc`. */
function storeThatSaw(doc: PolicyDocument): AcknowledgementStore {
  const store = createAcknowledgementStore({ storage: memoryStorage() });
  store.acknowledge(doc);
  return store;
}

beforeEach(() => {
  sessionStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('given a person who never acknowledged the policy', () => {
  it('opens a blocking alertdialog titled and described, with version and localized date', async () => {
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    render(<PolicyUpdatedDialog policy={v1} store={store} />);

    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveAccessibleName('Please read our Privacy Policy');
    expect(dialog).toHaveAccessibleDescription('Please read it, then acknowledge it to continue.');
    expect(dialog).toHaveTextContent('Version 1');
    expect(dialog).toHaveTextContent(/Last updated June 12, 2024/);
    expect(within(dialog).queryByRole('button', { name: 'Remind me later' })).toBeNull();
  });

  it('lists no changes even when a previous version is given (there is nothing to compare with)', async () => {
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    render(<PolicyUpdatedDialog policy={v2} previous={v1} store={store} />);

    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).queryByRole('heading', { name: 'What changed' })).toBeNull();
  });

  it('touches no storage in the first client render (only after it)', async () => {
    const reads: string[] = [];
    const storage: StorageLike = {
      getItem: (key) => {
        reads.push(key);
        return null;
      },
      setItem: () => {},
    };
    const sessionRead = vi.spyOn(Storage.prototype, 'getItem');
    const seenInFirstRender: number[] = [];
    // Rendered right after the dialog in the same pass: what it sees is what the dialog did.
    function Probe() {
      if (seenInFirstRender.length === 0) {
        seenInFirstRender.push(reads.length + sessionRead.mock.calls.length);
      }
      return null;
    }
    render(
      <>
        <PolicyUpdatedDialog
          policy={v1}
          store={createAcknowledgementStore({ storage })}
          mode="dismissible"
        />
        <Probe />
      </>,
    );

    expect(seenInFirstRender).toEqual([0]);
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    expect(reads).toContain('policykit:ack:acme-privacy');
    expect(sessionRead).toHaveBeenCalled();
  });

  it('renders nothing on the server, whatever the storage says', () => {
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    const html = renderToString(<PolicyUpdatedDialog policy={v1} store={store} />);
    expect(html).not.toContain('Privacy Policy');
  });
});

describe('given a person who acknowledged this very version', () => {
  it('stays closed and never reports an open change', async () => {
    const store = storeThatSaw(v2);
    const onOpenChange = vi.fn();
    render(
      <PolicyUpdatedDialog policy={v2} previous={v1} store={store} onOpenChange={onOpenChange} />,
    );

    await act(async () => {}); // let the storage read settle
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onOpenChange).not.toHaveBeenCalled();
  });
});

describe('given a person who acknowledged the previous version', () => {
  it('says the policy was updated and lists each changed section with a translated label', async () => {
    render(<PolicyUpdatedDialog policy={v2} previous={v1} store={storeThatSaw(v1)} />);

    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveAccessibleName('Our Privacy Policy has been updated');
    const changes = within(dialog).getByRole('group', { name: 'What changed' });
    const items = within(changes).getAllByRole('listitem');
    expect(items.map((item) => [item.dataset.change, item.textContent])).toEqual([
      ['modified', 'Updated Cookies'],
      // Removed sections stay where they stood in the previous version.
      ['removed', 'Removed Fax requests'],
      ['added', 'New Automated decisions'],
    ]);
  });

  it('links added and modified sections to #section-id and leaves removed ones unlinked', async () => {
    render(<PolicyUpdatedDialog policy={v2} previous={v1} store={storeThatSaw(v1)} />);

    const dialog = await screen.findByRole('alertdialog');
    const cookies = within(dialog).getByRole('link', { name: 'Cookies' });
    expect(cookies).toHaveAttribute('href', '#cookies');
    // In this frame, whatever <base target> the page declares.
    expect(cookies).toHaveAttribute('target', '_self');
    expect(within(dialog).getByRole('link', { name: 'Automated decisions' })).toHaveAttribute(
      'href',
      '#ai',
    );
    expect(within(dialog).queryByRole('link', { name: 'Fax requests' })).toBeNull();
  });

  it('builds section links from a base URL or a function', async () => {
    const { unmount } = render(
      <PolicyUpdatedDialog
        policy={v2}
        previous={v1}
        store={storeThatSaw(v1)}
        sectionHref="/privacy"
      />,
    );
    expect(await screen.findByRole('link', { name: 'Cookies' })).toHaveAttribute(
      'href',
      '/privacy#cookies',
    );
    unmount();

    render(
      <PolicyUpdatedDialog
        policy={v2}
        previous={v1}
        store={storeThatSaw(v1)}
        sectionHref={(id) => `/legal/privacy?section=${id}`}
      />,
    );
    expect(await screen.findByRole('link', { name: 'Cookies' })).toHaveAttribute(
      'href',
      '/legal/privacy?section=cookies',
    );
  });

  it('says so when only details outside the sections changed', async () => {
    const contactOnly: PolicyDocument = {
      ...v1,
      version: '1.1',
      contact: { email: 'dpo@acme.test' },
    };
    render(<PolicyUpdatedDialog policy={contactOnly} previous={v1} store={storeThatSaw(v1)} />);

    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent(
      'No section changed; details outside the sections (such as contact details or your rights) did.',
    );
  });

  it('says so when only the version moved', async () => {
    const renumbered: PolicyDocument = { ...v1, version: '1.0.1' };
    render(<PolicyUpdatedDialog policy={renumbered} previous={v1} store={storeThatSaw(v1)} />);

    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('The content did not change; only the version was updated.');
  });
});

describe('given a link to a changed section on another page is followed', () => {
  it('shows that page the review bar instead of the modal, for the rest of the session', async () => {
    const user = userEvent.setup();
    const store = storeThatSaw(v1);
    // jsdom cannot navigate; stand in for the browser leaving this page.
    const stayHere = (event: Event) => event.preventDefault();
    document.addEventListener('click', stayHere);
    const dashboard = render(
      <PolicyUpdatedDialog policy={v2} previous={v1} store={store} sectionHref="/privacy" />,
    );
    await user.click(await screen.findByRole('link', { name: 'Cookies' }));
    document.removeEventListener('click', stayHere);
    dashboard.unmount();

    // The /privacy page renders the dialog too.
    render(<PolicyUpdatedDialog policy={v2} previous={v1} store={store} sectionHref="/privacy" />);
    const bar = await screen.findByRole('region', {
      name: 'Reviewing the changes to Privacy Policy',
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();

    await user.click(within(bar).getByRole('button', { name: 'Back to the changes' }));
    expect(await screen.findByRole('alertdialog')).toBeInTheDocument();
  });
});

describe('given the acknowledge button is pressed', () => {
  it('records the version and locale, reports the record, and closes', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const store = createAcknowledgementStore({ storage });
    const onAcknowledge = vi.fn();
    const onOpenChange = vi.fn();
    render(
      <PolicyUpdatedDialog
        policy={v1}
        store={store}
        onAcknowledge={onAcknowledge}
        onOpenChange={onOpenChange}
      />,
    );

    await user.click(await screen.findByRole('button', { name: 'Acknowledge' }));

    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onAcknowledge).toHaveBeenCalledTimes(1);
    expect(onAcknowledge).toHaveBeenCalledWith(
      expect.objectContaining({ policyId: 'acme-privacy', version: '1', locale: 'en' }),
    );
    expect(store.get('acme-privacy')).toEqual(onAcknowledge.mock.calls[0]?.[0]);
    expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
  });

  it('fires both callbacks again when a newer version is acknowledged (re-acceptance)', async () => {
    const user = userEvent.setup();
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    const onAcknowledge = vi.fn();
    const onOpenChange = vi.fn();
    const { rerender } = render(
      <PolicyUpdatedDialog
        policy={v1}
        store={store}
        onAcknowledge={onAcknowledge}
        onOpenChange={onOpenChange}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Acknowledge' }));

    rerender(
      <PolicyUpdatedDialog
        policy={v2}
        previous={v1}
        store={store}
        onAcknowledge={onAcknowledge}
        onOpenChange={onOpenChange}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Acknowledge' }));

    expect(onAcknowledge.mock.calls.map(([record]) => record.version)).toEqual(['1', '2']);
    expect(onOpenChange.mock.calls).toEqual([[true], [false], [true], [false]]);
    expect(store.needsAcknowledgement(v2)).toBe(false);
  });
});

describe('given mode="dismissible"', () => {
  it('is an ordinary dialog offering "Remind me later"', async () => {
    render(
      <PolicyUpdatedDialog
        policy={v1}
        store={storeThatSaw({ ...v1, version: '0' })}
        mode="dismissible"
      />,
    );

    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveAccessibleDescription(
      'Please review what changed, then acknowledge it now or ask to be reminded later.',
    );
    expect(within(dialog).getByRole('button', { name: 'Remind me later' })).toBeVisible();
  });

  it('"Remind me later" closes without recording, for the rest of the session only', async () => {
    const user = userEvent.setup();
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    const onAcknowledge = vi.fn();
    const { unmount } = render(
      <PolicyUpdatedDialog
        policy={v1}
        store={store}
        mode="dismissible"
        onAcknowledge={onAcknowledge}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Remind me later' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onAcknowledge).not.toHaveBeenCalled();
    expect(store.needsAcknowledgement(v1)).toBe(true);

    // Another page of the same session: still put off.
    unmount();
    render(<PolicyUpdatedDialog policy={v1} store={store} mode="dismissible" />);
    await act(async () => {});
    expect(screen.queryByRole('dialog')).toBeNull();

    // A new session (sessionStorage is per session): asked again.
    sessionStorage.clear();
    render(<PolicyUpdatedDialog policy={v1} store={store} mode="dismissible" />);
    expect(await screen.findByRole('dialog')).toBeVisible();
  });

  it('asks again at once for a newer version, even after "Remind me later"', async () => {
    const user = userEvent.setup();
    const store = storeThatSaw(v1);
    const { rerender } = render(
      <PolicyUpdatedDialog policy={{ ...v1, version: '1.5' }} store={store} mode="dismissible" />,
    );
    await user.click(await screen.findByRole('button', { name: 'Remind me later' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    rerender(<PolicyUpdatedDialog policy={v2} previous={v1} store={store} mode="dismissible" />);
    expect(await screen.findByRole('dialog')).toBeVisible();
  });

  it('still puts the prompt off when sessionStorage throws', async () => {
    const user = userEvent.setup();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const doc = { ...v1, id: 'session-storage-broken' };
    render(
      <PolicyUpdatedDialog
        policy={doc}
        store={createAcknowledgementStore({ storage: memoryStorage() })}
        mode="dismissible"
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Remind me later' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('given an Indonesian document and no provider', () => {
  it('speaks Indonesian and formats dates the Indonesian way', async () => {
    render(<PolicyUpdatedDialog policy={v2Indonesian} previous={v1} store={storeThatSaw(v1)} />);

    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveAccessibleName('Kebijakan Privasi kami telah diperbarui');
    expect(dialog).toHaveTextContent('Terakhir diperbarui 30 September 2025');
    expect(within(dialog).getByRole('group', { name: 'Yang berubah' })).toHaveTextContent(
      'Diperbarui',
    );
    expect(within(dialog).getByRole('button', { name: 'Saya mengerti' })).toBeVisible();
  });

  it('records the locale the person actually saw', async () => {
    const user = userEvent.setup();
    const onAcknowledge = vi.fn();
    render(
      <PolicyUpdatedDialog
        policy={v2Indonesian}
        store={createAcknowledgementStore({ storage: memoryStorage() })}
        onAcknowledge={onAcknowledge}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Saya mengerti' }));
    expect(onAcknowledge).toHaveBeenCalledWith(expect.objectContaining({ locale: 'id-ID' }));
  });
});

describe('given a provider with a locale', () => {
  it('follows the provider, not the document', async () => {
    render(
      <PolicyKitProvider locale="id-ID">
        <PolicyUpdatedDialog
          policy={v1}
          store={createAcknowledgementStore({ storage: memoryStorage() })}
          mode="dismissible"
        />
      </PolicyKitProvider>,
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: 'Ingatkan saya nanti' })).toBeVisible();
    expect(dialog).toHaveTextContent('Terakhir diperbarui 12 Juni 2024');
  });
});

describe('given a className', () => {
  it('adds it to the dialog content next to its own class and mode', async () => {
    render(
      <PolicyUpdatedDialog
        policy={v1}
        store={createAcknowledgementStore({ storage: memoryStorage() })}
        className="host-dialog"
      />,
    );
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveClass('pk-PolicyUpdatedDialog', 'host-dialog');
    expect(dialog).toHaveAttribute('data-mode', 'blocking');
  });
});
