import type { ComponentType, ReactNode } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  acknowledgementReceipt,
  createAcknowledgementStore,
  policyDocumentHash,
  type AcknowledgementRecord,
  type AcknowledgementStore,
  type PolicyDocument,
  type StorageLike,
} from '@policykit/sdk';
import {
  AcknowledgementReceiptButton,
  PolicyUpdatedDialog,
  PolicyViewer,
  type PolicyUpdatedDialogProps,
} from '@policykit/react';
import {
  btnEn,
  btnEnPrevious,
  btnId,
  btnIdPrevious,
  cttEn,
  cttEnPrevious,
  cttId,
  cttIdPrevious,
  cttIdUpcoming,
} from '../test/fixtures/policies';
import { memoryStorage } from '../test/fixtures/memory-storage';

/** Private mode, a full quota, blocked cookies: every call throws. */
function brokenStorage(): StorageLike {
  return {
    getItem: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
}

interface StoreSetup {
  /** Versions the person acknowledged before the story starts. */
  acknowledged?: PolicyDocument[];
  broken?: boolean;
}

/**
 * The host page: a control the person was using, and the policy in a `<PolicyViewer>`
 * (marking the same changes), which the dialog's links open.
 */
function HostPage({
  policy,
  previous,
  children,
}: {
  policy: PolicyDocument;
  previous?: PolicyDocument;
  children: ReactNode;
}) {
  return (
    <main>
      <h1>Dashboard</h1>
      <p>
        <button type="button">Open settings</button>
      </p>
      {children}
      <PolicyViewer policy={policy} changesSince={previous} headingLevel={3} search={false} />
    </main>
  );
}

type DialogArgs = Omit<PolicyUpdatedDialogProps, 'store'>;

const meta = {
  title: 'Components/PolicyUpdatedDialog',
  // The props table documents the real component; `store` is not an arg but comes fresh
  // from the loader below, hence the narrower type.
  component: PolicyUpdatedDialog as unknown as ComponentType<DialogArgs>,
  parameters: {
    docs: {
      description: {
        component:
          'Tells a person the policy changed, lists what changed (links jump into the policy), ' +
          'and records their acknowledgement. Opens only after hydration and only when ' +
          '`store.needsAcknowledgement(policy)`. Given `upcoming`, announces a change before it ' +
          'takes effect (UU PDP Pasal 21(2)). Every story starts with its own in-memory store.',
      },
      story: { inline: false, height: '32rem' },
    },
  },
  argTypes: {
    mode: { control: { type: 'inline-radio' }, options: ['blocking', 'dismissible'] },
    policy: { control: false },
    previous: { control: false },
    upcoming: { control: false },
    now: { control: 'date' },
  },
  // A fresh store per render, from the story's `storeSetup` parameter.
  loaders: [
    ({ parameters }) => {
      const setup = (parameters.storeSetup ?? {}) as StoreSetup;
      const store: AcknowledgementStore = createAcknowledgementStore({
        storage: setup.broken ? brokenStorage() : memoryStorage(),
        onError: (error) => console.warn('[acknowledgement store]', error),
      });
      for (const doc of setup.acknowledged ?? []) store.acknowledge(doc);
      return { store };
    },
  ],
  beforeEach: () => {
    // "Remind me later" and the review bar live in sessionStorage; start each story without them.
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith('policykit:')) sessionStorage.removeItem(key);
    }
  },
  render: (args, { loaded }) => (
    // Every story passes one document (the translation sets are tested in
    // packages/react/src/shared/translation-sets.test.tsx).
    <HostPage policy={args.policy as PolicyDocument} previous={args.previous as PolicyDocument}>
      <PolicyUpdatedDialog {...args} store={loaded.store as AcknowledgementStore} />
    </HostPage>
  ),
  args: { policy: btnEn, mode: 'blocking' },
} satisfies Meta<DialogArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const body = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

/** Never acknowledged anything: the whole policy, no list of changes. */
export const FirstVisit: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('alertdialog');
    await expect(dialog).toHaveAccessibleName('Please read our Privacy Policy');
    await expect(within(dialog).queryByRole('list')).toBeNull();
  },
};

/** BTN CX: acknowledged 2023-03-15, now 2024-11-01 — changed sections and a removed one. */
export const UpdatedBtnCx: Story = {
  globals: { locale: 'en' },
  args: { policy: btnEn, previous: btnEnPrevious },
  parameters: { storeSetup: { acknowledged: [btnEnPrevious] } },
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('alertdialog');
    await expect(dialog).toHaveAccessibleName('Our Privacy Policy has been updated');
    await expect(within(dialog).getByRole('link', { name: '4. Data Security' })).toHaveAttribute(
      'href',
      '#data-security',
    );
    // Removed: named, not linked (there is nothing left to jump to).
    await expect(within(dialog).getByText('7. Data Retention')).toBeInTheDocument();
    await expect(within(dialog).queryByRole('link', { name: '7. Data Retention' })).toBeNull();
  },
};

/** BTN CX in its Indonesian translation, with the Indonesian interface. */
export const UpdatedBtnCxIndonesian: Story = {
  globals: { locale: 'id-ID' },
  args: { policy: btnId, previous: btnIdPrevious, mode: 'dismissible' },
  parameters: { storeSetup: { acknowledged: [btnIdPrevious] } },
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('dialog');
    await expect(dialog).toHaveAccessibleName('Kebijakan Privasi kami telah diperbarui');
    await expect(
      within(dialog).getByRole('button', { name: 'Ingatkan saya nanti' }),
    ).toBeInTheDocument();
  },
};

/** CTT (Bahasa Indonesia, the seed): acknowledged 2023-09-01, now 2024-06-12. */
export const UpdatedCtt: Story = {
  globals: { locale: 'id-ID' },
  args: { policy: cttId, previous: cttIdPrevious },
  parameters: { storeSetup: { acknowledged: [cttIdPrevious] } },
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('alertdialog');
    await expect(dialog).toHaveAccessibleName('Kebijakan Privasi kami telah diperbarui');
    await expect(dialog).toHaveTextContent('Terakhir diperbarui 12 Juni 2024');
    const added = within(dialog).getByRole('link', { name: 'Transfer Data Internasional' });
    await expect(added.closest('li')).toHaveAttribute('data-change', 'added');
  },
};

/** CTT in its English translation, with the English interface. */
export const UpdatedCttEnglish: Story = {
  globals: { locale: 'en' },
  args: { policy: cttEn, previous: cttEnPrevious },
  parameters: { storeSetup: { acknowledged: [cttEnPrevious] } },
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('alertdialog');
    await expect(dialog).toHaveTextContent('Last updated June 12, 2024');
    await expect(
      within(dialog).getByRole('link', { name: 'International Data Transfers' }),
    ).toBeInTheDocument();
  },
};

/** Blocking (default): Escape and clicks outside do nothing; only "Acknowledge" continues. */
export const Blocking: Story = {
  globals: { locale: 'en' },
  args: { policy: btnEn, previous: btnEnPrevious, mode: 'blocking' },
  parameters: { storeSetup: { acknowledged: [btnEnPrevious] } },
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('alertdialog');
    await userEvent.keyboard('{Escape}');
    await expect(dialog).toHaveAttribute('data-state', 'open');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() => expect(body(canvasElement).queryByRole('alertdialog')).toBeNull());
  },
};

/** Dismissible: it offers "Remind me later", and Escape or an outside click put it off too. */
export const Dismissible: Story = {
  globals: { locale: 'en' },
  args: { policy: btnEn, previous: btnEnPrevious, mode: 'dismissible' },
  parameters: { storeSetup: { acknowledged: [btnEnPrevious] } },
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('dialog');
    // Visible once the opening animation has shown it.
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Remind me later' })).toBeVisible(),
    );
    await expect(within(dialog).getByRole('button', { name: 'Acknowledge' })).toBeVisible();
  },
};

/** Dismissible, after "Remind me later": put off for this session, the page usable again. */
export const DismissibleRemindedLater: Story = {
  ...Dismissible,
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remind me later' }));
    await waitFor(() => expect(body(canvasElement).queryByRole('dialog')).toBeNull());
  },
};

/** Following a link to a changed section: the modal becomes a review bar so the text can be read. */
export const ReviewingAChange: Story = {
  globals: { locale: 'id-ID' },
  args: { policy: cttId, previous: cttIdPrevious },
  parameters: { storeSetup: { acknowledged: [cttIdPrevious] } },
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('link', { name: 'Keamanan Data' }));
    const bar = await body(canvasElement).findByRole('region', {
      name: 'Meninjau perubahan Kebijakan Privasi',
    });
    await expect(
      within(bar).getByRole('button', { name: 'Kembali ke daftar perubahan' }),
    ).toBeVisible();
    // The viewer opened the section the link named.
    await waitFor(() =>
      expect(
        within(canvasElement).getByRole('button', { name: /^Keamanan Data/, expanded: true }),
      ).toBeVisible(),
    );
  },
};

/** The version that takes effect on 1 January 2027, announced on 22 November 2026: a notice, not a modal. */
export const UpcomingChange: Story = {
  globals: { locale: 'id-ID' },
  args: { policy: cttId, upcoming: cttIdUpcoming, now: new Date('2026-11-22T09:00:00Z') },
  parameters: { storeSetup: { acknowledged: [cttId] } },
  play: async ({ canvasElement }) => {
    const notice = await body(canvasElement).findByRole('region', {
      name: 'Kebijakan ini akan berubah pada 1 Januari 2027',
    });
    await userEvent.click(within(notice).getByText('Apa saja yang berubah (3 bagian)'));
    await expect(within(notice).getByText('Dasar Pemrosesan Data')).toBeVisible();
  },
};

/** The upcoming-change notice after "Saya mengerti": acknowledged, and gone. */
export const UpcomingChangeAcknowledged: Story = {
  ...UpcomingChange,
  play: async ({ canvasElement }) => {
    const notice = await body(canvasElement).findByRole('region', {
      name: 'Kebijakan ini akan berubah pada 1 Januari 2027',
    });
    await userEvent.click(within(notice).getByRole('button', { name: 'Saya mengerti' }));
    await waitFor(() =>
      expect(body(canvasElement).queryByRole('region', { name: /akan berubah/ })).toBeNull(),
    );
  },
};

/** The same upcoming version once 1 January 2027 has come: the usual dialog, about it. */
export const UpcomingChangeInEffect: Story = {
  globals: { locale: 'id-ID' },
  args: { policy: cttId, upcoming: cttIdUpcoming, now: new Date('2027-01-02T09:00:00Z') },
  parameters: { storeSetup: { acknowledged: [cttId] } },
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('alertdialog');
    await expect(dialog).toHaveTextContent(`Versi ${cttIdUpcoming.version}`);
  },
};

/** Storage throws on every call (private mode, quota): the dialog still shows, ready to acknowledge. */
export const StorageBroken: Story = {
  globals: { locale: 'en' },
  parameters: { storeSetup: { broken: true } },
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('alertdialog');
    await expect(within(dialog).getByRole('button', { name: 'Acknowledge' })).toBeEnabled();
  },
};

/** Storage broken, after "Acknowledge": the dialog closes and the page works. */
export const StorageBrokenAcknowledged: Story = {
  ...StorageBroken,
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() => expect(body(canvasElement).queryByRole('alertdialog')).toBeNull());
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Open settings' }));
  },
};

/**
 * What a server gives for a record (in stories, built with the SDK's `acknowledgementReceipt`
 * from the document the server was told was shown; the host app gets it from
 * `createServerAcknowledgementStorage`).
 */
const serverReceiptOf = (shown: PolicyDocument) => async (record: AcknowledgementRecord) =>
  acknowledgementReceipt({
    recordId: `rec-${record.receiptId.slice(0, 8)}`,
    subjectId: 'user-42',
    policyId: record.policyId,
    version: record.version,
    locale: record.locale,
    documentSha256: await policyDocumentHash(shown),
    channel: 'dialog',
    recordedAt: record.acknowledgedAt,
  });

/** BTN CX brand, English: after Acknowledge, the receipt — downloaded and verified against the document shown. */
export const ReceiptVerified: Story = {
  globals: { locale: 'en', brand: 'btn-cx', scheme: 'light' },
  args: { policy: btnEn, showReceipt: true, receiptFor: serverReceiptOf(btnEn) },
  play: async ({ canvasElement }) => {
    const page = body(canvasElement);
    await userEvent.click(await page.findByRole('button', { name: 'Acknowledge' }));
    const dialog = await page.findByRole('dialog', { name: 'Your acknowledgement' });
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Verify' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        'The receipt matches the document shown',
      ),
    );
  },
};

/** CTT brand, Bahasa Indonesia: the page now shows a document changed after the receipt was made — Verify says it does not match. */
export const ReceiptTampered: Story = {
  globals: { locale: 'id-ID', brand: 'ctt', scheme: 'light' },
  args: {
    policy: { ...cttId, title: `${cttId.title} (diubah)` },
    showReceipt: true,
    receiptFor: serverReceiptOf(cttId),
  },
  play: async ({ canvasElement }) => {
    const page = body(canvasElement);
    await userEvent.click(await page.findByRole('button', { name: 'Saya mengerti' }));
    const dialog = await page.findByRole('dialog', { name: 'Konfirmasi Anda' });
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Verifikasi' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent('Tanda terima tidak cocok'),
    );
  },
};

/** CTT brand, Bahasa Indonesia, no server: the acknowledgement is on this device only, and the dialog says so. */
export const ReceiptDeviceOnly: Story = {
  globals: { locale: 'id-ID', brand: 'ctt', scheme: 'light' },
  args: { policy: cttId, showReceipt: true },
  play: async ({ canvasElement }) => {
    const page = body(canvasElement);
    await userEvent.click(await page.findByRole('button', { name: 'Saya mengerti' }));
    const dialog = await page.findByRole('dialog', { name: 'Konfirmasi Anda' });
    await expect(dialog).toHaveTextContent('hanya tercatat di perangkat ini');
  },
};

/** BTN CX brand, English: someone who acknowledged before opens their receipt from the page. */
export const ReceiptAcknowledgedBefore: Story = {
  globals: { locale: 'en', brand: 'btn-cx', scheme: 'light' },
  args: { policy: btnEn },
  parameters: { storeSetup: { acknowledged: [btnEn] } },
  render: (args, { loaded }) => (
    <main>
      <h1>Account</h1>
      <AcknowledgementReceiptButton
        policy={args.policy}
        store={loaded.store as AcknowledgementStore}
        receiptFor={serverReceiptOf(btnEn)}
      />
    </main>
  ),
  play: async ({ canvasElement }) => {
    const page = body(canvasElement);
    await userEvent.click(await page.findByRole('button', { name: 'Your receipt' }));
    const dialog = await page.findByRole('dialog', { name: 'Your acknowledgement' });
    const download = await within(dialog).findByRole('button', { name: 'Download receipt' });
    // The dialog fades in: the static-Storybook check caught it at opacity 0.
    await waitFor(() => expect(download).toBeVisible());
  },
};
