import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../styles.css';
import { PolicyViewer } from '@policykit/react';
import { richBlocksPolicy } from '../../../../../test/fixtures/rich-blocks-policy';

afterEach(async () => {
  await page.viewport(1280, 800);
});

describe('given a wide table on a 390 px phone', () => {
  it('scrolls the table sideways, by keyboard too, and never the page', async () => {
    await page.viewport(390, 844);
    render(
      // A phone page with the usual gutters (the viewer's panels bleed 6 px for focus rings).
      <div style={{ padding: '0 12px' }}>
        <PolicyViewer policy={richBlocksPolicy} defaultExpanded="all" toc={false} />
      </div>,
    );
    const region = screen.getByRole('region', { name: 'Table' });
    expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => !region.contains(el) && el.getBoundingClientRect().right > 390)
      .map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`);
    expect(wide).toEqual([]);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390);
    region.focus();
    expect(region).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await expect.poll(() => region.scrollLeft).toBeGreaterThan(0);
    // A visible focus ring on the region (WCAG 2.4.7).
    expect(getComputedStyle(region).outlineStyle).toBe('solid');
  });
});

describe('given a collapsed section with a table', () => {
  it('keeps the table’s text in the page for find-in-page (hidden="until-found")', () => {
    render(<PolicyViewer policy={richBlocksPolicy} toc={false} />);
    const cell = screen.getByText('btn_locale', { ignore: false });
    const panel = cell.closest<HTMLElement>('.pk-PolicyViewer-content')!;
    expect(panel.getAttribute('hidden')).toBe('until-found');
    expect(cell.checkVisibility()).toBe(false);
  });
});

describe('given axe-core', () => {
  it('finds no violation in tables, images and nested lists, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const { container, unmount } = render(
        <div data-theme={theme}>
          <PolicyViewer policy={richBlocksPolicy} defaultExpanded="all" search />
        </div>,
      );
      const result = await axe.run(container, { resultTypes: ['violations'] });
      expect(result.violations.map((v) => `${theme}: ${v.id} ${v.nodes[0]?.html}`)).toEqual([]);
      unmount();
    }
  });
});
