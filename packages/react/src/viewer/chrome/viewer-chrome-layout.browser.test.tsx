// The viewer's chrome (contents, search row, show-all) as a reader sees it, on a desktop and on a
// 390 px phone, in real Chromium: positions and computed styles, not markup.
import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import '../../styles.css';
import { PolicyKitProvider, PolicyViewer } from '@policykit/react';
import { cttId } from '../../../../../test/fixtures/policies';

const box = (element: Element) => element.getBoundingClientRect();
const button = (name: string) => screen.getByRole('button', { name });

function renderCtt() {
  return render(
    <PolicyKitProvider locale="id-ID">
      <PolicyViewer policy={cttId} search />
    </PolicyKitProvider>,
  );
}

afterEach(async () => {
  await page.viewport(1280, 800);
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [] });
});

describe('given a desktop window', () => {
  it('shows the contents open, and the show-all button level with Previous / Next', async () => {
    await page.viewport(1280, 800);
    renderCtt();
    const contents = screen.getByRole('navigation', { name: 'Daftar isi' });
    expect(screen.getByRole('link', { name: 'Hak-Hak Anda' }).checkVisibility()).toBe(true);
    expect(contents.querySelector('details')!.open).toBe(true);
    const previous = box(button('Hasil sebelumnya'));
    const showAll = box(button('Tampilkan semua bagian'));
    expect(Math.abs(showAll.top - previous.top)).toBeLessThanOrEqual(1);
    expect(Math.abs(showAll.bottom - previous.bottom)).toBeLessThanOrEqual(1);
  });

  it('tells disabled Previous / Next from enabled ones by border and fill, not only text shade', async () => {
    renderCtt();
    const disabled = getComputedStyle(button('Hasil berikutnya'));
    const disabledLook = [disabled.borderTopColor, disabled.backgroundColor];
    await userEvent.type(screen.getByRole('searchbox'), 'data');
    expect(button('Hasil berikutnya')).toBeEnabled();
    const enabled = getComputedStyle(button('Hasil berikutnya'));
    expect(enabled.borderTopColor).not.toBe(disabledLook[0]);
    expect(enabled.backgroundColor).not.toBe(disabledLook[1]);
  });
});

describe('given a 390 px phone', () => {
  it('starts with the contents folded, so the search and the policy are on the first screen', async () => {
    await page.viewport(390, 844);
    const { container } = renderCtt();
    const details = screen
      .getByRole('navigation', { name: 'Daftar isi' })
      .querySelector('details')!;
    expect(details.open).toBe(false);
    expect(box(screen.getByRole('searchbox')).bottom).toBeLessThan(844);
    expect(box(button('Komitmen Privasi Kami')).bottom).toBeLessThan(844);
    // The reader can unfold it, by keyboard too.
    details.querySelector('summary')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(details.open).toBe(true);
    expect(screen.getByRole('link', { name: 'Hak-Hak Anda' }).checkVisibility()).toBe(true);
    const results = await axe.run(container, { resultTypes: ['violations'] });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('puts Previous and Next side by side under the query, neither label wrapping', async () => {
    await page.viewport(390, 844);
    renderCtt();
    const input = box(screen.getByRole('searchbox'));
    const previous = box(button('Hasil sebelumnya'));
    const next = box(button('Hasil berikutnya'));
    expect(previous.top).toBeGreaterThanOrEqual(input.bottom);
    expect(next.top).toBe(previous.top);
    const lineHeight = parseFloat(getComputedStyle(button('Hasil berikutnya')).lineHeight);
    for (const name of ['Hasil sebelumnya', 'Hasil berikutnya']) {
      const label = document.createRange();
      label.selectNodeContents(button(name));
      expect(label.getClientRects()).toHaveLength(1);
      expect(label.getBoundingClientRect().height).toBeLessThanOrEqual(lineHeight + 1);
    }
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390);
  });
});

describe('given print media', () => {
  it('prints no focus ring on the control focused last', async () => {
    renderCtt();
    button('Komitmen Privasi Kami').focus();
    await userEvent.keyboard('{Tab}{Shift>}{Tab}{/Shift}');
    expect(getComputedStyle(button('Komitmen Privasi Kami')).outlineStyle).toBe('solid');
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    expect(getComputedStyle(button('Komitmen Privasi Kami')).outlineStyle).toBe('none');
  });
});
