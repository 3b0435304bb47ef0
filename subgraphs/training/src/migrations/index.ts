import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261203020000_outbox_trace_parent } from './Migration20261203020000_outbox_trace_parent.js';
import { Migration20261203070000_person_keys } from './Migration20261203070000_person_keys.js';
import { Migration20261203071000_history_import } from './Migration20261203071000_history_import.js';
import { Migration20261202160000_risk_share_reason_codes } from './Migration20261202160000_risk_share_reason_codes.js';
import { Migration20261202142259_natural_duplicates_more } from './Migration20261202142259_natural_duplicates_more.js';
import { Migration20261121235141_courses_attendance_kpis_risk_share } from './Migration20261121235141_courses_attendance_kpis_risk_share.js';
import { Migration20261121000000_initial } from './Migration20261121000000_initial.js';
import { Migration20261202110000_risk_share_rules } from './Migration20261202110000_risk_share_rules.js';
import { Migration20261202114000_course_requests } from './Migration20261202114000_course_requests.js';

/** Every migration of the subgraph, in order (explicit list: no file-system discovery at run time). */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000000_initial', class: Migration20261121000000_initial },
  { name: 'Migration20261121235141_courses_attendance_kpis_risk_share', class: Migration20261121235141_courses_attendance_kpis_risk_share },
  { name: 'Migration20261202110000_risk_share_rules', class: Migration20261202110000_risk_share_rules },
  { name: 'Migration20261202114000_course_requests', class: Migration20261202114000_course_requests },
  { name: 'Migration20261202142259_natural_duplicates_more', class: Migration20261202142259_natural_duplicates_more },
  { name: 'Migration20261202160000_risk_share_reason_codes', class: Migration20261202160000_risk_share_reason_codes },
  { name: 'Migration20261203020000_outbox_trace_parent', class: Migration20261203020000_outbox_trace_parent },
  { name: 'Migration20261203070000_person_keys', class: Migration20261203070000_person_keys },
  { name: 'Migration20261203071000_history_import', class: Migration20261203071000_history_import },
];
