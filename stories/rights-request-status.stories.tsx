import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { RightsRequestStatus, type RightsRequestStatusProps } from '@policykit/react';
import {
  PHONE_CONTENT_WIDTH,
  PHONE_VIEWPORT,
  PHONE_VIEWPORT_PARAMETERS,
} from './support/phone-viewport';
import { STATUS_CODE, btnFulfilled, cttInProgress, statusServer } from './support/status-replies';

/*
 * The requester's status page: typed in, or opened from the receipt's status link, for both
 * hosts and languages, found and not found, on a phone. Lookups are answered in the browser by
 * replies shaped as the SDK's status handler gives them (support/status-replies.ts).
 */
const meta = {
  title: 'Components/RightsRequestStatus',
  component: RightsRequestStatus,
  parameters: {
    docs: {
      description: {
        component:
          'Where a rights request stands, for the person who made it: the reference and the ' +
          'status code from the receipt (or its status link) look it up; the code travels in a ' +
          'header, never the URL. Status in words (never colour alone), received and reply-by ' +
          'dates in the controller’s zone (WIB here), the history with the DPO’s public notes. ' +
          'An unknown reference and a wrong code get the same answer.',
      },
    },
  },
  args: { endpoint: 'https://ctt.example/api/rights-requests/status', timeZone: 'Asia/Jakarta' },
  render: (args) => (
    <main>
      <RightsRequestStatus {...args} />
    </main>
  ),
} satisfies Meta<RightsRequestStatusProps>;

export default meta;
type Story = StoryObj<typeof meta>;

/** CTT, Indonesian: opened from the status link (reference and code given), in progress with a note. */
export const CttInProgress: Story = {
  args: {
    fetch: statusServer(cttInProgress),
    reference: cttInProgress.reference,
    token: STATUS_CODE,
  },
  globals: { locale: 'id-ID', brand: 'ctt' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const heading = await canvas.findByRole('heading', {
      name: 'CTT-2026-000123: Sedang diproses',
    });
    // Looked up on load: focus is not taken from where the page starts.
    await expect(heading).not.toHaveFocus();
    await expect(canvas.getByText('Jawaban paling lambat')).toBeVisible();
    await expect(canvas.getByText(/mengumpulkan data Anda/)).toBeVisible();
  },
};

/** BTN CX, English: typed in by keyboard only, completed — no reply-by date once closed. */
export const BtnCompletedTypedIn: Story = {
  args: { fetch: statusServer(btnFulfilled) },
  globals: { locale: 'en', brand: 'btn-cx' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByLabelText('Reference number'));
    await userEvent.keyboard(btnFulfilled.reference);
    await userEvent.tab();
    await userEvent.keyboard(STATUS_CODE);
    await userEvent.keyboard('{Enter}');
    await expect(
      await canvas.findByRole('heading', { name: 'BTN-2026-000042: Completed' }),
    ).toHaveFocus();
    await expect(canvas.queryByText('Reply expected by')).toBeNull();
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);
  },
};

/** A wrong code: the one answer for every miss, with what was typed still in the fields. */
export const CttNotFound: Story = {
  args: { fetch: statusServer(cttInProgress) },
  globals: { locale: 'id-ID', brand: 'ctt' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Nomor referensi'), cttInProgress.reference);
    await userEvent.type(canvas.getByLabelText('Kode status'), 'salah-kode-yang-panjang');
    await userEvent.click(canvas.getByRole('button', { name: 'Periksa status' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(/Tidak ada permintaan/);
    await expect(alert).toHaveFocus();
    await expect(canvas.getByLabelText('Kode status')).toHaveValue('salah-kode-yang-panjang');
  },
};

/** CTT on a 390 px phone: facts stacked, nothing past the edge. */
export const CttInProgressPhone: Story = {
  ...CttInProgress,
  parameters: PHONE_VIEWPORT_PARAMETERS,
  globals: { locale: 'id-ID', brand: 'ctt', viewport: PHONE_VIEWPORT },
  render: (args) => (
    <main className="sb-pk-phone" style={{ maxWidth: PHONE_CONTENT_WIDTH }}>
      <RightsRequestStatus {...args} />
    </main>
  ),
  play: async (context) => {
    await CttInProgress.play!(context);
    const phone = context.canvasElement.querySelector<HTMLElement>('.sb-pk-phone')!;
    const edge = phone.getBoundingClientRect().right + 0.5;
    const wide = [...phone.querySelectorAll('*')].filter(
      (el) => el.getBoundingClientRect().right > edge,
    );
    await expect(wide).toEqual([]);
  },
};

/** BTN CX in dark mode. */
export const BtnCompletedDark: Story = {
  args: {
    fetch: statusServer(btnFulfilled),
    reference: btnFulfilled.reference,
    token: STATUS_CODE,
  },
  globals: { locale: 'en', brand: 'btn-cx', scheme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('heading', { name: 'BTN-2026-000042: Completed' }),
    ).toBeVisible();
  },
};
