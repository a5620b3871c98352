// Visual regression of <RightsRequestStatus> (issue 16): a request found from its status link
// (in progress, with a public note, for CTT; completed for BTN CX), answered in the browser by
// the stories' status replies, in every brand × language × scheme × viewport.
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render, screen } from '@testing-library/react';
import { RightsRequestStatus } from '@policykit/react';
import {
  STATUS_CODE,
  btnFulfilled,
  cttInProgress,
  statusServer,
} from '../../stories/support/status-replies';
import { SCREENSHOT_OPTIONS, VISUAL_CASES, VisualFrame, setViewport } from './visual-matrix';

describe('RightsRequestStatus', () => {
  it.each(VISUAL_CASES)('$name', async (visual) => {
    await setViewport(visual.viewport);
    const reply = visual.brand.name === 'ctt' ? cttInProgress : btnFulfilled;
    render(
      <VisualFrame visual={visual}>
        <RightsRequestStatus
          endpoint="https://host.example/api/rights-requests/status"
          timeZone="Asia/Jakarta"
          fetch={statusServer(reply)}
          reference={reply.reference}
          token={STATUS_CODE}
        />
      </VisualFrame>,
    );
    await screen.findByRole('heading', { name: new RegExp(reply.reference) });
    await expect
      .element(page.getByTestId('visual-frame'))
      .toMatchScreenshot(visual.name, SCREENSHOT_OPTIONS);
  });
});
