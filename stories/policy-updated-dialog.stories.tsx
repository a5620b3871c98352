import type { ComponentType, ReactNode } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  createAcknowledgementStore,
  type AcknowledgementStore,
  type PolicyDocument,
  type StorageLike,
} from '@policykit/sdk';
import { PolicyUpdatedDialog, PolicyViewer, type PolicyUpdatedDialogProps } from '@policykit/react';

/*
 * Demo documents: the two seed policies, cut down to their section outline, each with an
 * earlier version so the dialog has something to compare. (To be replaced by the shared
 * fixtures in test/fixtures/policies once they exist.)
 */
const p = (text: string) => [{ type: 'paragraph' as const, text }];

const cttPrevious: PolicyDocument = {
  schemaVersion: 1,
  id: 'ctt-privacy',
  version: '2023-12-01',
  locale: 'id-ID',
  title: 'Kebijakan Privasi',
  lastUpdated: '2023-12-01',
  sections: [
    {
      id: 'komitmen',
      title: 'Komitmen Privasi Kami',
      blocks: p('CTT berkomitmen melindungi data Anda.'),
    },
    {
      id: 'informasi-dikumpulkan',
      title: 'Informasi yang Kami Kumpulkan',
      blocks: p('Nama lengkap, alamat email dan nomor telepon.'),
    },
    {
      id: 'faks',
      title: 'Permintaan melalui Faks',
      blocks: p('Kirim permintaan ke nomor faks kami.'),
    },
    { id: 'hak-hak-anda', title: 'Hak-Hak Anda', blocks: p('Akses, koreksi dan penghapusan.') },
  ],
};

const cttCurrent: PolicyDocument = {
  ...cttPrevious,
  version: '2024-06-12',
  lastUpdated: '2024-06-12',
  sections: [
    {
      id: 'komitmen',
      title: 'Komitmen Privasi Kami',
      blocks: p('CTT berkomitmen melindungi data Anda.'),
    },
    {
      id: 'informasi-dikumpulkan',
      title: 'Informasi yang Kami Kumpulkan',
      blocks: p('Nama lengkap, alamat email, nomor telepon, dan data transaksi.'),
    },
    {
      id: 'keamanan-data',
      title: 'Keamanan Data',
      blocks: p('Enkripsi end-to-end dan autentikasi multi-faktor.'),
    },
    {
      id: 'hak-hak-anda',
      title: 'Hak-Hak Anda',
      blocks: p('Akses, koreksi, penghapusan, portabilitas, pembatasan dan keberatan.'),
    },
  ],
};

const cttUpcoming: PolicyDocument = {
  ...cttCurrent,
  version: '2027-01-01',
  lastUpdated: '2026-11-01',
  effectiveDate: '2027-01-01',
  sections: [
    ...cttCurrent.sections.slice(0, 3),
    {
      id: 'pembagian-data',
      title: 'Pembagian Data dengan Pihak Ketiga',
      blocks: p('Kami tidak akan pernah menjual data pribadi Anda.'),
    },
    ...cttCurrent.sections.slice(3),
  ],
};

const btnPrevious: PolicyDocument = {
  schemaVersion: 1,
  id: 'btn-cx-privacy',
  version: '2022-09-01',
  locale: 'en',
  title: 'Privacy Policy',
  lastUpdated: '2022-09-01',
  sections: [
    {
      id: 'information-we-collect',
      title: '1. Information We Collect',
      blocks: p('Account data.'),
    },
    { id: 'how-we-use', title: '2. How We Use Your Information', blocks: p('To run surveys.') },
    { id: 'data-security', title: '3. Data Security', blocks: p('HTTPS/TLS.') },
    { id: 'your-rights', title: '4. Your Rights', blocks: p('Access and correction.') },
  ],
};

const btnCurrent: PolicyDocument = {
  ...btnPrevious,
  version: '2023-11-01',
  lastUpdated: '2023-11-01',
  sections: [
    {
      id: 'information-we-collect',
      title: '1. Information We Collect',
      blocks: p('Account data.'),
    },
    { id: 'how-we-use', title: '2. How We Use Your Information', blocks: p('To run surveys.') },
    { id: 'sharing', title: '3. Information Sharing and Disclosure', blocks: p('Never sold.') },
    {
      id: 'data-security',
      title: '4. Data Security',
      blocks: p('HTTPS/TLS, two-factor authentication and role-based access.'),
    },
    { id: 'cookies', title: '5. Cookies and Tracking Technologies', blocks: p('Essential only.') },
    { id: 'your-rights', title: '6. Your Rights', blocks: p('Access and correction.') },
  ],
};

/** A fresh in-memory storage for every story render: no state leaks between stories. */
function memoryStorage(): StorageLike {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

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
    <HostPage policy={args.policy} previous={args.previous}>
      <PolicyUpdatedDialog {...args} store={loaded.store as AcknowledgementStore} />
    </HostPage>
  ),
  args: { policy: btnCurrent, mode: 'blocking' },
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

/** BTN CX: acknowledged 2022-09-01, now 2023-11-01 — added, renumbered and changed sections. */
export const UpdatedBtnCx: Story = {
  globals: { locale: 'en' },
  args: { policy: btnCurrent, previous: btnPrevious },
  parameters: { storeSetup: { acknowledged: [btnPrevious] } },
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('alertdialog');
    await expect(dialog).toHaveAccessibleName('Our Privacy Policy has been updated');
    await expect(
      within(dialog).getByRole('link', { name: '5. Cookies and Tracking Technologies' }),
    ).toHaveAttribute('href', '#cookies');
  },
};

/** CTT (Bahasa Indonesia): acknowledged 2023-12-01, now 2024-06-12 — one removed section too. */
export const UpdatedCtt: Story = {
  globals: { locale: 'id-ID' },
  args: { policy: cttCurrent, previous: cttPrevious },
  parameters: { storeSetup: { acknowledged: [cttPrevious] } },
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('alertdialog');
    await expect(dialog).toHaveAccessibleName('Kebijakan Privasi kami telah diperbarui');
    await expect(dialog).toHaveTextContent('Terakhir diperbarui 12 Juni 2024');
    await expect(within(dialog).getByText('Permintaan melalui Faks')).toBeInTheDocument();
    await expect(
      within(dialog).queryByRole('link', { name: 'Permintaan melalui Faks' }),
    ).toBeNull();
  },
};

/** Blocking (default): Escape and clicks outside do nothing; only "Acknowledge" continues. */
export const Blocking: Story = {
  globals: { locale: 'en' },
  args: { policy: btnCurrent, previous: btnPrevious, mode: 'blocking' },
  parameters: { storeSetup: { acknowledged: [btnPrevious] } },
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('alertdialog');
    await userEvent.keyboard('{Escape}');
    await expect(dialog).toHaveAttribute('data-state', 'open');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() => expect(body(canvasElement).queryByRole('alertdialog')).toBeNull());
  },
};

/** Dismissible: Escape, an outside click or "Remind me later" put it off for this session. */
export const Dismissible: Story = {
  globals: { locale: 'en' },
  args: { policy: btnCurrent, previous: btnPrevious, mode: 'dismissible' },
  parameters: { storeSetup: { acknowledged: [btnPrevious] } },
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remind me later' }));
    await waitFor(() => expect(body(canvasElement).queryByRole('dialog')).toBeNull());
  },
};

/** Following a link to a changed section: the modal becomes a review bar so the text can be read. */
export const ReviewingAChange: Story = {
  globals: { locale: 'id-ID' },
  args: { policy: cttCurrent, previous: cttPrevious },
  parameters: { storeSetup: { acknowledged: [cttPrevious] } },
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
        within(canvasElement).getByRole('button', { name: /Keamanan Data/, expanded: true }),
      ).toBeVisible(),
    );
  },
};

/** A version that takes effect on 1 January 2027, announced on 22 November 2026: a notice, not a modal. */
export const UpcomingChange: Story = {
  globals: { locale: 'id-ID' },
  args: { policy: cttCurrent, upcoming: cttUpcoming, now: new Date('2026-11-22T09:00:00Z') },
  parameters: { storeSetup: { acknowledged: [cttCurrent] } },
  play: async ({ canvasElement }) => {
    const notice = await body(canvasElement).findByRole('region', {
      name: 'Kebijakan ini akan berubah pada 1 Januari 2027',
    });
    await userEvent.click(within(notice).getByText('Apa saja yang berubah (1 bagian)'));
    await expect(within(notice).getByText('Pembagian Data dengan Pihak Ketiga')).toBeVisible();
    await userEvent.click(within(notice).getByRole('button', { name: 'Saya mengerti' }));
    await waitFor(() =>
      expect(body(canvasElement).queryByRole('region', { name: /akan berubah/ })).toBeNull(),
    );
  },
};

/** The same upcoming version once 1 January 2027 has come: the usual dialog, about it. */
export const UpcomingChangeInEffect: Story = {
  globals: { locale: 'id-ID' },
  args: { policy: cttCurrent, upcoming: cttUpcoming, now: new Date('2027-01-02T09:00:00Z') },
  parameters: { storeSetup: { acknowledged: [cttCurrent] } },
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('alertdialog');
    await expect(dialog).toHaveTextContent('Versi 2027-01-01');
  },
};

/** Storage throws on every call (private mode, quota): the person can still acknowledge. */
export const StorageBroken: Story = {
  globals: { locale: 'en' },
  parameters: { storeSetup: { broken: true } },
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() => expect(body(canvasElement).queryByRole('alertdialog')).toBeNull());
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Open settings' }));
  },
};
