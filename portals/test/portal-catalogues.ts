import type { Catalog } from '@ixl/ui';
import { BENEFICIARY_MESSAGES } from '../beneficiary/src/messages.js';
import { REGISTRATION_MESSAGES } from '../beneficiary/src/features/registration/messages.js';
import { SURVEY_MESSAGES } from '../beneficiary/src/features/survey/messages.js';
import { CONSENT_MESSAGES } from '../beneficiary/src/features/consent/messages.js';
import { VERIFY_MESSAGES } from '../beneficiary/src/features/account/messages.js';
import { DOCUMENTS_MESSAGES } from '../beneficiary/src/features/documents/messages.js';
import { COMPANY_MESSAGES } from '../company/src/messages.js';
import { TRAINING_MESSAGES } from '../training/src/messages.js';
import { COMMITTEE_MESSAGES } from '../committee/src/messages.js';
import { STAFF_MESSAGES } from '../staff/src/messages.js';
import { LANDING_MESSAGES } from '../landing/src/messages.js';

/**
 * Every message catalogue of the portals, by name: the portals' own and those a page brings with it (the beneficiary's
 * registration, survey, privacy, email confirmation and documents pages). A catalogue added to a portal belongs here,
 * so that the catalogue tests (messages.spec.ts, icu.spec.ts) read it.
 */
export const PORTAL_CATALOGS: Record<string, Catalog> = {
  BENEFICIARY_MESSAGES,
  REGISTRATION_MESSAGES,
  SURVEY_MESSAGES,
  CONSENT_MESSAGES,
  VERIFY_MESSAGES,
  DOCUMENTS_MESSAGES,
  COMPANY_MESSAGES,
  TRAINING_MESSAGES,
  COMMITTEE_MESSAGES,
  STAFF_MESSAGES,
  LANDING_MESSAGES,
};
