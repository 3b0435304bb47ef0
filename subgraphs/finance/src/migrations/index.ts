import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261203070000_settlement_paid_cents } from './Migration20261203070000_settlement_paid_cents.js';
import { Migration20261203020000_outbox_trace_parent } from './Migration20261203020000_outbox_trace_parent.js';
import { Migration20261202162000_approval_kind_checks } from './Migration20261202162000_approval_kind_checks.js';
import { Migration20261203020000_approval_more_kinds } from './Migration20261203020000_approval_more_kinds.js';
import { Migration20261202142325_natural_duplicates_more } from './Migration20261202142325_natural_duplicates_more.js';
import { Migration20261202110000_natural_duplicates } from './Migration20261202110000_natural_duplicates.js';
import { Migration20261122002014_committee_visibility } from './Migration20261122002014_committee_visibility.js';
import { Migration20261121235657_ledger_grants_budget } from './Migration20261121235657_ledger_grants_budget.js';
import { Migration20261121000000_initial } from './Migration20261121000000_initial.js';
import { Migration20261202143700_eligibility_and_non_cash } from './Migration20261202143700_eligibility_and_non_cash.js';
import { Migration20261202121000_loan_product } from './Migration20261202121000_loan_product.js';
import { Migration20261202141453_approvals } from './Migration20261202141453_approvals.js';
import { Migration20261202152600_refusal_reason_codes } from './Migration20261202152600_refusal_reason_codes.js';
import { Migration20261203100000_history_import } from './Migration20261203100000_history_import.js';
import { Migration20261202111000_settlement_revisions } from './Migration20261202111000_settlement_revisions.js';

/** Every migration of the subgraph, in order (explicit list: no file-system discovery at run time). */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000000_initial', class: Migration20261121000000_initial },
  { name: 'Migration20261121235657_ledger_grants_budget', class: Migration20261121235657_ledger_grants_budget },
  { name: 'Migration20261122002014_committee_visibility', class: Migration20261122002014_committee_visibility },
  { name: 'Migration20261202110000_natural_duplicates', class: Migration20261202110000_natural_duplicates },
  { name: 'Migration20261202111000_settlement_revisions', class: Migration20261202111000_settlement_revisions },
  { name: 'Migration20261202121000_loan_product', class: Migration20261202121000_loan_product },
  { name: 'Migration20261202142325_natural_duplicates_more', class: Migration20261202142325_natural_duplicates_more },
  { name: 'Migration20261202141453_approvals', class: Migration20261202141453_approvals },
  { name: 'Migration20261202143700_eligibility_and_non_cash', class: Migration20261202143700_eligibility_and_non_cash },
  { name: 'Migration20261202152600_refusal_reason_codes', class: Migration20261202152600_refusal_reason_codes },
  { name: 'Migration20261202162000_approval_kind_checks', class: Migration20261202162000_approval_kind_checks },
  { name: 'Migration20261203020000_approval_more_kinds', class: Migration20261203020000_approval_more_kinds },
  { name: 'Migration20261203020000_outbox_trace_parent', class: Migration20261203020000_outbox_trace_parent },
  { name: 'Migration20261203070000_settlement_paid_cents', class: Migration20261203070000_settlement_paid_cents },
  { name: 'Migration20261203100000_history_import', class: Migration20261203100000_history_import },
];
