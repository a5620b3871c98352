import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { PolicyDocument } from '@policykit/sdk';
import { PolicyViewer } from '@policykit/react';
import { generatePolicy } from '../test/fixtures/generate-policy';
import {
  btnEn,
  btnEnPrevious,
  btnId,
  cttEn,
  cttId,
  cttIdPrevious,
} from '../test/fixtures/policies';

/** A policy every reader can take in at a glance: one section, one paragraph. */
const shortPolicy: PolicyDocument = {
  schemaVersion: 1,
  id: 'newsletter-privacy',
  version: '1',
  locale: 'en',
  title: 'Newsletter privacy notice',
  lastUpdated: '2025-09-30',
  sections: [
    {
      id: 'what-we-keep',
      title: 'What we keep',
      summary: 'Only your e-mail address.',
      blocks: [
        {
          type: 'paragraph',
          text: [
            'We keep your e-mail address until you unsubscribe. Write to ',
            { type: 'link', href: 'mailto:privacy@example.com', text: 'privacy@example.com' },
            ' with any question.',
          ],
        },
      ],
    },
  ],
};

/** 200 generated sections (with subsections): how the viewer holds up on a long document. */
const longPolicy = generatePolicy({ sections: 200, subsectionsEvery: 5 });

const meta = {
  title: 'Components/PolicyViewer',
  component: PolicyViewer,
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'A privacy policy to read in-app: accordion sections (a button in a real heading each), ' +
          'or `variant="document"` with everything open. Table of contents, show all, deep links ' +
          '(`#section-id`), find-in-page into collapsed text, in-policy search, changes since an ' +
          'earlier version, translations with a language switch. Strings and dates follow the ' +
          'toolbar locale (a `PolicyKitProvider`).',
      },
    },
  },
  argTypes: {
    policy: { control: false },
    changesSince: { control: false },
    variant: { control: { type: 'inline-radio' }, options: ['accordion', 'document'] },
    defaultExpanded: {
      control: { type: 'inline-radio' },
      options: ['none', 'first', 'all'],
    },
    headingLevel: { control: { type: 'select' }, options: [1, 2, 3, 4, 5, 6] },
  },
  args: { policy: [cttId, cttEn], search: false, showTitle: true },
  // Opening a section writes its id into the URL hash, and a hash opens its section (deep
  // links): start each story from a clean URL so one story's hash never opens another's section.
  beforeEach: () => {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  },
} satisfies Meta<typeof PolicyViewer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** CTT's policy in Bahasa Indonesia (the seed), Indonesian UI. */
export const CttIndonesian: Story = {
  globals: { locale: 'id-ID' },
  args: { policy: [cttId, cttEn] },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Kebijakan Privasi');
    await expect(canvas.getByText('Terakhir diperbarui')).toBeVisible();
    const section = canvas.getByRole('button', { name: 'Pembagian Data dengan Pihak Ketiga' });
    await userEvent.click(section);
    await expect(section).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('note', { name: 'Penting' })).toBeVisible();
  },
};

/** The same policy for an English-speaking reader: the English translation, English UI. */
export const CttEnglish: Story = {
  globals: { locale: 'en' },
  args: { policy: [cttId, cttEn] },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Privacy Policy');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Language' }), 'id-ID');
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Kebijakan Privasi');
    // The UI keeps the reader's language; only the policy text changed.
    await expect(canvas.getByText('Last updated')).toBeVisible();
    // …and back: the story ends in the English policy it is named after.
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Language' }), 'en');
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Privacy Policy');
  },
};

/** BTN CX's policy in English (the seed): numbered sections, contact block. */
export const BtnCxEnglish: Story = {
  globals: { locale: 'en' },
  args: { policy: [btnEn, btnId] },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: '8. Contact Us' }));
    await expect(canvas.getByRole('link', { name: '+1 (555) 123-4567' })).toHaveAttribute(
      'href',
      'tel:+15551234567',
    );
  },
};

/** BTN CX in its Indonesian translation, Indonesian UI. */
export const BtnCxIndonesian: Story = {
  globals: { locale: 'id-ID' },
  args: { policy: [btnEn, btnId] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('navigation', { name: 'Daftar isi' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Tampilkan semua bagian' })).toBeVisible();
  },
};

/** Everything open, no toggles: for a policy every reader must see in full. */
export const DocumentVariant: Story = {
  globals: { locale: 'id-ID' },
  args: { policy: cttId, variant: 'document' },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button', { name: 'Keamanan Data' })).toBeNull();
    await expect(canvas.getByRole('heading', { level: 2, name: 'Keamanan Data' })).toBeVisible();
    await expect(canvas.getByRole('note', { name: 'Penting' })).toBeVisible();
  },
};

/** What changed since the version the reader saw: badges on added and modified sections. */
export const ChangesSincePreviousVersion: Story = {
  globals: { locale: 'id-ID' },
  args: { policy: cttId, changesSince: cttIdPrevious, defaultExpanded: 'all' },
  play: async ({ canvasElement }) => {
    const added = canvasElement.querySelector('[data-change="added"]') as HTMLElement;
    await expect(added.id).toBe('transfer-internasional');
    await expect(within(added).getByText('Baru')).toBeVisible();
    const modified = canvasElement.querySelector('#keamanan-data') as HTMLElement;
    await expect(modified).toHaveAttribute('data-change', 'modified');
    await expect(within(modified).getAllByText('Diperbarui')[0]).toBeVisible();
  },
};

/** BTN CX changes in English. */
export const ChangesInEnglish: Story = {
  globals: { locale: 'en' },
  args: { policy: btnEn, changesSince: btnEnPrevious },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: '6. Your Rights Updated' })).toBeVisible();
  },
};

/** In-policy search: highlights, a count read out politely, Enter for the next match. */
export const Search: Story = {
  globals: { locale: 'en' },
  args: { policy: btnEn, search: true },
  play: async ({ canvas, canvasElement, userEvent }) => {
    const box = canvas.getByRole('searchbox', { name: 'Search this policy' });
    await userEvent.type(box, 'cookies');
    await expect(canvas.getByRole('status')).toHaveTextContent(/\d+ match/);
    await expect(canvasElement.querySelectorAll('mark').length).toBeGreaterThan(0);
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('status')).toHaveTextContent(/Match 1 of \d+/);
    await expect(canvasElement.querySelector('mark[data-current]')).not.toBeNull();
  },
};

/** Searching in Indonesian: case and accents do not matter. */
export const SearchIndonesian: Story = {
  globals: { locale: 'id-ID' },
  args: { policy: cttId, search: true },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('searchbox'), 'DATA PRIBADI');
    await expect(canvas.getByRole('status')).toHaveTextContent(/hasil ditemukan/);
  },
};

/** Keyboard only: arrow keys, Home and End between section buttons (WAI-ARIA accordion). */
export const Keyboard: Story = {
  globals: { locale: 'en' },
  args: { policy: btnEn, toc: false },
  play: async ({ canvas, userEvent }) => {
    const buttons = canvas
      .getAllByRole('button')
      .filter((button) => button.classList.contains('pk-PolicyViewer-trigger'));
    buttons[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(buttons[1]).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(buttons[buttons.length - 1]).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(buttons[buttons.length - 1]).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Home}');
    await expect(buttons[0]).toHaveFocus();
  },
};

/** A short notice: one section. */
export const Short: Story = {
  globals: { locale: 'en' },
  args: { policy: shortPolicy, defaultExpanded: 'first' },
};

/** A long generated policy (200 sections and their subsections) with search and show all. */
export const Long: Story = {
  globals: { locale: 'en' },
  args: { policy: longPolicy, search: true },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Show all sections' }));
    await waitFor(() =>
      expect(
        canvasElement.querySelectorAll('.pk-PolicyViewer-section[data-state="closed"]'),
      ).toHaveLength(0),
    );
    await expect(canvas.getByRole('button', { name: 'Hide all sections' })).toBeVisible();
  },
};

/** Dark colour scheme, with highlights and change badges. */
export const Dark: Story = {
  globals: { locale: 'id-ID', scheme: 'dark' },
  args: { policy: cttId, changesSince: cttIdPrevious, search: true, defaultExpanded: 'all' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('searchbox'), 'data');
    await expect(canvas.getByRole('status')).toHaveTextContent(/hasil ditemukan/);
  },
};

/** The CTT brand, from --pk-* tokens only. */
export const CttBrand: Story = {
  globals: { locale: 'id-ID', brand: 'ctt' },
  args: { policy: cttId, changesSince: cttIdPrevious },
};

/** The BTN CX brand, from --pk-* tokens only, in dark. */
export const BtnCxBrandDark: Story = {
  globals: { locale: 'en', brand: 'btn-cx', scheme: 'dark' },
  args: { policy: btnEn, search: true, defaultExpanded: 'first' },
};

/** Nested in a page whose own heading is an h2: sections start at h3. */
export const InsideASettingsPage: Story = {
  globals: { locale: 'en' },
  args: { policy: btnEn, headingLevel: 3, showTitle: false },
  render: (args) => (
    <section aria-labelledby="settings-privacy">
      <h2 id="settings-privacy">Privacy</h2>
      <PolicyViewer {...args} />
    </section>
  ),
};

/** A document with a forbidden link: the viewer says what is wrong and where. */
export const InvalidDocument: Story = {
  globals: { locale: 'en' },
  args: {
    policy: {
      ...shortPolicy,
      sections: [
        {
          id: 'x',
          title: 'X',
          blocks: [
            {
              type: 'paragraph',
              text: [{ type: 'link', href: 'javascript:alert(1)', text: 'click' }],
            },
          ],
        },
      ],
    },
  },
  play: async ({ canvas }) => {
    // In every build a forbidden link never becomes a link.
    await expect(canvas.queryByRole('link', { name: 'click' })).toBeNull();
    // Development builds validate the whole document and explain what is wrong; production
    // builds skip that (~6 KB) and rely on per-link checks and the error boundary.
    if (import.meta.env.DEV) {
      await expect(canvas.getByRole('alert')).toHaveTextContent('This policy cannot be shown');
    }
  },
};
