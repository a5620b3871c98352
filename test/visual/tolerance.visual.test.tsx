// The tolerance catches what a designer would call a change (issue 16): the dialog's baseline
// (ctt-id-light-desktop, from policy-updated-dialog.visual.test.tsx) is compared with the same
// render after a deliberate 2 px padding change on its button, and after a one-shade accent
// colour change — each must fail. The unchanged render passes, so the tolerance also survives
// the run-to-run noise. `npm run test:visual:update` leaves this file out: updating with a
// deliberate change applied would overwrite the dialog's baseline with it.
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render, screen } from '@testing-library/react';
import { createAcknowledgementStore } from '@policykit/sdk';
import { PolicyUpdatedDialog } from '@policykit/react';
import { memoryStorage } from '../fixtures/memory-storage';
import { seedFor } from './seed-documents';
import { SCREENSHOT_OPTIONS, VISUAL_CASES, VisualFrame, setViewport } from './visual-matrix';

const visual = VISUAL_CASES.find(({ name }) => name === 'ctt-id-light-desktop')!;
/** The resolver in vitest.config.ts points this file at the dialog's baselines. */
const BASELINE = visual.name;
/**
 * Only the comparison's own failure counts. With a 3 s limit a loaded machine (a clean-clone CI
 * on 2 cores) could not take two stable shots in time, and the matcher's "Could not capture a
 * stable screenshot" failed both tests there.
 */
const MISMATCH = /does not match the stored reference/;
/** Long enough for two stable shots on a loaded machine; the project allows 60 s per test. */
const CHANGED_TIMEOUT = 30_000;

async function renderDialog(deliberateChange?: string) {
  await setViewport(visual.viewport);
  const { current, previous } = seedFor(visual);
  const store = createAcknowledgementStore({ storage: memoryStorage() });
  store.acknowledge(previous);
  render(
    <VisualFrame visual={visual} firstScreen>
      {deliberateChange ? <style>{deliberateChange}</style> : null}
      <PolicyUpdatedDialog policy={current} previous={previous} store={store} />
    </VisualFrame>,
  );
  await screen.findByRole('alertdialog');
  return page.getByTestId('visual-frame');
}

describe('the screenshot tolerance', () => {
  it('passes the unchanged dialog (run-to-run noise stays under it)', async () => {
    const frame = await renderDialog();
    await expect.element(frame).toMatchScreenshot(BASELINE, SCREENSHOT_OPTIONS);
  });

  it('fails a 2 px padding change on the dialog button', async () => {
    const frame = await renderDialog(
      `.visual-frame .pk-PolicyUpdatedDialog .pk-Button[data-variant='primary'] {
        padding: calc(0.5rem + 2px) 1rem !important;
      }`,
    );
    await expect(
      expect
        .element(frame)
        .toMatchScreenshot(BASELINE, { ...SCREENSHOT_OPTIONS, timeout: CHANGED_TIMEOUT }),
    ).rejects.toThrow(MISMATCH);
  });

  it("fails a one-shade change of the brand's accent token (#00695c → #00796b)", async () => {
    const frame = await renderDialog(`.visual-frame { --pk-color-accent: #00796b !important; }`);
    await expect(
      expect
        .element(frame)
        .toMatchScreenshot(BASELINE, { ...SCREENSHOT_OPTIONS, timeout: CHANGED_TIMEOUT }),
    ).rejects.toThrow(MISMATCH);
  });
});
