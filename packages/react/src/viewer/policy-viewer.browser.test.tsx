import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { act } from 'react';
import '../styles.css';
import { PolicyKitProvider, PolicyViewer } from '@policykit/react';
import {
  btnEn,
  btnEnPrevious,
  btnId,
  btnIdPrevious,
  cttEn,
  cttEnPrevious,
  cttId,
  cttIdPrevious,
} from '../../../../test/fixtures/policies';
import { policyEn, policyEnPrevious, policyId } from './viewer-test-policies';
import { serverRenderedContainer } from '../../../../test/ssr/server-html';

const trigger = (name: string | RegExp) => screen.getByRole('button', { name });
const panelOf = (sectionId: string) =>
  document.querySelector<HTMLElement>(`#${sectionId} > .pk-PolicyViewer-content`)!;
/** Whether a reader sees a panel's text (a `hidden="until-found"` panel keeps its own box). */
const textShown = (sectionId: string) =>
  panelOf(sectionId).querySelector<HTMLElement>('p, ul, ol, div, address')!.checkVisibility();
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));

beforeEach(() => {
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
});
afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [] });
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
});

describe('given the accordion, when navigating by keyboard', () => {
  it('Tab reaches the section buttons, Enter opens and Space closes', async () => {
    render(<PolicyViewer policy={policyEn} toc={false} />);
    screen.getByRole('button', { name: 'Show all sections' }).focus();
    await userEvent.tab();
    expect(trigger('Our commitment')).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(trigger('Our commitment')).toHaveAttribute('aria-expanded', 'true');
    expect(textShown('commitment')).toBe(true);
    await userEvent.keyboard(' ');
    expect(trigger('Our commitment')).toHaveAttribute('aria-expanded', 'false');
    expect(textShown('commitment')).toBe(false);
  });

  it('Tab goes from an open button into its panel, then to the next button', async () => {
    render(<PolicyViewer policy={policyEn} toc={false} defaultValue={['commitment']} />);
    trigger('Our commitment').focus();
    await userEvent.tab();
    expect(screen.getByRole('link', { name: /terms/ })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'cookies' })).toHaveFocus();
    await userEvent.tab();
    expect(trigger('Data we collect')).toHaveFocus();
  });

  it('ArrowDown/ArrowUp move between buttons, wrapping; Home/End go to the ends', async () => {
    render(<PolicyViewer policy={policyEn} toc={false} />);
    trigger('Our commitment').focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(trigger('Data we collect')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(trigger('Security')).toHaveFocus(); // "Cookies" is inside a closed section
    await userEvent.keyboard('{End}');
    expect(trigger('Contact us')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(trigger('Our commitment')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(trigger('Contact us')).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(trigger('Our commitment')).toHaveFocus();
  });

  it('reaches a nested section button once its parent is open', async () => {
    render(<PolicyViewer policy={policyEn} toc={false} />);
    trigger('Data we collect').focus();
    await userEvent.keyboard('{Enter}{ArrowDown}');
    expect(trigger(/^Cookies/)).toHaveFocus();
  });

  it('shows a focus ring on the focused button', async () => {
    render(<PolicyViewer policy={policyEn} toc={false} />);
    screen.getByRole('button', { name: 'Show all sections' }).focus();
    await userEvent.tab();
    const style = getComputedStyle(trigger('Our commitment'));
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });
});

describe('given deep links', () => {
  it('opens the section named in the hash at load, with its parent, and scrolls to it', async () => {
    window.history.replaceState(null, '', '#contact-us');
    render(
      <div style={{ paddingTop: '3000px' }}>
        <PolicyViewer policy={policyEn} />
      </div>,
    );
    expect(trigger('Contact us')).toHaveAttribute('aria-expanded', 'true');
    await nextFrame();
    await nextFrame();
    const top = document.getElementById('contact-us')!.getBoundingClientRect().top;
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(window.innerHeight);
  });

  it('opens a nested section and its parent on a hash change', async () => {
    render(<PolicyViewer policy={policyEn} />);
    window.location.hash = 'cookies';
    await vi.waitFor(() => expect(trigger(/^Cookies/)).toHaveAttribute('aria-expanded', 'true'));
    expect(trigger('Data we collect')).toHaveAttribute('aria-expanded', 'true');
  });

  it('writes the opened section into the hash without growing the history', async () => {
    render(<PolicyViewer policy={policyEn} />);
    const length = window.history.length;
    await userEvent.click(trigger('Security'));
    await userEvent.click(trigger('Contact us'));
    // Written in a task after the click's (the section opens first).
    await expect.poll(() => window.location.hash).toBe('#contact-us');
    expect(window.history.length).toBe(length);
  });
});

describe('given find-in-page', () => {
  it('keeps collapsed text in the DOM with hidden="until-found", not shown', () => {
    render(<PolicyViewer policy={policyEn} />);
    expect(panelOf('security').getAttribute('hidden')).toBe('until-found');
    expect(textShown('security')).toBe(false);
    expect(panelOf('security')).toHaveTextContent('Backups are encrypted.');
  });

  it('opens the section when the browser fires beforematch on it', async () => {
    render(<PolicyViewer policy={policyEn} />);
    const panel = document.querySelector<HTMLElement>('#cookies > .pk-PolicyViewer-content')!;
    await act(async () => {
      // What Chromium does on a find-in-page match: reveal (drop `hidden`), then fire beforematch.
      panelOf('data-we-collect').removeAttribute('hidden');
      panel.removeAttribute('hidden');
      panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
    });
    expect(trigger(/^Cookies/)).toHaveAttribute('aria-expanded', 'true');
    expect(trigger('Data we collect')).toHaveAttribute('aria-expanded', 'true');
    expect(textShown('cookies')).toBe(true);
  });

  it('goes back to until-found when the reader closes the section again', async () => {
    render(<PolicyViewer policy={policyEn} defaultValue={['security']} />);
    await userEvent.click(trigger('Security'));
    expect(panelOf('security').getAttribute('hidden')).toBe('until-found');
  });
});

describe('given search', () => {
  it('highlights matches, shows the count, and Enter scrolls to the next match', async () => {
    render(
      <>
        <PolicyViewer policy={policyEn} search />
        <div style={{ height: '3000px' }} />
      </>,
    );
    const box = screen.getByRole('searchbox', { name: 'Search this policy' });
    await userEvent.type(box, 'never');
    const marks = document.querySelectorAll<HTMLElement>('mark[data-pk-match]');
    expect(marks).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent('2 matches');
    expect(getComputedStyle(marks[0]!).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    await userEvent.keyboard('{Enter}{Enter}');
    expect(marks[1]).toHaveAttribute('data-current');
    expect(screen.getByRole('status')).toHaveTextContent('Match 2 of 2');
    const rect = marks[1]!.getBoundingClientRect();
    expect(rect.top).toBeGreaterThanOrEqual(0);
    expect(rect.bottom).toBeLessThanOrEqual(window.innerHeight);
    expect(box).toHaveFocus();
  });

  it('announces results politely', () => {
    render(<PolicyViewer policy={policyEn} search />);
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
  });
});

describe('given print media', () => {
  it('shows every section and hides the controls', async () => {
    render(<PolicyViewer policy={policyEn} search />);
    expect(textShown('security')).toBe(false);
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    expect(window.matchMedia('print').matches).toBe(true);
    for (const id of ['commitment', 'data-we-collect', 'cookies', 'security', 'contact-us']) {
      expect(textShown(id)).toBe(true);
    }
    expect(document.querySelector('.pk-PolicyViewer-toolbar')!.checkVisibility()).toBe(false);
    expect(document.querySelector('.pk-PolicyViewer-toc')!.checkVisibility()).toBe(false);
  });
});

describe('given a reader who prefers reduced motion', () => {
  it('turns the open/close animation of the chevron off', async () => {
    render(<PolicyViewer policy={policyEn} />);
    const chevron = () => getComputedStyle(trigger('Security'), '::after').transitionDuration;
    expect(chevron()).not.toBe('0s');
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
    });
    expect(chevron()).toBe('0s');
  });
});

describe('given server-rendered HTML', () => {
  const ssrInto = (element: React.ReactElement) => serverRenderedContainer(renderToString(element));

  it('hydrates without warnings, then turns the readable server HTML into the accordion', async () => {
    const element = (
      <PolicyKitProvider locale="id-ID">
        <PolicyViewer policy={[policyEn, policyId]} search changesSince={policyId} />
      </PolicyKitProvider>
    );
    const container = ssrInto(element);
    // The server HTML shows every panel under a plain heading (issue 16: readable if the bundle fails).
    expect(
      container.querySelector('#security > .pk-PolicyViewer-content')!.hasAttribute('hidden'),
    ).toBe(false);
    expect(container.querySelector('button')).toBeNull();
    const serverSection = container.querySelector('#security');
    const serverPanel = container.querySelector('#security > .pk-PolicyViewer-content');
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    let root: ReturnType<typeof hydrateRoot> | undefined;
    // React's own act() needs the act environment flag (Testing Library sets it only inside its
    // own helpers); without it, every state update in act — Radix registers each trigger in its
    // collection after mount — logs "not configured to support act" instead of a real problem.
    const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const previous = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
    try {
      await act(async () => {
        root = hydrateRoot(container, element, { onRecoverableError: recoverable });
      });
    } finally {
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = previous;
    }
    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    expect(panelOf('security').getAttribute('hidden')).toBe('until-found');
    expect(screen.getByRole('button', { name: 'Keamanan' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    // Enhancing kept the server's section and panel elements (only the heading's text became a button).
    expect(container.querySelector('#security')).toBe(serverSection);
    expect(panelOf('security')).toBe(serverPanel);
    await userEvent.click(screen.getByRole('button', { name: 'Keamanan' }));
    expect(textShown('security')).toBe(true);
    errors.mockRestore();
    act(() => root!.unmount());
    container.remove();
  });
});

describe('given axe-core', () => {
  const check = async (container: HTMLElement) => {
    const result = await axe.run(container, { resultTypes: ['violations'] });
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  };

  function Everything() {
    const [, setValue] = useState<string[]>([]);
    return (
      <PolicyViewer
        policy={[policyEn, policyId]}
        search
        changesSince={policyEnPrevious}
        defaultExpanded="all"
        onValueChange={setValue}
      />
    );
  }

  it('finds no violations in the light theme, everything open, with highlights', async () => {
    const { container } = render(
      <div data-theme="light">
        <Everything />
      </div>,
    );
    await userEvent.type(screen.getByRole('searchbox'), 'data{Enter}');
    await check(container);
  });

  it('finds no violations in the dark theme (data-theme)', async () => {
    const { container } = render(
      <div data-theme="dark">
        <Everything />
      </div>,
    );
    await userEvent.type(screen.getByRole('searchbox'), 'data{Enter}');
    await check(container);
  });

  it('finds no violations when the system prefers dark', async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-color-scheme', value: 'dark' }],
    });
    const { container } = render(<Everything />);
    expect(getComputedStyle(container.querySelector('.pk-PolicyViewer')!).colorScheme).toBe('dark');
    await check(container);
  });

  describe.each([
    ['CTT, Bahasa Indonesia', cttId, cttIdPrevious],
    ['CTT, English', cttEn, cttEnPrevious],
    ['BTN CX, English', btnEn, btnEnPrevious],
    ['BTN CX, Bahasa Indonesia', btnId, btnIdPrevious],
  ])('given the %s seed policy, all open, with changes and highlights', (_, policy, previous) => {
    it.each(['light', 'dark'])('finds no violations in the %s theme', async (theme) => {
      const { container } = render(
        <div data-theme={theme}>
          <PolicyViewer policy={policy} changesSince={previous} search defaultExpanded="all" />
        </div>,
      );
      await userEvent.type(screen.getByRole('searchbox'), 'data{Enter}');
      await check(container);
    });
  });

  it('finds no violations in the collapsed document variant mix', async () => {
    const { container } = render(
      <>
        <PolicyViewer policy={policyId} />
        <PolicyViewer policy={policyEn} variant="document" headingLevel={3} showTitle={false} />
      </>,
    );
    await check(container);
  });
});
