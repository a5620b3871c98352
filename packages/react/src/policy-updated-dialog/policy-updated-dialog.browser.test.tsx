import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import axe from 'axe-core';
import {
  createAcknowledgementStore,
  type AcknowledgementStore,
  type PolicyDocument,
  type StorageLike,
} from '@policykit/sdk';
import { PolicyUpdatedDialog, PolicyViewer, type PolicyUpdatedDialogProps } from '@policykit/react';
import { btnEn, btnEnPrevious, cttId, cttIdPrevious } from '../../../../test/fixtures/policies';
import { serverRenderedContainer } from '../../../../test/ssr/server-html';
import '../styles.css';
import { memoryStorage } from '../../../../test/fixtures/memory-storage';

const v1: PolicyDocument = {
  schemaVersion: 1,
  id: 'browser-privacy',
  version: '1',
  locale: 'en',
  title: 'Privacy Policy',
  lastUpdated: '2024-06-12',
  sections: [
    { id: 'collect', title: 'Data we collect', blocks: [{ type: 'paragraph', text: 'Names.' }] },
    { id: 'cookies', title: 'Cookies', blocks: [{ type: 'paragraph', text: 'We use cookies.' }] },
    { id: 'fax', title: 'Fax requests', blocks: [] },
  ],
};

const v2: PolicyDocument = {
  ...v1,
  version: '2',
  lastUpdated: '2025-09-30',
  sections: [
    { id: 'collect', title: 'Data we collect', blocks: [{ type: 'paragraph', text: 'Names.' }] },
    { id: 'cookies', title: 'Cookies', blocks: [{ type: 'paragraph', text: 'No cookies.' }] },
    { id: 'retention', title: 'Retention', blocks: [] },
  ],
};

const KEY = 'policykit:ack:browser-privacy';

/** The host page around the dialog: a control the person was using, and the policy text. */
function Page(props: PolicyUpdatedDialogProps) {
  return (
    <main>
      <h1>Dashboard</h1>
      <button type="button">Open settings</button>
      <section id="cookies" aria-label="Cookies section">
        <p>We use no cookies.</p>
      </section>
      <section id="retention" aria-label="Retention section">
        <p>We keep data for a year.</p>
      </section>
      <PolicyUpdatedDialog {...props} />
    </main>
  );
}

async function axeViolations() {
  // Colour contrast is only meaningful once the opening fade has finished.
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  const results = await axe.run(document, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('given the real localStorage', () => {
  it('opens only when this version was not acknowledged', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        policyId: 'browser-privacy',
        version: '2',
        locale: 'en',
        acknowledgedAt: '2025-10-01T00:00:00.000Z',
        receiptId: 'r-1',
      }),
    );
    render(<Page policy={v2} previous={v1} store={createAcknowledgementStore()} />);
    await act(async () => {});
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('keeps an acknowledgement across a reload, and asks again for a new version', async () => {
    const first = render(<Page policy={v1} store={createAcknowledgementStore()} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Acknowledge' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    first.unmount();

    // A reload: a new store over the same localStorage, a fresh tree.
    const second = render(<Page policy={v1} store={createAcknowledgementStore()} />);
    await act(async () => {});
    expect(screen.queryByRole('alertdialog')).toBeNull();
    second.unmount();

    render(<Page policy={v2} previous={v1} store={createAcknowledgementStore()} />);
    expect(await screen.findByRole('alertdialog')).toHaveAccessibleName(
      'Our Privacy Policy has been updated',
    );
  });
});

describe('given the dialog opens while the person is on a control', () => {
  it('moves focus to the title, traps Tab inside, and returns focus on acknowledging', async () => {
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    store.acknowledge(v1);
    const { rerender } = render(<Page policy={v1} store={store} />);
    const settings = screen.getByRole('button', { name: 'Open settings' });
    settings.focus();

    rerender(<Page policy={v2} previous={v1} store={store} />);
    const dialog = await screen.findByRole('alertdialog');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByRole('heading', { level: 2 })),
    );

    const cookies = within(dialog).getByRole('link', { name: 'Cookies' });
    const retention = within(dialog).getByRole('link', { name: 'Retention' });
    const acknowledge = within(dialog).getByRole('button', { name: 'Acknowledge' });
    await userEvent.tab();
    expect(document.activeElement).toBe(cookies);
    await userEvent.tab();
    expect(document.activeElement).toBe(retention);
    await userEvent.tab();
    expect(document.activeElement).toBe(acknowledge);
    await userEvent.tab();
    expect(document.activeElement).toBe(cookies); // wrapped, never reached the page
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(acknowledge);

    await userEvent.click(acknowledge);
    await waitFor(() => expect(document.activeElement).toBe(settings));
  });
});

describe('given the dialog is open', () => {
  it('locks the page behind it from scrolling, and releases it on close', async () => {
    render(<Page policy={v1} store={createAcknowledgementStore({ storage: memoryStorage() })} />);
    await screen.findByRole('alertdialog');
    expect(getComputedStyle(document.documentElement).overflow).toBe('hidden');

    await userEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(getComputedStyle(document.documentElement).overflow).toBe('visible');
  });
});

describe('given the person prefers reduced motion', () => {
  const emulate = (value: 'reduce' | 'no-preference') =>
    cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-reduced-motion', value }],
    });

  afterEach(() => emulate('no-preference'));

  it('opens without the fade; otherwise it fades in', async () => {
    await emulate('no-preference');
    const first = render(
      <Page policy={v1} store={createAcknowledgementStore({ storage: memoryStorage() })} />,
    );
    expect((await screen.findByRole('alertdialog')).getAnimations()).toHaveLength(1);
    first.unmount();

    await emulate('reduce');
    render(<Page policy={v1} store={createAcknowledgementStore({ storage: memoryStorage() })} />);
    expect((await screen.findByRole('alertdialog')).getAnimations()).toEqual([]);
  });
});

describe('given mode="blocking"', () => {
  it('ignores Escape and clicks outside', async () => {
    render(<Page policy={v1} store={createAcknowledgementStore({ storage: memoryStorage() })} />);
    const dialog = await screen.findByRole('alertdialog');

    await userEvent.keyboard('{Escape}');
    await userEvent.click(document.body, { position: { x: 5, y: 5 } });

    expect(screen.getByRole('alertdialog')).toBe(dialog);
    expect(dialog).toHaveAttribute('data-state', 'open');
  });
});

describe('given mode="dismissible"', () => {
  it('closes on Escape, puts the prompt off for the session, and returns focus', async () => {
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    store.acknowledge(v1);
    const onOpenChange = vi.fn();
    const { rerender } = render(<Page policy={v1} store={store} mode="dismissible" />);
    const settings = screen.getByRole('button', { name: 'Open settings' });
    settings.focus();
    rerender(
      <Page
        policy={v2}
        previous={v1}
        store={store}
        mode="dismissible"
        onOpenChange={onOpenChange}
      />,
    );
    await screen.findByRole('dialog');

    await userEvent.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(settings));
    expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
    expect(store.needsAcknowledgement(v2)).toBe(true);
  });

  it('closes on a click outside', async () => {
    render(
      <Page
        policy={v1}
        store={createAcknowledgementStore({ storage: memoryStorage() })}
        mode="dismissible"
      />,
    );
    await screen.findByRole('dialog');
    await userEvent.click(document.body, { position: { x: 5, y: 5 } });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('given a link to a changed section is followed', () => {
  it('jumps to the section, focuses it, and keeps the prompt as a review bar', async () => {
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    store.acknowledge(v1);
    render(<Page policy={v2} previous={v1} store={store} />);
    const dialog = await screen.findByRole('alertdialog');

    await userEvent.click(within(dialog).getByRole('link', { name: 'Retention' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(location.hash).toBe('#retention');
    const section = screen.getByRole('region', { name: 'Retention section' });
    await waitFor(() => expect(document.activeElement).toBe(section));
    const bar = screen.getByRole('region', { name: 'Reviewing the changes to Privacy Policy' });
    expect(within(bar).queryByRole('button', { name: 'Remind me later' })).toBeNull();
    expect(await axeViolations()).toEqual([]);

    await userEvent.click(within(bar).getByRole('button', { name: 'Back to the changes' }));
    const again = await screen.findByRole('alertdialog');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(again).getByRole('heading', { level: 2 })),
    );
  });

  it('records the acknowledgement given from the review bar', async () => {
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    store.acknowledge(v1);
    const onAcknowledge = vi.fn();
    render(<Page policy={v2} previous={v1} store={store} onAcknowledge={onAcknowledge} />);
    await userEvent.click(await screen.findByRole('link', { name: 'Cookies' }));
    const bar = await screen.findByRole('region', { name: /Reviewing the changes/ });

    await userEvent.click(within(bar).getByRole('button', { name: 'Acknowledge' }));

    expect(screen.queryByRole('region', { name: /Reviewing the changes/ })).toBeNull();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onAcknowledge).toHaveBeenCalledWith(expect.objectContaining({ version: '2' }));
  });
});

describe('given a <PolicyViewer> of the same policy on the page', () => {
  // Enough sections before the target that it starts out of view.
  const filler = Array.from({ length: 30 }, (_, i) => ({
    id: `filler-${i}`,
    title: `Filler section ${i}`,
    blocks: [{ type: 'paragraph' as const, text: 'Lorem ipsum dolor sit amet. '.repeat(8) }],
  }));
  const long1: PolicyDocument = { ...v1, sections: [...filler, ...v1.sections] };
  const long2: PolicyDocument = { ...v2, sections: [...filler, ...v2.sections] };

  function ViewerPage(props: Omit<PolicyUpdatedDialogProps, 'policy' | 'previous'>) {
    return (
      <main>
        <PolicyViewer policy={long2} changesSince={long1} search={false} />
        <PolicyUpdatedDialog policy={long2} previous={long1} {...props} />
      </main>
    );
  }

  it('agrees with the viewer on what changed (one diffPolicies result)', async () => {
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    store.acknowledge(long1);
    const { container } = render(<ViewerPage store={store} />);
    const dialog = await screen.findByRole('alertdialog');

    const inDialog = within(dialog)
      .getAllByRole('listitem')
      .filter((item) => item.dataset.change !== 'removed')
      .map((item) => [within(item).getByRole('link').getAttribute('href'), item.dataset.change]);
    const inViewer = [...container.querySelectorAll<HTMLElement>('section[data-change]')].map(
      (section) => [`#${section.id}`, section.dataset.change],
    );
    expect(inDialog).toEqual(inViewer);
    expect(inDialog).toEqual([
      ['#cookies', 'modified'],
      ['#retention', 'added'],
    ]);
  });

  it('opens the linked section in the viewer, scrolls it into view and focuses it', async () => {
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    store.acknowledge(long1);
    const { container } = render(<ViewerPage store={store} />);
    const section = container.querySelector<HTMLElement>('section#retention');
    if (!section) throw new Error('the viewer rendered no #retention section');
    expect(section).toHaveAttribute('data-state', 'closed');
    expect(section.getBoundingClientRect().top).toBeGreaterThan(window.innerHeight);

    const dialog = await screen.findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('link', { name: 'Retention' }));

    await waitFor(() => expect(section).toHaveAttribute('data-state', 'open'));
    await waitFor(() => expect(document.activeElement).toBe(section));
    await waitFor(() => {
      const { top, bottom } = section.getBoundingClientRect();
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(window.innerHeight);
      expect(bottom).toBeGreaterThan(0);
    });
    expect(
      within(section).getByRole('button', { name: /Retention/, expanded: true }),
    ).toBeVisible();
    expect(screen.getByRole('region', { name: /Reviewing the changes/ })).toBeVisible();
  });
});

describe.each([
  { seed: 'BTN CX (en)', current: btnEn, previous: btnEnPrevious },
  { seed: 'CTT (id-ID)', current: cttId, previous: cttIdPrevious },
])(
  'given the $seed seed in a <PolicyViewer>, acknowledged at its previous version',
  ({ current, previous }) => {
    it('opens and focuses the right viewer section from every change link', async () => {
      const store = createAcknowledgementStore({ storage: memoryStorage() });
      store.acknowledge(previous);
      const first = render(
        <PolicyUpdatedDialog policy={current} previous={previous} store={store} />,
      );
      const hrefs = within(await screen.findByRole('alertdialog'))
        .getAllByRole('link')
        .map((link) => link.getAttribute('href'));
      first.unmount();
      expect(hrefs.length).toBeGreaterThan(0);

      for (const href of hrefs) {
        sessionStorage.clear(); // each link starts from the modal, not the review bar
        history.replaceState(null, '', location.pathname + location.search);
        const { container, unmount } = render(
          <main>
            <PolicyViewer policy={current} changesSince={previous} search={false} />
            <PolicyUpdatedDialog policy={current} previous={previous} store={store} />
          </main>,
        );
        const dialog = await screen.findByRole('alertdialog');
        const link = within(dialog)
          .getAllByRole('link')
          .find((candidate) => candidate.getAttribute('href') === href);
        if (!link) throw new Error(`no link to ${href}`);
        await userEvent.click(link);

        const section = container.querySelector<HTMLElement>(`section${href}`);
        expect(section, href ?? 'a link without href').not.toBeNull();
        await waitFor(() => expect(section).toHaveAttribute('data-state', 'open'));
        await waitFor(() => expect(document.activeElement).toBe(section));
        unmount();
      }
    });
  },
);

describe('given two tabs on one origin', () => {
  it('closes here when the other tab acknowledges (storage event)', async () => {
    render(<Page policy={v1} store={createAcknowledgementStore()} />);
    await screen.findByRole('alertdialog');

    // The other tab: its own store over the same localStorage.
    const otherTab = createAcknowledgementStore();
    const record = otherTab.acknowledge(v1);
    // A tab never hears its own writes; the browser tells every *other* tab.
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: KEY,
        newValue: JSON.stringify(record),
        storageArea: localStorage,
      }),
    );

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('closes here when a real second page (a same-origin iframe) acknowledges', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const frameWindow = frame.contentWindow;
      if (!frameWindow) throw new Error('no iframe window');
      render(<Page policy={v1} store={createAcknowledgementStore()} />);
      await screen.findByRole('alertdialog');

      // The write goes through the other page's own Storage object, so Chromium itself
      // fires the `storage` event in this page.
      createAcknowledgementStore({ storage: frameWindow.localStorage }).acknowledge(v1);

      await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    } finally {
      frame.remove();
    }
  });
});

describe('given server-rendered HTML', () => {
  it('hydrates without a mismatch, then opens', async () => {
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    const recoverable: unknown[] = [];
    const tree = (
      <Page
        policy={v2}
        previous={v1}
        upcoming={{ ...v2, version: '3', effectiveDate: '2999-01-01' }}
        store={store}
      />
    );
    // What the server sent: the markup as a string, parsed by the browser. (Rendered here, in
    // a page with a `document`, where React 18 warns that Radix's layout effect does nothing on
    // the server; a real server has no document and Radix skips it. Only hydration is watched.)
    const container = serverRenderedContainer(renderToString(tree));
    const errors = vi.spyOn(console, 'error');

    const root = await act(async () =>
      hydrateRoot(container, tree, { onRecoverableError: (error) => recoverable.push(error) }),
    );
    try {
      const dialog = await screen.findByRole('alertdialog');
      // Waited for: the opening fade starts from transparent.
      await waitFor(() => expect(dialog).toBeVisible());
      // Hydrated in place (the modal hides the page from assistive technology meanwhile).
      expect(within(container).getByRole('status', { hidden: true })).toBeInTheDocument();
      expect(recoverable).toEqual([]);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      act(() => root.unmount());
      container.remove();
    }
  });
});

describe('given a storage that throws on every call', () => {
  it('still lets the person acknowledge and continue', async () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const onAcknowledge = vi.fn();
    render(
      <Page
        policy={v1}
        store={createAcknowledgementStore({ storage: broken })}
        onAcknowledge={onAcknowledge}
      />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Acknowledge' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(onAcknowledge).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Open settings' }));
  });
});

describe('accessibility (axe-core)', () => {
  it('finds no violations with the dialog open, in both modes', async () => {
    const store: AcknowledgementStore = createAcknowledgementStore({ storage: memoryStorage() });
    store.acknowledge(v1);
    const { rerender } = render(<Page policy={v2} previous={v1} store={store} />);
    await screen.findByRole('alertdialog');
    expect(await axeViolations()).toEqual([]);

    rerender(<Page policy={v2} previous={v1} store={store} mode="dismissible" />);
    await screen.findByRole('dialog');
    expect(await axeViolations()).toEqual([]);
  });

  it('finds no violations in the dark theme (the dialog portals into a dark <body>)', async () => {
    document.body.dataset.theme = 'dark';
    try {
      const store = createAcknowledgementStore({ storage: memoryStorage() });
      store.acknowledge(v1);
      render(<Page policy={v2} previous={v1} store={store} mode="dismissible" />);
      const dialog = await screen.findByRole('dialog');
      // Painted with the theme's dark background token, not a colour of its own.
      const probe = document.createElement('div');
      probe.style.background = 'var(--pk-color-background)';
      document.body.append(probe);
      expect(getComputedStyle(dialog).backgroundColor).toBe(
        getComputedStyle(probe).backgroundColor,
      );
      probe.remove();
      expect(await axeViolations()).toEqual([]);
    } finally {
      delete document.body.dataset.theme;
    }
  });

  it('finds no violations with the upcoming-change notice, opened', async () => {
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    store.acknowledge(v1);
    render(
      <Page
        policy={v1}
        upcoming={{ ...v2, effectiveDate: '2027-01-01' }}
        now={new Date('2026-11-22T00:00:00Z')}
        store={store}
      />,
    );
    const notice = await screen.findByRole('region', { name: /changes on/ });
    await userEvent.click(within(notice).getByText(/^What changes/));
    expect(within(notice).getByRole('list')).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });
});
