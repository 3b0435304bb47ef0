import { describe, expect, it } from 'vitest';
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

const catalogs: Record<string, Catalog> = {
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

describe('portal texts: Italian first, English for every one of them', () => {
  it.each(Object.keys(catalogs))('%s has the same keys in both languages, none empty', (name) => {
    const catalog = catalogs[name] as Catalog;
    expect(Object.keys(catalog.it).length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(catalog.en).sort()).toEqual(Object.keys(catalog.it).sort());
    for (const text of [...Object.values(catalog.it), ...Object.values(catalog.en)]) expect(text.trim()).not.toBe('');
  });
});
