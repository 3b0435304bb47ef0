import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261203020000_outbox_trace_parent } from './Migration20261203020000_outbox_trace_parent.js';
import { Migration20261202142153_natural_duplicates_more } from './Migration20261202142153_natural_duplicates_more.js';
import { Migration20261121235128_matching_pipeline } from './Migration20261121235128_matching_pipeline.js';
import { Migration20261121000000_initial } from './Migration20261121000000_initial.js';
import { Migration20261122031500_outbox_aggregate_index } from './Migration20261122031500_outbox_aggregate_index.js';
import { Migration20261122070000_matching_pool_skills } from './Migration20261122070000_matching_pool_skills.js';
import { Migration20261202110000_natural_duplicates } from './Migration20261202110000_natural_duplicates.js';
import { Migration20261202113000_vocabulary } from './Migration20261202113000_vocabulary.js';
import { Migration20261202113500_placement_drafts } from './Migration20261202113500_placement_drafts.js';
import { Migration20261202142500_third_sector } from './Migration20261202142500_third_sector.js';
import { Migration20261202120000_interview_invitation } from './Migration20261202120000_interview_invitation.js';
import { Migration20261202142357_history_import } from './Migration20261202142357_history_import.js';
import { Migration20261203020000_import_batch_errors } from './Migration20261203020000_import_batch_errors.js';
import { Migration20261203130000_matching_pool_municipality } from './Migration20261203130000_matching_pool_municipality.js';

/** Every migration of the subgraph, in order (explicit list: no file-system discovery at run time). */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000000_initial', class: Migration20261121000000_initial },
  { name: 'Migration20261121235128_matching_pipeline', class: Migration20261121235128_matching_pipeline },
  { name: 'Migration20261122031500_outbox_aggregate_index', class: Migration20261122031500_outbox_aggregate_index },
  { name: 'Migration20261122070000_matching_pool_skills', class: Migration20261122070000_matching_pool_skills },
  { name: 'Migration20261202110000_natural_duplicates', class: Migration20261202110000_natural_duplicates },
  { name: 'Migration20261202113000_vocabulary', class: Migration20261202113000_vocabulary },
  { name: 'Migration20261202113500_placement_drafts', class: Migration20261202113500_placement_drafts },
  { name: 'Migration20261202120000_interview_invitation', class: Migration20261202120000_interview_invitation },
  { name: 'Migration20261202142153_natural_duplicates_more', class: Migration20261202142153_natural_duplicates_more },
  { name: 'Migration20261202142357_history_import', class: Migration20261202142357_history_import },
  { name: 'Migration20261202142500_third_sector', class: Migration20261202142500_third_sector },
  { name: 'Migration20261203020000_import_batch_errors', class: Migration20261203020000_import_batch_errors },
  { name: 'Migration20261203020000_outbox_trace_parent', class: Migration20261203020000_outbox_trace_parent },
  { name: 'Migration20261203130000_matching_pool_municipality', class: Migration20261203130000_matching_pool_municipality },
];
