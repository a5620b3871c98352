import { it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render, screen } from '@testing-library/react';
import { createRightsRequestClient } from '@policykit/sdk';
import { RightsRequestForm } from '@policykit/react';
import { cttDemoPolicy } from '../../../../stories/support/demo-rights-policies';
import { scriptedTransport } from '../../../../stories/support/scripted-transport';
import '../styles.css';

it('shots', async () => {
  await page.viewport(800, 1400);
  const s = scriptedTransport([
    { kind: 'retryable' },
    { kind: 'final', serverMessage: 'Akun tidak ditemukan.' },
    { kind: 'success' },
  ]);
  render(
    <div style={{ padding: 16 }}>
      <RightsRequestForm
        policy={cttDemoPolicy}
        client={createRightsRequestClient({ transport: s.transport })}
        jurisdiction="id-pdp"
      />
    </div>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
  await page.screenshot({ path: './zz-shot-errors.png' });
  await userEvent.click(screen.getAllByRole('radio')[0]!);
  await userEvent.fill(screen.getByRole('textbox', { name: 'Nama lengkap' }), 'Siti');
  await userEvent.fill(screen.getByRole('textbox', { name: 'Alamat email' }), 'siti@example.com');
  await userEvent.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
  await screen.findByRole('button', { name: 'Coba lagi' });
  await page.screenshot({ path: './zz-shot-retry.png' });
  await userEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
  await screen.findByText(/Akun tidak/);
  await page.screenshot({ path: './zz-shot-final.png' });
  await userEvent.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
  await screen.findByRole('heading', { name: 'Permintaan terkirim' });
  await page.screenshot({ path: './zz-shot-receipt.png' });
});
