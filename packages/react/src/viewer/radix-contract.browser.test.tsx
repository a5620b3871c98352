import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../styles.css';
import { PolicyViewer } from '@policykit/react';
import { generatePolicy } from '../../../../test/fixtures/generate-policy';
import { policyEn } from './viewer-test-policies';

/*
 * What the viewer takes from @radix-ui/react-accordion and what it replaces (see README.md), in
 * Radix's own test style. Radix gives: Accordion.Root (type="multiple", controlled), Accordion.Item
 * on each <section>, Accordion.Trigger on each button, with their data-state/data-orientation,
 * aria-expanded and the collection. The viewer replaces: Accordion.Header (our own heading, with
 * the attributes Header would set), Accordion.Content (our always-mounted until-found panel, which
 * the trigger's aria-controls points at, overriding Radix's), and Radix's roving focus within one
 * Root (one capture-phase key handler that moves across Roots and pre-empts Radix's by
 * preventDefault). If a Radix upgrade changes any of this, these tests say which part.
 */

const trigger = (name: string | RegExp) => screen.getByRole('button', { name });
const sectionOf = (id: string) => document.getElementById(id)!;
const panelOf = (button: HTMLElement) =>
  document.getElementById(button.getAttribute('aria-controls')!)!;

beforeEach(() => {
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
});
afterEach(() => {
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
});

describe('given a closed section', () => {
  beforeEach(() => {
    render(<PolicyViewer policy={policyEn} toc={false} />);
  });

  it('has Radix set data-state="closed" and data-orientation="vertical" on the Item (the <section>)', () => {
    expect(sectionOf('security')).toHaveAttribute('data-state', 'closed');
    expect(sectionOf('security')).toHaveAttribute('data-orientation', 'vertical');
  });

  it('has Radix set data-state, data-orientation and aria-expanded on the Trigger', () => {
    const button = trigger('Security');
    expect(button).toHaveAttribute('data-state', 'closed');
    expect(button).toHaveAttribute('data-orientation', 'vertical');
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it("makes the Trigger an item of Radix's collection", () => {
    expect(trigger('Security')).toHaveAttribute('data-radix-collection-item');
  });

  it("keeps our aria-controls on the Trigger, pointing at our panel (Radix's would name its Content)", () => {
    const button = trigger('Security');
    const panel = panelOf(button);
    expect(panel).toHaveClass('pk-PolicyViewer-content');
    expect(panel.parentElement).toBe(sectionOf('security'));
  });
});

describe('given our heading instead of Accordion.Header', () => {
  it('puts the Trigger in a real heading of its level, with the attributes Header would set', () => {
    render(<PolicyViewer policy={policyEn} toc={false} />);
    const heading = screen.getByRole('heading', { level: 2, name: 'Security' });
    expect(trigger('Security').parentElement).toBe(heading);
    expect(heading).toHaveAttribute('data-state', 'closed');
    expect(heading).toHaveAttribute('data-orientation', 'vertical');
  });

  it('follows the open state on the heading, as Header would', async () => {
    render(<PolicyViewer policy={policyEn} toc={false} />);
    await userEvent.click(trigger('Security'));
    expect(screen.getByRole('heading', { level: 2, name: 'Security' })).toHaveAttribute(
      'data-state',
      'open',
    );
  });
});

describe('given our panel instead of Accordion.Content', () => {
  it('keeps the closed panel and its text in the DOM, hidden="until-found"', () => {
    render(<PolicyViewer policy={policyEn} toc={false} />);
    const panel = panelOf(trigger('Security'));
    expect(panel).toHaveAttribute('hidden', 'until-found');
    expect(panel).toHaveTextContent('Backups are encrypted.');
  });

  it('renders no Radix Content: the panel carries no Radix state of its own', () => {
    render(<PolicyViewer policy={policyEn} toc={false} defaultValue={['security']} />);
    const panel = panelOf(trigger('Security'));
    expect(panel).not.toHaveAttribute('data-state');
    expect(panel).not.toHaveAttribute('hidden');
  });
});

describe('given a click on a Trigger', () => {
  it('has Radix switch the Item and the Trigger to data-state="open", and only those', async () => {
    render(<PolicyViewer policy={policyEn} toc={false} />);
    await userEvent.click(trigger('Security'));
    expect(sectionOf('security')).toHaveAttribute('data-state', 'open');
    expect(trigger('Security')).toHaveAttribute('data-state', 'open');
    expect(trigger('Security')).toHaveAttribute('aria-expanded', 'true');
    expect(sectionOf('commitment')).toHaveAttribute('data-state', 'closed');
  });
});

describe('given nested sections', () => {
  it("makes them Items of their parent's Root, inside the parent's panel, a heading level deeper", () => {
    render(<PolicyViewer policy={policyEn} toc={false} defaultValue={['data-we-collect']} />);
    const nested = trigger(/^Cookies/);
    expect(nested).toHaveAttribute('data-radix-collection-item');
    expect(nested.closest('.pk-PolicyViewer-content')).toBe(panelOf(trigger('Data we collect')));
    expect(nested.parentElement!.tagName).toBe('H3');
    expect(sectionOf('cookies').closest('.pk-PolicyViewer-group')).toBe(
      sectionOf('data-we-collect').closest('.pk-PolicyViewer-group'),
    );
  });
});

describe('given sections spread over several Radix Roots', () => {
  const long = generatePolicy({ sections: 40, subsectionsEvery: 0 });
  const roots = () => [...document.querySelectorAll<HTMLElement>('.pk-PolicyViewer-group')];
  const triggersOf = (root: HTMLElement) => [
    ...root.querySelectorAll<HTMLElement>('.pk-PolicyViewer-trigger'),
  ];
  /** The last trigger of the first Root and the first of the second: neighbours across Roots. */
  const acrossRoots = () => {
    const [first, second] = roots();
    return { last: triggersOf(first!).at(-1)!, next: triggersOf(second!)[0]! };
  };

  it('renders each Root with Radix data-orientation="vertical"', () => {
    render(<PolicyViewer policy={long} toc={false} />);
    expect(roots().length).toBeGreaterThan(1);
    for (const root of roots()) expect(root).toHaveAttribute('data-orientation', 'vertical');
  });

  it('works as one accordion: onValueChange lists the open ids of every Root', async () => {
    const onValueChange = vi.fn();
    render(<PolicyViewer policy={long} toc={false} onValueChange={onValueChange} />);
    const { last, next } = acrossRoots();
    const lastId = last.closest('section')!.id;
    const nextId = next.closest('section')!.id;
    await userEvent.click(last);
    await userEvent.click(next);
    expect(onValueChange).toHaveBeenLastCalledWith([lastId, nextId]);
    await userEvent.click(last);
    expect(onValueChange).toHaveBeenLastCalledWith([nextId]);
    expect(sectionOf(lastId)).toHaveAttribute('data-state', 'closed');
    expect(sectionOf(nextId)).toHaveAttribute('data-state', 'open');
  });

  describe('when navigating by keyboard', () => {
    it('moves focus to the first trigger of the next Root on ArrowDown (Radix would wrap within its Root)', async () => {
      render(<PolicyViewer policy={long} toc={false} />);
      const { last, next } = acrossRoots();
      last.focus();
      await userEvent.keyboard('{ArrowDown}');
      expect(next).toHaveFocus();
    });

    it('moves focus back to the last trigger of the previous Root on ArrowUp', async () => {
      render(<PolicyViewer policy={long} toc={false} />);
      const { last, next } = acrossRoots();
      next.focus();
      await userEvent.keyboard('{ArrowUp}');
      expect(last).toHaveFocus();
    });

    it('moves focus to the last trigger of the last Root on End, and the first of the first on Home', async () => {
      render(<PolicyViewer policy={long} toc={false} />);
      const all = roots().flatMap(triggersOf);
      all[0]!.focus();
      await userEvent.keyboard('{End}');
      expect(all.at(-1)).toHaveFocus();
      await userEvent.keyboard('{Home}');
      expect(all[0]).toHaveFocus();
    });

    it("reaches Radix's Root with defaultPrevented set, so Radix's own roving does nothing", async () => {
      render(<PolicyViewer policy={long} toc={false} />);
      const { last } = acrossRoots();
      const seenByRoot: boolean[] = [];
      const root = last.closest<HTMLElement>('.pk-PolicyViewer-group')!;
      root.addEventListener('keydown', (event) => seenByRoot.push(event.defaultPrevented));
      last.focus();
      await userEvent.keyboard('{ArrowDown}');
      expect(seenByRoot).toEqual([true]);
    });
  });
});

describe('given the document variant', () => {
  it('uses no Radix at all: no Roots, no Triggers, every section open', () => {
    render(<PolicyViewer policy={policyEn} variant="document" toc={false} />);
    expect(document.querySelector('.pk-PolicyViewer-group')).toBeNull();
    expect(document.querySelector('[data-radix-collection-item]')).toBeNull();
    expect(within(sectionOf('security')).queryByRole('button')).toBeNull();
    expect(sectionOf('security')).toHaveAttribute('data-state', 'open');
  });
});
