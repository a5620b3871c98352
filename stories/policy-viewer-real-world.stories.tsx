import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { PolicyViewer } from '@policykit/react';
import { realWorldPolicyEn, realWorldPolicyId } from '../test/fixtures/rich-blocks-policy';
import {
  PHONE_CONTENT_WIDTH,
  PHONE_VIEWPORT,
  PHONE_VIEWPORT_PARAMETERS,
} from './support/phone-viewport';
import { PrintPreview } from './support/print-preview';

/**
 * Policies as legal teams write them (test/fixtures/rich-blocks-policy.ts): a purposes table
 * with a list in a cell, a cookie table with row headers and an end-aligned lifetime column,
 * lists three levels deep, an item of two paragraphs, a captioned diagram, an address with
 * line breaks and a link with a title — BTN CX in English, CTT in Bahasa Indonesia; on a
 * phone, in dark and as printed.
 */
const meta = {
  title: 'Components/PolicyViewer/Real-world blocks',
  component: PolicyViewer,
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Tables (caption, `th scope`, aligned columns, block cells) in a named, focusable ' +
          'scroll region; images with their caption; list items holding paragraphs and ' +
          'nested lists; line breaks; link titles. On a 390 px phone a wide table scrolls ' +
          'sideways (finger or arrow keys) instead of squeezing its words.',
      },
    },
  },
  argTypes: { policy: { control: false } },
  args: { policy: realWorldPolicyEn, defaultExpanded: 'all', toc: false },
  beforeEach: () => {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  },
} satisfies Meta<typeof PolicyViewer>;

export default meta;
type Story = StoryObj<typeof meta>;

const cellsOfColumn = (table: HTMLTableElement, column: number) =>
  Array.from(table.tBodies[0]!.rows, (row) => row.cells[column]!);

/** BTN CX's policy in English: both tables, the nested lists, the diagram, the address. */
export const BtnCxEnglish: Story = {
  globals: { locale: 'en', brand: 'btn-cx', scheme: 'light' },
  args: { policy: realWorldPolicyEn },
  play: async ({ canvas }) => {
    const cookies = canvas.getByRole('region', { name: 'Cookies on cx.btn.co.id' });
    const table = within(cookies).getByRole('table') as HTMLTableElement;
    // Headers a screen reader announces with each cell: columns, and each cookie's name.
    await expect(within(table).getAllByRole('columnheader')).toHaveLength(4);
    for (const header of within(table).getAllByRole('columnheader')) {
      await expect(header).toHaveAttribute('scope', 'col');
    }
    await expect(within(table).getByRole('rowheader', { name: 'btn_session' })).toHaveAttribute(
      'scope',
      'row',
    );
    // The lifetime column lines up at the end, header included.
    for (const cell of [table.tHead!.rows[0]!.cells[2]!, ...cellsOfColumn(table, 2)]) {
      await expect(getComputedStyle(cell).textAlign).toBe('end');
    }
    // A list inside a cell of the purposes table.
    const purposes = canvas.getByRole('table', { name: 'Purposes and legal bases' });
    const cell = within(purposes).getByRole('cell', { name: /Survey answers Branch/ });
    await expect(within(cell).getAllByRole('listitem')).toHaveLength(3);
    // Three levels of lists, and an item of two paragraphs.
    const deepest = canvas.getByText('Screen size');
    await expect(deepest.closest('ul ul ul')).not.toBeNull();
    const twoParagraphs = canvas.getByText(/You choose what to answer/).closest('li')!;
    await expect(twoParagraphs.querySelectorAll(':scope > p')).toHaveLength(2);
    // The diagram with its caption; the link's title as its tooltip.
    const figure = canvas.getByText('Figure 1. How survey answers travel').closest('figure')!;
    await expect(within(figure).getByRole('img')).toHaveAccessibleName(/from your browser/);
    await expect(canvas.getByRole('link', { name: /list of processors/ })).toHaveAttribute(
      'title',
      'Updated whenever a processor changes',
    );
  },
};

/** CTT's policy in Bahasa Indonesia, Indonesian UI: the same blocks, longer words. */
export const CttIndonesian: Story = {
  globals: { locale: 'id-ID', brand: 'ctt', scheme: 'light' },
  args: { policy: realWorldPolicyId },
  play: async ({ canvas }) => {
    const purposes = canvas.getByRole('region', { name: 'Tujuan dan dasar pemrosesan' });
    await expect(purposes).toHaveAttribute('tabindex', '0');
    await expect(
      within(purposes).getByRole('rowheader', { name: 'Membuka dan mengelola akun Anda' }),
    ).toBeVisible();
    await expect(
      within(purposes).getByRole('columnheader', { name: 'Dasar pemrosesan' }),
    ).toHaveAttribute('scope', 'col');
    // The letter address keeps its lines.
    const address = canvas.getByText(/Pejabat Pelindungan Data Pribadi/);
    await expect(address.querySelectorAll('br')).toHaveLength(3);
    const figure = canvas.getByText('Gambar 1. Aliran data Anda').closest('figure')!;
    await expect(within(figure).getByRole('img')).toHaveAccessibleName(/dari aplikasi/);
    await expect(canvas.getByText('Ukuran layar').closest('ul ul ul')).not.toBeNull();
  },
};

/** The viewer at a phone's width, whatever the window's (see phone-viewport.ts). */
const renderOnPhone: Story['render'] = (args) => (
  <div className="sb-pk-phone" style={{ maxWidth: PHONE_CONTENT_WIDTH }}>
    <PolicyViewer {...args} />
  </div>
);
/** Nothing in the phone column reaches past its edge but the table regions' own content. */
const phonePageFits = (root: HTMLElement) => {
  const phone = root.querySelector<HTMLElement>('.sb-pk-phone')!;
  const edge = phone.getBoundingClientRect().right + 6; // panels bleed 6 px for focus rings
  return [...phone.querySelectorAll('*')]
    .filter((el) => !el.closest('.pk-PolicyViewer-table'))
    .filter((el) => el.getBoundingClientRect().right > edge + 0.5)
    .map((el) => `${el.tagName}.${el.className}`);
};

/** The region scrolled to its far edge: the table's last column fully in view. */
const scrollToEnd = async (region: HTMLElement) => {
  region.scrollLeft = region.scrollWidth;
  const last = region.querySelector('thead th:last-child')!;
  await waitFor(() =>
    expect(last.getBoundingClientRect().right).toBeLessThanOrEqual(
      region.getBoundingClientRect().right + 1,
    ),
  );
};

/**
 * On a 390 px phone: the page itself never scrolls sideways; the cookie table does, inside
 * its own named region, which the keyboard reaches with Tab (arrow-key scrolling needs real
 * key presses: table-image-rich-blocks.browser.test.tsx). Ends scrolled to the far edge.
 */
export const BtnCxPhone: Story = {
  parameters: PHONE_VIEWPORT_PARAMETERS,
  globals: { locale: 'en', brand: 'btn-cx', scheme: 'light', viewport: PHONE_VIEWPORT },
  args: { policy: realWorldPolicyEn },
  render: renderOnPhone,
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(phonePageFits(canvasElement)).toEqual([]);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    const region = canvas.getByRole('region', { name: 'Cookies on cx.btn.co.id' });
    await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    // Tab from the section's button (nothing focusable between) lands on the table's region.
    canvas.getByRole('button', { name: '3. Cookies' }).focus();
    await userEvent.tab();
    await expect(region).toHaveFocus();
    await scrollToEnd(region);
  },
};

/**
 * CTT on a phone, Indonesian UI: both tables scroll inside their regions instead of
 * squeezing Indonesian's longer words to a letter column. Ends with the purposes table
 * scrolled to its far edge.
 */
export const CttPhone: Story = {
  parameters: PHONE_VIEWPORT_PARAMETERS,
  globals: { locale: 'id-ID', brand: 'ctt', scheme: 'light', viewport: PHONE_VIEWPORT },
  args: { policy: realWorldPolicyId },
  render: renderOnPhone,
  play: async ({ canvas, canvasElement }) => {
    await expect(phonePageFits(canvasElement)).toEqual([]);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    const regions = canvasElement.querySelectorAll<HTMLElement>('.pk-PolicyViewer-table');
    await expect(regions).toHaveLength(2);
    for (const region of regions) {
      await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
      const fontSize = parseFloat(getComputedStyle(region.querySelector('td')!).fontSize);
      for (const cell of region.querySelectorAll('th, td')) {
        await expect(cell.getBoundingClientRect().width).toBeGreaterThanOrEqual(8 * fontSize - 1);
      }
    }
    await scrollToEnd(canvas.getByRole('region', { name: 'Tujuan dan dasar pemrosesan' }));
  },
};

const looksDistinct = (a: string, b: string) => a !== b && a !== 'rgba(0, 0, 0, 0)';

/** BTN CX in dark: header row on its own surface, cell borders visible on the dark page. */
export const BtnCxDark: Story = {
  globals: { locale: 'en', brand: 'btn-cx', scheme: 'dark' },
  args: { policy: realWorldPolicyEn },
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: 'Cookies on cx.btn.co.id' });
    const page = getComputedStyle(document.documentElement).backgroundColor;
    const header = getComputedStyle(within(table).getByRole('columnheader', { name: 'Name' }));
    await expect(looksDistinct(header.backgroundColor, page)).toBe(true);
    const cell = getComputedStyle(within(table).getByRole('cell', { name: '1 year' }));
    await expect(looksDistinct(cell.borderTopColor, page)).toBe(true);
  },
};

/** CTT in dark, Indonesian UI. */
export const CttDark: Story = {
  globals: { locale: 'id-ID', brand: 'ctt', scheme: 'dark' },
  args: { policy: realWorldPolicyId },
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: 'Cookie di dasbor.ctt.id' });
    await expect(within(table).getAllByRole('rowheader')).toHaveLength(4);
    const caption = canvas.getByText('Gambar 1. Aliran data Anda');
    await expect(caption.tagName).toBe('FIGCAPTION');
    await expect(caption).toBeVisible();
  },
};

/** Search reaches cells, row headers and nested items, and highlights them there. */
export const SearchInTablesAndNestedLists: Story = {
  globals: { locale: 'en', brand: 'btn-cx', scheme: 'light' },
  args: { policy: realWorldPolicyEn, search: true },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByRole('searchbox'), 'IP address');
    await waitFor(() => expect(canvasElement.querySelector('td mark')).not.toBeNull());
    await expect(canvasElement.querySelector('ul ul ul mark')).toHaveTextContent('IP');
    await expect(canvas.getByRole('status')).toHaveTextContent(/\d+ match/);
  },
};

/**
 * As printed (the stylesheet's print rules applied on screen, see PrintPreview): no scroll
 * region, the whole table with its header repeated on every page and rows kept whole, link
 * targets written out.
 */
export const PrintEnglish: Story = {
  globals: { locale: 'en', brand: 'btn-cx', scheme: 'light' },
  args: { policy: realWorldPolicyEn },
  render: (args) => (
    <PrintPreview>
      <PolicyViewer {...args} />
    </PrintPreview>
  ),
  play: async ({ canvas, canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-print-rules="applied"]')).not.toBeNull(),
    );
    const region = canvas.getByRole('region', { name: 'Cookies on cx.btn.co.id' });
    await expect(getComputedStyle(region).overflowX).toBe('visible');
    await expect(region.scrollWidth).toBeLessThanOrEqual(region.clientWidth);
    const table = within(region).getByRole('table');
    await expect(getComputedStyle(table.querySelector('thead')!).display).toBe(
      'table-header-group',
    );
    await expect(getComputedStyle(table.querySelector('tbody tr')!).breakInside).toBe('avoid');
    const link = canvas.getByRole('link', { name: /list of processors/ });
    await expect(getComputedStyle(link, '::after').content).toContain('cx.btn.co.id/processors');
  },
};

/** CTT as printed, in Bahasa Indonesia. */
export const PrintIndonesian: Story = {
  globals: { locale: 'id-ID', brand: 'ctt', scheme: 'light' },
  args: { policy: realWorldPolicyId },
  render: (args) => (
    <PrintPreview>
      <PolicyViewer {...args} />
    </PrintPreview>
  ),
  play: async ({ canvas, canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-print-rules="applied"]')).not.toBeNull(),
    );
    for (const region of canvas.getAllByRole('region')) {
      await expect(region.scrollWidth).toBeLessThanOrEqual(region.clientWidth);
    }
  },
};
