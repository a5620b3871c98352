// Visual regression of <PolicyUpdatedDialog> (issue 16): the blocking dialog over the page, a
// reader who acknowledged the previous version, in every brand × language × scheme × viewport
// (test/visual/visual-matrix.tsx). The portal renders into the themed frame (portalContainer),
// as a host's does; the capture is the whole screen, overlay included.
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render, screen } from '@testing-library/react';
import { createAcknowledgementStore } from '@policykit/sdk';
import { PolicyUpdatedDialog } from '@policykit/react';
import { memoryStorage } from '../fixtures/memory-storage';
import { seedFor } from './seed-documents';
import { SCREENSHOT_OPTIONS, VISUAL_CASES, VisualFrame, setViewport } from './visual-matrix';

describe('PolicyUpdatedDialog', () => {
  it.each(VISUAL_CASES)('$name', async (visual) => {
    await setViewport(visual.viewport);
    const { current, previous } = seedFor(visual);
    const store = createAcknowledgementStore({ storage: memoryStorage() });
    store.acknowledge(previous);
    render(
      <VisualFrame visual={visual} firstScreen>
        <PolicyUpdatedDialog policy={current} previous={previous} store={store} />
      </VisualFrame>,
    );
    await screen.findByRole('alertdialog');
    await expect
      .element(page.getByTestId('visual-frame'))
      .toMatchScreenshot(visual.name, SCREENSHOT_OPTIONS);
  });
});
