import type { ErrorReason } from '@ixl/contracts';
import { COMMON_ERROR_TEXTS_IT } from './common.js';
import { GATEWAY_ERROR_TEXTS_IT } from './gateway.js';
import { PEOPLE_ERROR_TEXTS_IT } from './people.js';
import { COMPANIES_ERROR_TEXTS_IT } from './companies.js';
import { TRAINING_ERROR_TEXTS_IT } from './training.js';
import { PROJECTS_ERROR_TEXTS_IT } from './projects.js';
import { FINANCE_ERROR_TEXTS_IT } from './finance.js';

/**
 * The Italian text of every error reason of the registry (`@ixl/contracts` errors/<area>.ts), one file per area
 * like the registry. English (error-texts/en.ts and the registry's own messages) loads only when English is chosen.
 */
export const ERROR_TEXTS_IT: Record<ErrorReason, string> = {
  ...COMMON_ERROR_TEXTS_IT,
  ...GATEWAY_ERROR_TEXTS_IT,
  ...PEOPLE_ERROR_TEXTS_IT,
  ...COMPANIES_ERROR_TEXTS_IT,
  ...TRAINING_ERROR_TEXTS_IT,
  ...PROJECTS_ERROR_TEXTS_IT,
  ...FINANCE_ERROR_TEXTS_IT,
};
