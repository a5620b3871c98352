import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';
import {
  createRightsRequestClient,
  resources,
  type PolicyDocument,
  type RightsRequestClient,
} from '@policykit/sdk';
import { RightsRequestForm, type RightsRequestFormProps } from '@policykit/react';
import { btnEn, cttId } from '../test/fixtures/policies';
import { scriptedTransport, type ScriptedOutcome } from './support/scripted-transport';

/*
 * Every state of the form — empty, errors, sending, failed (retryable and final), receipt,
 * plus the identity code step, a restored draft and offline — for both seed policies
 * (CTT in Bahasa Indonesia, BTN CX in English), each in both UI languages. Requests go to
 * an in-memory scripted transport: no network. Documents: the shared seed fixtures.
 */

type UiLocale = 'en' | 'id-ID';

interface FormStoryParameters {
  /** What the transport does with each call, in order (the last repeats). */
  script?: ScriptedOutcome[];
  /** A draft already in session storage, as after a reload. */
  storedDraft?: Record<string, string>;
}

// Receipts dated 2 March 2026, 09:00 UTC, so dates in stories and their snapshots never drift.
const STORY_NOW = new Date('2026-03-02T09:00:00Z');

const strings = (locale: UiLocale) =>
  resources[locale === 'en' ? 'en' : 'id'].policykit
    .rights as (typeof resources)['en']['policykit']['rights'];

const meta = {
  title: 'Components/RightsRequestForm',
  component: RightsRequestForm,
  parameters: {
    docs: {
      description: {
        component:
          'A data-subject request form: the policy’s rights as radio buttons, name, e-mail, ' +
          'optional phone and details; a GOV.UK error summary; a receipt with the reference and ' +
          'the reply-by date. Nothing typed is lost (session-storage draft, retry with the same ' +
          'idempotency key), and one request is sent per submit. Requests in these stories go to ' +
          'an in-memory transport.\n\n' +
          '**Jurisdiction.** Both seed hosts are Indonesian — CTT, and BTN CX, the customer site ' +
          'of an Indonesian bank — so every CTT and BTN story runs under `id-pdp` (UU PDP ' +
          '27/2022, which applies to processing in Indonesia, Pasal 2), as the demo app does. ' +
          'The policy’s language does not choose the law: BTN’s English page is still under UU ' +
          'PDP. The GDPR path (Art. 12(3): one calendar month) is shown once, by `GdprReceipt`, ' +
          'for a host in the EU.',
      },
    },
  },
  argTypes: {
    policy: { control: false },
    client: { control: false },
    jurisdiction: { control: { type: 'inline-radio' }, options: ['id-pdp', 'gdpr'] },
    headingLevel: { control: { type: 'inline-radio' }, options: [2, 3, 4] },
  },
  // A fresh transport per render, scripted by the story's `script` parameter.
  loaders: [
    ({ parameters }) => {
      const { script = [{ kind: 'success' }] } = parameters as FormStoryParameters;
      const scripted = scriptedTransport(script, { now: () => STORY_NOW, referencePrefix: 'REQ' });
      return { client: createRightsRequestClient({ transport: scripted.transport }) };
    },
  ],
  beforeEach: ({ parameters, args }) => {
    const key = `policykit:rights-draft:${(args.policy as PolicyDocument).id}`;
    sessionStorage.removeItem(key);
    const { storedDraft } = parameters as FormStoryParameters;
    if (storedDraft) sessionStorage.setItem(key, JSON.stringify({ values: storedDraft }));
  },
  render: (args, { loaded }) => (
    <main>
      <h1>
        {(args.policy as PolicyDocument).locale === 'en'
          ? 'Your data rights'
          : 'Hak atas data pribadi Anda'}
      </h1>
      <RightsRequestForm {...args} client={loaded.client as RightsRequestClient} />
    </main>
  ),
  args: {
    policy: cttId,
    jurisdiction: 'id-pdp',
    onSubmitted: fn(),
    // Replaced in `render` by the loader's freshly scripted client.
    client: createRightsRequestClient({
      transport: scriptedTransport({ kind: 'success' }).transport,
    }),
  },
} satisfies Meta<RightsRequestFormProps>;

export default meta;
type Story = StoryObj<typeof meta>;

async function fillIn(canvasElement: HTMLElement, locale: UiLocale) {
  const canvas = within(canvasElement);
  const s = strings(locale);
  await userEvent.click(canvas.getAllByRole('radio')[0] as HTMLElement);
  await userEvent.type(canvas.getByRole('textbox', { name: s.fields.name.label }), 'Siti Rahma');
  await userEvent.type(
    canvas.getByRole('textbox', { name: s.fields.email.label }),
    'siti@example.com',
  );
}

async function submit(canvasElement: HTMLElement, locale: UiLocale) {
  await userEvent.click(
    within(canvasElement).getByRole('button', { name: strings(locale).form.submit }),
  );
}

const ctt = { policy: cttId, jurisdiction: 'id-pdp' } as const;
// BTN CX is an Indonesian bank: UU PDP, like the demo app, whatever the page's language.
const btn = { policy: btnEn, jurisdiction: 'id-pdp' } as const;

// ——— Empty ———

function empty(args: typeof ctt | typeof btn, locale: UiLocale): Story {
  return {
    args,
    globals: { locale },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await expect(
        canvas.getByRole('group', { name: strings(locale).picker.legend }),
      ).toBeVisible();
      await expect(canvas.getAllByRole('radio')).toHaveLength(args.policy.rights?.length ?? 0);
    },
  };
}

/** CTT, Indonesian UI: the six rights the policy lists, with its own titles and descriptions. */
export const CttEmpty = empty(ctt, 'id-ID');
/** CTT's Indonesian policy with an English UI: the document's right titles stay as written. */
export const CttEmptyEnglishUi = empty(ctt, 'en');
/** BTN CX, English UI: its rights, the host's own `x-security-report` and `x-account-deactivation` included. */
export const BtnEmpty = empty(btn, 'en');
/** BTN CX's English policy with an Indonesian UI: the form speaks Indonesian, the rights keep the document's words. */
export const BtnEmptyIndonesianUi = empty(btn, 'id-ID');

// ——— Errors ———

function errors(args: typeof ctt | typeof btn, locale: UiLocale): Story {
  return {
    args,
    globals: { locale },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      const s = strings(locale);
      await userEvent.type(canvas.getByRole('textbox', { name: s.fields.email.label }), 'siti@');
      await submit(canvasElement, locale);
      const title = canvas.getByRole('heading', { name: s.errorSummary.title });
      await expect(title.closest('[tabindex="-1"]')).toHaveFocus();
      await userEvent.click(canvas.getAllByRole('link')[1] as HTMLElement);
      await expect(canvas.getByRole('textbox', { name: s.fields.name.label })).toHaveFocus();
    },
  };
}

/** Submitted with nothing chosen and a broken e-mail: the summary takes focus; its links move to each field. */
export const CttErrors = errors(ctt, 'id-ID');
export const CttErrorsEnglishUi = errors(ctt, 'en');
export const BtnErrors = errors(btn, 'en');
export const BtnErrorsIndonesianUi = errors(btn, 'id-ID');

// ——— Sending ———

function sending(args: typeof ctt | typeof btn, locale: UiLocale): Story {
  return {
    args,
    globals: { locale },
    parameters: { script: [{ kind: 'slow' }] },
    play: async ({ canvasElement }) => {
      await fillIn(canvasElement, locale);
      await submit(canvasElement, locale);
      await submit(canvasElement, locale);
      const form = within(canvasElement).getByRole('form');
      await expect(form).toHaveAttribute('aria-busy', 'true');
      await expect(
        within(canvasElement).getByRole('button', { name: strings(locale).form.submit }),
      ).toBeEnabled();
    },
  };
}

/** A slow server: the form is `aria-busy`, the button stays enabled, a second press sends nothing more. */
export const CttSending = sending(ctt, 'id-ID');
export const CttSendingEnglishUi = sending(ctt, 'en');
export const BtnSending = sending(btn, 'en');
export const BtnSendingIndonesianUi = sending(btn, 'id-ID');

// ——— Failed, retryable ———

function failedRetryable(args: typeof ctt | typeof btn, locale: UiLocale): Story {
  return {
    args,
    globals: { locale },
    parameters: { script: [{ kind: 'retryable' }, { kind: 'retryable' }, { kind: 'success' }] },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      const s = strings(locale);
      await fillIn(canvasElement, locale);
      await submit(canvasElement, locale);
      await expect(await canvas.findByRole('button', { name: s.failure.retry })).toBeVisible();
      await expect(canvas.getByRole('textbox', { name: s.fields.name.label })).toHaveValue(
        'Siti Rahma',
      );
    },
  };
}

/** A 503: nothing typed is lost, and "try again" resends the same request with the same key. */
export const CttFailedRetryable = failedRetryable(ctt, 'id-ID');
export const CttFailedRetryableEnglishUi = failedRetryable(ctt, 'en');
export const BtnFailedRetryable = failedRetryable(btn, 'en');
export const BtnFailedRetryableIndonesianUi = failedRetryable(btn, 'id-ID');

// ——— Failed, final ———

function failedFinal(args: typeof ctt | typeof btn, locale: UiLocale): Story {
  return {
    args,
    globals: { locale },
    parameters: {
      script: [
        {
          kind: 'final',
          status: 403,
          serverMessage: 'This account is managed by your organization.',
        },
      ],
    },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await fillIn(canvasElement, locale);
      await submit(canvasElement, locale);
      await expect(
        await canvas.findByText(/This account is managed by your organization\./),
      ).toBeVisible();
      await expect(
        canvas.queryByRole('button', { name: strings(locale).failure.retry }),
      ).toBeNull();
    },
  };
}

/** A refusal (403): the server’s message, and the policy’s contact as the way to a person. */
export const CttFailedFinal = failedFinal(ctt, 'id-ID');
export const CttFailedFinalEnglishUi = failedFinal(ctt, 'en');
export const BtnFailedFinal = failedFinal(btn, 'en');
export const BtnFailedFinalIndonesianUi = failedFinal(btn, 'id-ID');

// ——— Receipt ———

function receipt(
  args: { policy: PolicyDocument; jurisdiction: 'id-pdp' | 'gdpr' },
  locale: UiLocale,
): Story {
  return {
    args,
    globals: { locale },
    play: async ({ canvasElement, args: storyArgs }) => {
      const canvas = within(canvasElement);
      await fillIn(canvasElement, locale);
      await submit(canvasElement, locale);
      const heading = await canvas.findByRole('heading', { name: strings(locale).receipt.title });
      await expect(heading).toHaveFocus();
      await expect(canvas.getByText('REQ-2026-000001')).toBeVisible();
      await waitFor(() => expect(storyArgs.onSubmitted).toHaveBeenCalledOnce());
    },
  };
}

/** Sent: the reference, the right, the reply-by date (UU PDP: 3×24 hours for access) and the contact. */
export const CttReceipt = receipt(ctt, 'id-ID');
export const CttReceiptEnglishUi = receipt(ctt, 'en');
/** BTN CX's English page, sent: still under UU PDP (3×24 hours for access). */
export const BtnReceipt = receipt(btn, 'en');
export const BtnReceiptIndonesianUi = receipt(btn, 'id-ID');
/**
 * The same form for a host in the EU, under the GDPR: a reply within one calendar month
 * (Art. 12(3)). Not BTN's law — the one story that shows the `gdpr` path.
 */
export const GdprReceipt = receipt({ policy: btnEn, jurisdiction: 'gdpr' }, 'en');

// ——— More situations ———

/** Erasure under UU PDP: the law fixes no period, and the receipt says so rather than inventing one. */
export const CttReceiptNoStatutoryPeriod: Story = {
  args: { ...ctt, defaultRight: 'erasure' },
  globals: { locale: 'id-ID' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const s = strings('id-ID');
    await userEvent.type(canvas.getByRole('textbox', { name: s.fields.name.label }), 'Siti Rahma');
    await userEvent.type(
      canvas.getByRole('textbox', { name: s.fields.email.label }),
      'siti@example.com',
    );
    await submit(canvasElement, 'id-ID');
    await expect(await canvas.findByText(s.receipt.noStatutoryPeriod)).toBeVisible();
  },
};

/** Rights without titles in the document: kit translations for known ids, a readable label for `x-…` ids. */
export const UntitledRights: Story = {
  args: {
    policy: {
      ...btnEn,
      rights: [
        { id: 'access' },
        { id: 'erasure' },
        { id: 'withdraw-consent' },
        { id: 'x-account-deactivation' },
      ],
    },
    jurisdiction: 'id-pdp',
  },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radio', { name: 'Withdraw consent' })).toBeVisible();
    await expect(canvas.getByRole('radio', { name: 'Account deactivation' })).toBeVisible();
  },
};

/** Sent through `mailtoTransport`: the mail app opens, and the receipt says the e-mail still has to be sent. */
export const CttSentByEmail: Story = {
  args: ctt,
  globals: { locale: 'id-ID' },
  parameters: { script: [{ kind: 'success', via: 'email', reference: 'REQ-20260302-3B241101' }] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillIn(canvasElement, 'id-ID');
    await submit(canvasElement, 'id-ID');
    await expect(
      await canvas.findByRole('heading', { name: strings('id-ID').receipt.emailTitle }),
    ).toHaveFocus();
  },
};

/** Offline: the form says so, keeps what was typed, and sends nothing until the browser is back online. */
export const CttOffline: Story = {
  args: ctt,
  globals: { locale: 'id-ID' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const s = strings('id-ID');
    await fillIn(canvasElement, 'id-ID');
    spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    window.dispatchEvent(new Event('offline'));
    await submit(canvasElement, 'id-ID');
    await expect(await canvas.findByText(s.form.offline)).toHaveFocus();
    await expect(canvas.getByRole('textbox', { name: s.fields.name.label })).toHaveValue(
      'Siti Rahma',
    );
  },
};

/** After a reload: what was typed is back (session storage), and the form says so. */
export const CttRestoredDraft: Story = {
  args: ctt,
  globals: { locale: 'id-ID' },
  parameters: {
    storedDraft: {
      right: 'rectification',
      name: 'Siti Rahma',
      email: 'siti@example.com',
      details: 'Alamat saya berubah.',
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(strings('id-ID').form.restored)).toBeVisible();
    await expect(canvas.getByRole('radio', { name: 'Koreksi' })).toBeChecked();
  },
};

/** A host identity check: a code is e-mailed; a wrong one is refused, and the code step stays. */
export const BtnIdentityCode: Story = {
  args: {
    ...btn,
    verifyIdentity: async ({ email }) => ({
      status: 'code-required',
      sentTo: email.replace(/^(.).*(@.*)$/, '$1•••$2'),
      confirm: async (code) => code === '246810',
    }),
  },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const s = strings('en');
    await fillIn(canvasElement, 'en');
    await submit(canvasElement, 'en');
    const code = await canvas.findByRole('textbox', { name: s.identity.codeLabel });
    await expect(canvas.getByText(/s•••@example\.com/)).toBeVisible();
    await userEvent.type(code, '111111{Enter}');
    await expect(await canvas.findByText(s.identity.wrongCode)).toBeVisible();
    await expect(code).toBeVisible();
  },
};

/** The identity check passed: the right code sends the request and shows the receipt. */
export const BtnIdentityCodeAccepted: Story = {
  ...BtnIdentityCode,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const s = strings('en');
    await fillIn(canvasElement, 'en');
    await submit(canvasElement, 'en');
    const code = await canvas.findByRole('textbox', { name: s.identity.codeLabel });
    await userEvent.type(code, '246810{Enter}');
    await expect(await canvas.findByRole('heading', { name: s.receipt.title })).toHaveFocus();
  },
};
