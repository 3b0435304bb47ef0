import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261203020000_outbox_trace_parent } from './Migration20261203020000_outbox_trace_parent.js';
import { Migration20261202144500_mail_queue } from './Migration20261202144500_mail_queue.js';
import { Migration20261202142211_natural_duplicates_more } from './Migration20261202142211_natural_duplicates_more.js';
import { Migration20261202110000_login_throttle } from './Migration20261202110000_login_throttle.js';
import { Migration20261202110000_profile_change } from './Migration20261202110000_profile_change.js';
import { Migration20261202120000_out_of_area_exception } from './Migration20261202120000_out_of_area_exception.js';
import { Migration20261122022901_report_indexes } from './Migration20261122022901_report_indexes.js';
import { Migration20261202113000_status_reason_code } from './Migration20261202113000_status_reason_code.js';
import { Migration20261122022834_fp_survey } from './Migration20261122022834_fp_survey.js';
import { Migration20261122021840_gdpr_privacy } from './Migration20261122021840_gdpr_privacy.js';
import { Migration20261122003322_mail } from './Migration20261122003322_mail.js';
import { Migration20261122002648_interview_due_alert } from './Migration20261122002648_interview_due_alert.js';
import { Migration20261203070000_history_import } from './Migration20261203070000_history_import.js';
import { Migration20261121000000_initial } from './Migration20261121000000_initial.js';
import { Migration20261121235210_lifecycle } from './Migration20261121235210_lifecycle.js';
import { Migration20261202141509_account_links } from './Migration20261202141509_account_links.js';
import { Migration20261121235300_default_instrument } from './Migration20261121235300_default_instrument.js';

/** Every migration of the subgraph, in order (explicit list: no file-system discovery at run time). */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000000_initial', class: Migration20261121000000_initial },
  { name: 'Migration20261121235210_lifecycle', class: Migration20261121235210_lifecycle },
  { name: 'Migration20261121235300_default_instrument', class: Migration20261121235300_default_instrument },
  { name: 'Migration20261122002648_interview_due_alert', class: Migration20261122002648_interview_due_alert },
  { name: 'Migration20261122003322_mail', class: Migration20261122003322_mail },
  { name: 'Migration20261122021840_gdpr_privacy', class: Migration20261122021840_gdpr_privacy },
  { name: 'Migration20261122022834_fp_survey', class: Migration20261122022834_fp_survey },
  { name: 'Migration20261122022901_report_indexes', class: Migration20261122022901_report_indexes },
  { name: 'Migration20261202110000_login_throttle', class: Migration20261202110000_login_throttle },
  { name: 'Migration20261202110000_profile_change', class: Migration20261202110000_profile_change },
  { name: 'Migration20261202113000_status_reason_code', class: Migration20261202113000_status_reason_code },
  { name: 'Migration20261202120000_out_of_area_exception', class: Migration20261202120000_out_of_area_exception },
  { name: 'Migration20261202141509_account_links', class: Migration20261202141509_account_links },
  { name: 'Migration20261202142211_natural_duplicates_more', class: Migration20261202142211_natural_duplicates_more },
  { name: 'Migration20261202144500_mail_queue', class: Migration20261202144500_mail_queue },
  { name: 'Migration20261203020000_outbox_trace_parent', class: Migration20261203020000_outbox_trace_parent },
  { name: 'Migration20261203070000_history_import', class: Migration20261203070000_history_import },
];
