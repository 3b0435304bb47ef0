import { mergeCatalogs, type Catalog } from '@ixl/ui';
import { COURSE_REQUEST_MESSAGES, PROFILE_MESSAGES } from '@ixl/portal-client';
import { BENEFICIARIES_MESSAGES } from './features/beneficiaries/messages.js';
import { QUEUES_MESSAGES } from './features/queues/messages.js';
import { ASSESSMENT_MESSAGES } from './features/assessment/messages.js';
import { MAIL_MESSAGES } from './features/mail/messages.js';
import { PLACEMENTS_MESSAGES } from './features/placements/messages.js';
import { VACANCIES_MESSAGES } from './features/vacancies/messages.js';
import { MONITORING_MESSAGES } from './features/monitoring/messages.js';
import { DEFINITIONS_MESSAGES } from './features/monitoring/definitions.js';
import { COMMITTEES_MESSAGES } from './features/committees/messages.js';
import { COURSES_MESSAGES } from './features/courses/messages.js';
import { FINANCE_MESSAGES } from './features/finance/messages.js';
import { APPROVALS_MESSAGES } from './features/approvals/messages.js';
import { PROJECTS_MESSAGES } from './features/projects/messages.js';
import { AUDIT_MESSAGES } from './features/audit/messages.js';
import { JOBS_MESSAGES } from './features/jobs/messages.js';
import { STATUS_MESSAGES } from './features/status/messages.js';
import { VOCABULARY_MESSAGES } from './features/vocabulary/messages.js';
import { IMPORTS_MESSAGES } from './features/imports/messages.js';
import { USERS_MESSAGES } from './features/users/messages.js';

/**
 * The texts of the staff portal's pages but the home (each feature folder's `messages.ts`, the profile form's and the
 * course requests'): one chunk, loaded with the first of those pages opened (page-texts.ts), not in the first JS.
 */
export const STAFF_PAGE_MESSAGES: Catalog = mergeCatalogs(
  PROFILE_MESSAGES,
  COURSE_REQUEST_MESSAGES,
  VACANCIES_MESSAGES,
  PLACEMENTS_MESSAGES,
  COURSES_MESSAGES,
  PROJECTS_MESSAGES,
  COMMITTEES_MESSAGES,
  FINANCE_MESSAGES,
  APPROVALS_MESSAGES,
  BENEFICIARIES_MESSAGES,
  QUEUES_MESSAGES,
  ASSESSMENT_MESSAGES,
  MAIL_MESSAGES,
  MONITORING_MESSAGES,
  DEFINITIONS_MESSAGES,
  AUDIT_MESSAGES,
  JOBS_MESSAGES,
  STATUS_MESSAGES,
  VOCABULARY_MESSAGES,
  IMPORTS_MESSAGES,
  USERS_MESSAGES,
);
