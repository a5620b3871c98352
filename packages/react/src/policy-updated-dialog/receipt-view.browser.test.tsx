// The receipt view in real Chromium: open after acknowledging, download the JSON-LD file,
// verify against the document shown (a tampered one fails), keyboard only, focus, axe.
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render, screen, waitFor, within } from '@testing-library/react';
import {
  acknowledgementReceipt,
  createAcknowledgementStore,
  policyDocumentHash,
  readAcknowledgementReceipt,
  type AcknowledgementReceipt,
  type AcknowledgementRecord,
  type PolicyDocument,
} from '@policykit/sdk';
import {
  AcknowledgementReceiptButton,
  PolicyKitProvider,
  PolicyUpdatedDialog,
} from '@policykit/react';
import { cttId } from '../../../../test/fixtures/policies';
import { memoryStorage } from '../../../../test/fixtures/memory-storage';
import '../styles.css';

const doc: PolicyDocument = {
  schemaVersion: 1,
  id: 'receipt-privacy',
  version: '2024-06-12',
  locale: 'en',
  title: 'Privacy Policy',
  lastUpdated: '2024-06-12',
  sections: [
    { id: 'collect', title: 'Data we collect', blocks: [{ type: 'paragraph', text: 'Names.' }] },
  ],
};

/** What a server gives for a record: a receipt of the document it was told was shown. */
async function serverReceipt(
  record: AcknowledgementRecord,
  shown: PolicyDocument,
): Promise<AcknowledgementReceipt> {
  return acknowledgementReceipt({
    recordId: `rec-${record.receiptId}`,
    subjectId: 'user-42',
    policyId: record.policyId,
    version: record.version,
    locale: record.locale,
    documentSha256: await policyDocumentHash(shown),
    channel: 'dialog',
    recordedAt: '2024-06-12T03:04:05.000Z',
  });
}

async function expectNoAxeViolations() {
  const results = await axe.run(document.body);
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** The download the page starts: its file name and text, read from the blob: URL. */
function captureDownloads() {
  const downloads: Promise<{ name: string; text: string; type: string }>[] = [];
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element).closest?.('a[download]');
    if (!(link instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    // fetch() resolves a blob: URL when called, so revoking it afterwards cannot race this.
    downloads.push(
      fetch(link.href).then(async (response) => ({
        name: link.download,
        type: response.headers.get('content-type') ?? '',
        text: await response.text(),
      })),
    );
  };
  document.addEventListener('click', onClick, true);
  return { downloads, stop: () => document.removeEventListener('click', onClick, true) };
}

let stopCapture: (() => void) | undefined;
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => stopCapture?.());

describe('after Acknowledge, with showReceipt', () => {
  it('shows the receipt, downloads it, verifies it — keyboard only, focus inside the dialog, axe-clean', async () => {
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    render(
      <PolicyKitProvider locale="en-GB">
        <main>
          <button type="button">Open settings</button>
          <PolicyUpdatedDialog
            policy={doc}
            store={store}
            showReceipt
            receiptFor={(record) => serverReceipt(record, doc)}
          />
        </main>
      </PolicyKitProvider>,
    );
    const prompt = await screen.findByRole('alertdialog');
    await userEvent.tab();
    expect(document.activeElement).toHaveTextContent('Acknowledge');
    await userEvent.keyboard('{Enter}');

    const dialog = await screen.findByRole('dialog', { name: 'Your acknowledgement' });
    expect(prompt.isConnected).toBe(true); // the same element, now the receipt
    // Focus went to the receipt's title, inside the dialog, not to <body>.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(dialog).getByRole('heading', { name: 'Your acknowledgement' }),
      ),
    );
    expect(dialog).toHaveAccessibleDescription(
      'You acknowledged version 2024-06-12 on 12 June 2024.',
    );
    const hash = await policyDocumentHash(doc);
    await waitFor(() => expect(dialog).toHaveTextContent(`${hash.slice(0, 8)}…${hash.slice(-8)}`));
    expect(dialog).toHaveTextContent('The update dialog');
    expect(dialog).toHaveTextContent('English');
    await expectNoAxeViolations();

    // Download, by keyboard: Tab reaches the button, Enter starts it.
    const capture = captureDownloads();
    stopCapture = capture.stop;
    const download = within(dialog).getByRole('button', { name: 'Download receipt' });
    while (document.activeElement !== download) await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(capture.downloads).toHaveLength(1);
    const file = await capture.downloads[0]!;
    expect(file.name).toBe('policykit-receipt-receipt-privacy-2024-06-12.jsonld');
    expect(file.type).toBe('application/ld+json');
    expect(readAcknowledgementReceipt(JSON.parse(file.text))).toMatchObject({
      policyId: doc.id,
      version: doc.version,
      documentSha256: hash,
    });

    // Verify: the result in the live region.
    await userEvent.tab();
    expect(document.activeElement).toHaveTextContent('Verify');
    await userEvent.keyboard('{Enter}');
    const status = within(dialog).getByRole('status');
    await waitFor(() =>
      expect(status).toHaveTextContent(
        'The receipt matches the document shown: the same policy, version, language and text.',
      ),
    );
    expect(dialog.contains(document.activeElement)).toBe(true);
    await expectNoAxeViolations();

    // Escape closes it; focus goes back to the page, not lost on <body>.
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).not.toBe(document.body);
  });

  it('says "does not match" for a document tampered with after the receipt (one word, same version)', async () => {
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    const tampered: PolicyDocument = {
      ...doc,
      sections: [
        { ...doc.sections[0]!, blocks: [{ type: 'paragraph', text: 'Names and faces.' }] },
      ],
    };
    // The server's receipt names the original document; the page now shows the tampered one.
    render(
      <PolicyUpdatedDialog
        policy={tampered}
        store={store}
        showReceipt
        receiptFor={(record) => serverReceipt(record, doc)}
      />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Acknowledge' }));
    const dialog = await screen.findByRole('dialog', { name: 'Your acknowledgement' });
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Verify' }));
    const [original, now] = [await policyDocumentHash(doc), await policyDocumentHash(tampered)];
    const short = (h: string) => `${h.slice(0, 8)}…${h.slice(-8)}`;
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        `The receipt does not match: the text of the document shown has changed since (fingerprint ${short(now)}, the receipt names ${short(original)}).`,
      ),
    );
  });

  it('says "on this device only" without a server receipt, in Indonesian, and offers no download', async () => {
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    render(
      <PolicyKitProvider locale="id-ID">
        <PolicyUpdatedDialog policy={cttId} store={store} showReceipt />
      </PolicyKitProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Saya mengerti' }));
    const dialog = await screen.findByRole('dialog', { name: 'Konfirmasi Anda' });
    expect(dialog).toHaveTextContent(`Anda telah mengonfirmasi versi ${cttId.version} pada`);
    expect(dialog).toHaveTextContent(
      'Konfirmasi Anda hanya tercatat di perangkat ini, sehingga tidak ada tanda terima untuk diunduh.',
    );
    expect(within(dialog).queryByRole('button', { name: 'Unduh tanda terima' })).toBeNull();
    await expectNoAxeViolations();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tutup' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('<AcknowledgementReceiptButton>, for someone who acknowledged before', () => {
  it('opens the receipt, in Indonesian, and returns focus to the button on Close', async () => {
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    const record = store.acknowledge(cttId);
    const receipt = await serverReceipt(record, cttId);
    render(
      <PolicyKitProvider locale="id-ID">
        <AcknowledgementReceiptButton policy={cttId} store={store} receiptFor={() => receipt} />
      </PolicyKitProvider>,
    );
    const button = await screen.findByRole('button', { name: 'Tanda terima Anda' });
    await userEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Konfirmasi Anda' });
    expect(dialog).toHaveAccessibleDescription(
      `Anda telah mengonfirmasi versi ${cttId.version} pada 12 Juni 2024.`,
    );
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Verifikasi' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        'Tanda terima cocok dengan dokumen yang ditampilkan',
      ),
    );
    await expectNoAxeViolations();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tutup' }));
    await waitFor(() => expect(document.activeElement).toBe(button));
  });
});
