import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261203020000_outbox_trace_parent } from './Migration20261203020000_outbox_trace_parent.js';
import { Migration20261203073000_history_import } from './Migration20261203073000_history_import.js';
import { Migration20261203110000_imported_sessions } from './Migration20261203110000_imported_sessions.js';
import { Migration20261202141635_application_throttle } from './Migration20261202141635_application_throttle.js';
import { Migration20261202142233_natural_duplicates_more } from './Migration20261202142233_natural_duplicates_more.js';
import { Migration20261121000000_initial } from './Migration20261121000000_initial.js';
import { Migration20261121235137_paths_and_committees } from './Migration20261121235137_paths_and_committees.js';
import { Migration20261122000532_placement_ref } from './Migration20261122000532_placement_ref.js';
import { Migration20261202145300_form_of_support } from './Migration20261202145300_form_of_support.js';
import { Migration20261202110000_natural_duplicates } from './Migration20261202110000_natural_duplicates.js';
import { Migration20261202152800_results_network_governance } from './Migration20261202152800_results_network_governance.js';
import { Migration20261202141411_minutes_templates } from './Migration20261202141411_minutes_templates.js';

/** Every migration of the subgraph, in order (explicit list: no file-system discovery at run time). */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000000_initial', class: Migration20261121000000_initial },
  { name: 'Migration20261121235137_paths_and_committees', class: Migration20261121235137_paths_and_committees },
  { name: 'Migration20261122000532_placement_ref', class: Migration20261122000532_placement_ref },
  { name: 'Migration20261202110000_natural_duplicates', class: Migration20261202110000_natural_duplicates },
  { name: 'Migration20261202141411_minutes_templates', class: Migration20261202141411_minutes_templates },
  { name: 'Migration20261202141635_application_throttle', class: Migration20261202141635_application_throttle },
  { name: 'Migration20261202142233_natural_duplicates_more', class: Migration20261202142233_natural_duplicates_more },
  { name: 'Migration20261202145300_form_of_support', class: Migration20261202145300_form_of_support },
  { name: 'Migration20261202152800_results_network_governance', class: Migration20261202152800_results_network_governance },
  { name: 'Migration20261203020000_outbox_trace_parent', class: Migration20261203020000_outbox_trace_parent },
  { name: 'Migration20261203073000_history_import', class: Migration20261203073000_history_import },
  { name: 'Migration20261203110000_imported_sessions', class: Migration20261203110000_imported_sessions },
];
