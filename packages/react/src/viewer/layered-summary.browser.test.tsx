// The layered summary (<PolicyViewer summary>) in real Chromium: each link opens its section
// and focuses it, in both languages, on a 390 px phone too, axe-clean.
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render, screen, waitFor, within } from '@testing-library/react';
import { PolicyKitProvider, PolicyViewer } from '@policykit/react';
import { btnEn, cttId } from '../../../../test/fixtures/policies';
import '../styles.css';

async function expectNoAxeViolations() {
  const results = await axe.run(document.body);
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

describe('<PolicyViewer summary>', () => {
  it('links each layer to its section: the link opens the section and focuses its heading (English)', async () => {
    history.replaceState(null, '', location.pathname);
    render(
      <PolicyKitProvider locale="en">
        <main>
          <PolicyViewer policy={btnEn} summary />
        </main>
      </PolicyKitProvider>,
    );
    const summary = screen.getByRole('region', { name: 'At a glance' });
    expect(within(summary).getByRole('heading', { name: 'How long we keep it' })).toBeVisible();
    // BTN CX states no retention period: said as "not marked", not as "not stated".
    expect(summary).toHaveTextContent('No section of this policy is marked as covering this.');
    const rights = within(summary).getByRole('link', { name: /Your Rights/i });
    const trigger = screen.getByRole('button', { name: /Your Rights/i });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(rights);
    await waitFor(() => expect(document.activeElement).toBe(trigger));
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(location.hash).toBe('#your-rights');
    await expectNoAxeViolations();
  });

  it('works from the keyboard in Indonesian, and fits a 390 px phone without sideways scrolling', async () => {
    history.replaceState(null, '', location.pathname);
    await page.viewport(390, 844);
    render(
      <PolicyKitProvider locale="id-ID">
        <main>
          <PolicyViewer policy={cttId} summary />
        </main>
      </PolicyKitProvider>,
    );
    const summary = screen.getByRole('region', { name: 'Ringkasan' });
    expect(within(summary).getByRole('heading', { name: 'Hak Anda' })).toBeVisible();
    const link = within(summary).getByRole('link', {
      name: cttId.sections.find((s) => s.id === 'hak-anda')!.title,
    });
    link.focus();
    await userEvent.keyboard('{Enter}');
    const section = document.getElementById('hak-anda')!;
    const trigger = section.querySelector('.pk-PolicyViewer-trigger')!;
    await waitFor(() => expect(document.activeElement).toBe(trigger));
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(summary.scrollWidth).toBeLessThanOrEqual(summary.clientWidth);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390);
    await expectNoAxeViolations();
  });

  it('is off by default, and absent for a policy without topics', () => {
    const untagged = {
      ...btnEn,
      sections: btnEn.sections.map(({ topics: _topics, ...rest }) => rest),
    };
    const { unmount } = render(<PolicyViewer policy={btnEn} />);
    expect(screen.queryByRole('region', { name: 'At a glance' })).toBeNull();
    unmount();
    render(<PolicyViewer policy={untagged} summary />);
    expect(screen.queryByRole('region', { name: 'At a glance' })).toBeNull();
  });
});
