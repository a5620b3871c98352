// Visual regression of <RightsRequestForm> (issue 16): the empty form of each seed policy in
// every brand × language × scheme × viewport (test/visual/visual-matrix.tsx). Nothing is sent:
// the client only fetches on a submit.
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from '@testing-library/react';
import { createRightsRequestClient } from '@policykit/sdk';
import { RightsRequestForm } from '@policykit/react';
import { seedFor } from './seed-documents';
import { SCREENSHOT_OPTIONS, VISUAL_CASES, VisualFrame, setViewport } from './visual-matrix';

const client = createRightsRequestClient({ endpoint: 'https://host.example/api/rights-requests' });

describe('RightsRequestForm', () => {
  it.each(VISUAL_CASES)('$name', async (visual) => {
    await setViewport(visual.viewport);
    sessionStorage.clear();
    render(
      <VisualFrame visual={visual}>
        <RightsRequestForm policy={seedFor(visual).current} client={client} jurisdiction="id-pdp" />
      </VisualFrame>,
    );
    await expect
      .element(page.getByTestId('visual-frame'))
      .toMatchScreenshot(visual.name, SCREENSHOT_OPTIONS);
  });
});
