// Behaviour defects found by the ported APG and Radix suites (issue 16), in real Chromium:
// Shift+Tab from the initially focused title, aria-modal, where focus goes after a dialog
// that opened on page load, and no landmark inside the modal.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render, screen, waitFor, within } from '@testing-library/react';
import { createAcknowledgementStore, type PolicyDocument } from '@policykit/sdk';
import { PolicyUpdatedDialog, PolicyViewer } from '@policykit/react';
import { memoryStorage } from '../../../../test/fixtures/memory-storage';
import '../styles.css';

const v1: PolicyDocument = {
  schemaVersion: 1,
  id: 'focus-privacy',
  version: '1',
  locale: 'en',
  title: 'Privacy Policy',
  lastUpdated: '2024-06-12',
  sections: [
    { id: 'collect', title: 'Data we collect', blocks: [{ type: 'paragraph', text: 'Names.' }] },
    { id: 'cookies', title: 'Cookies', blocks: [{ type: 'paragraph', text: 'We use cookies.' }] },
  ],
};
const v2: PolicyDocument = {
  ...v1,
  version: '2',
  sections: [
    { id: 'collect', title: 'Data we collect', blocks: [{ type: 'paragraph', text: 'Names.' }] },
    { id: 'cookies', title: 'Cookies', blocks: [{ type: 'paragraph', text: 'No cookies.' }] },
  ],
};

function storeThatSaw(doc: PolicyDocument) {
  const store = createAcknowledgementStore({ storage: memoryStorage() });
  store.acknowledge(doc);
  return store;
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  // Opened "on page load": nothing on the page had focus.
  (document.activeElement as HTMLElement | null)?.blur();
});
afterEach(() => vi.restoreAllMocks());

describe('the dialog element', () => {
  it.each(['blocking', 'dismissible'] as const)('has aria-modal="true" (%s)', async (mode) => {
    render(<PolicyUpdatedDialog policy={v2} previous={v1} store={storeThatSaw(v1)} mode={mode} />);
    const dialog = await screen.findByRole(mode === 'blocking' ? 'alertdialog' : 'dialog');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
  });

  it('holds no landmark: "What changed" is a group labelled by its heading, not a region', async () => {
    render(<PolicyUpdatedDialog policy={v2} previous={v1} store={storeThatSaw(v1)} />);
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).queryAllByRole('region')).toEqual([]);
    expect(dialog.querySelectorAll('section, aside, nav, [role="region"]')).toHaveLength(0);
    const group = within(dialog).getByRole('group', { name: 'What changed' });
    expect(within(group).getByRole('link', { name: 'Cookies' })).toBeInTheDocument();
    expect(within(group).getByRole('heading', { name: 'What changed' })).toBeInTheDocument();
  });
});

describe('Shift+Tab from the initially focused title (APG dialog: wraps to the last tabbable)', () => {
  it.each([
    ['blocking', 'Acknowledge'],
    ['dismissible', 'Remind me later'],
  ] as const)('%s: moves focus to "%s"', async (mode, last) => {
    render(
      <main>
        <button type="button">Open settings</button>
        <PolicyUpdatedDialog policy={v2} previous={v1} store={storeThatSaw(v1)} mode={mode} />
      </main>,
    );
    const dialog = await screen.findByRole(mode === 'blocking' ? 'alertdialog' : 'dialog');
    const title = within(dialog).getByRole('heading', { level: 2 });
    await waitFor(() => expect(document.activeElement).toBe(title));

    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: last }));
    // And Tab from the title still goes to the first tabbable.
    title.focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('link', { name: 'Cookies' }));
  });
});

describe('after acknowledging a dialog that opened on page load (no invoker)', () => {
  it('focus goes to the main landmark by default, not to <body>', async () => {
    render(
      <>
        <header>
          <a href="#top">Home</a>
        </header>
        <main>
          <h1>Dashboard</h1>
          <PolicyUpdatedDialog policy={v2} previous={v1} store={storeThatSaw(v1)} />
        </main>
      </>,
    );
    const dialog = await screen.findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Acknowledge' }));
    const main = screen.getByRole('main');
    await waitFor(() => expect(document.activeElement).toBe(main));
    // Focusable for this once only (the skip-link technique): a click on the page later does
    // not draw a focus ring around all of it.
    (document.activeElement as HTMLElement).blur();
    expect(main).not.toHaveAttribute('tabindex');
  });

  it('without a main landmark, focus goes to the policy viewer on the page', async () => {
    render(
      <div>
        <PolicyViewer policy={v2} />
        <PolicyUpdatedDialog policy={v2} previous={v1} store={storeThatSaw(v1)} />
      </div>,
    );
    const dialog = await screen.findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(document.querySelector('.pk-PolicyViewer')),
    );
  });

  it.each([
    ['a CSS selector', '#next-step'],
    ['an element getter', () => document.getElementById('next-step')],
  ])('focus goes where the host names it: returnFocusTo as %s', async (_kind, returnFocusTo) => {
    render(
      <main>
        <h1>Dashboard</h1>
        <button type="button" id="next-step">
          Continue to payments
        </button>
        <PolicyUpdatedDialog
          policy={v2}
          previous={v1}
          store={storeThatSaw(v1)}
          returnFocusTo={returnFocusTo}
        />
      </main>,
    );
    const dialog = await screen.findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Continue to payments' }),
      ),
    );
  });

  it('a host that unmounts the open dialog keeps its focus (no late jump to a main landmark)', async () => {
    const { unmount } = render(
      <main>
        <PolicyUpdatedDialog policy={v2} previous={v1} store={storeThatSaw(v1)} />
      </main>,
    );
    await screen.findByRole('alertdialog');
    unmount();
    // The next page: its control has focus before the old dialog's focus scope reports.
    render(
      <main>
        <input aria-label="Search" />
      </main>,
    );
    const search = screen.getByRole('textbox', { name: 'Search' });
    search.focus();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement).toBe(search);
  });

  it('an invoker still wins: focus returns to the control the person was on', async () => {
    const store = storeThatSaw(v1);
    const { rerender } = render(
      <main>
        <button type="button">Open settings</button>
        <PolicyUpdatedDialog policy={v1} store={store} returnFocusTo="main" />
      </main>,
    );
    const settings = screen.getByRole('button', { name: 'Open settings' });
    settings.focus();
    rerender(
      <main>
        <button type="button">Open settings</button>
        <PolicyUpdatedDialog policy={v2} previous={v1} store={store} returnFocusTo="main" />
      </main>,
    );
    const dialog = await screen.findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() => expect(document.activeElement).toBe(settings));
  });
});
