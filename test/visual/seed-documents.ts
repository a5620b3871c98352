/** The seed documents per brand and language, as the stories use them (test/fixtures/policies). */
import type { PolicyDocument } from '@policykit/sdk';
import {
  btnEn,
  btnEnPrevious,
  btnId,
  btnIdPrevious,
  cttEn,
  cttEnPrevious,
  cttId,
  cttIdPrevious,
} from '../fixtures/policies';
import type { VisualCase } from './visual-matrix';

const SEEDS = {
  ctt: {
    id: { current: cttId, previous: cttIdPrevious },
    en: { current: cttEn, previous: cttEnPrevious },
  },
  btn: {
    id: { current: btnId, previous: btnIdPrevious },
    en: { current: btnEn, previous: btnEnPrevious },
  },
} as const;

export function seedFor(visual: VisualCase): { current: PolicyDocument; previous: PolicyDocument } {
  return SEEDS[visual.brand.name][visual.locale];
}
