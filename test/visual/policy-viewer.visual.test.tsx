// Visual regression of <PolicyViewer> (issue 16): the first screen of each seed policy, with
// the change badges against the previous version, in every brand × language × scheme × viewport
// (test/visual/visual-matrix.tsx). Baselines: test/visual/__baselines__/; review flow:
// test/README.md ("Visual regression").
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from '@testing-library/react';
import { PolicyViewer } from '@policykit/react';
import { seedFor } from './seed-documents';
import { SCREENSHOT_OPTIONS, VISUAL_CASES, VisualFrame, setViewport } from './visual-matrix';

describe('PolicyViewer', () => {
  it.each(VISUAL_CASES)('$name', async (visual) => {
    await setViewport(visual.viewport);
    const { current, previous } = seedFor(visual);
    render(
      <VisualFrame visual={visual} firstScreen>
        <PolicyViewer policy={current} changesSince={previous} />
      </VisualFrame>,
    );
    await expect
      .element(page.getByTestId('visual-frame'))
      .toMatchScreenshot(visual.name, SCREENSHOT_OPTIONS);
  });
});
