import { Migration } from '@mikro-orm/migrations';

const KINDS = `('DISBURSE_LOAN', 'RECORD_LOAN_REPAYMENT', 'DECLARE_LOAN_DEFAULT', 'SET_GUARANTEE_PLAFOND', 'COMMIT_BUDGET', 'DISBURSE_BUDGET_COMMITMENT', 'DISBURSE_GRANT_TRANCHE', 'PAY_TRAINING_SETTLEMENT', 'PAY_STAGE_INDEMNITY', 'COMMIT_SUPPORT_PAYMENT', 'REVERSE_LEDGER_ENTRY', 'RETRY_LOAN_GUARANTEE', 'CREATE_BUDGET_LINE', 'CHANGE_APPROVAL_RULE')`;

/**
 * Maker-checker also on re-examining a refused loan's guarantee (it reserves the guarantee fund's capacity and opens the
 * loan) and on a funder's budget line (the money commitments are made against): the kinds are accepted by the checks,
 * and their rules start like every other (an ADMIN approves, no threshold).
 */
export class Migration20261203020000_approval_more_kinds extends Migration {
  override async up(): Promise<void> {
    for (const table of ['approval_request', 'approval_rule_change']) {
      this.addSql(`alter table "finance"."${table}" drop constraint "${table}_kind_check"`);
      this.addSql(`alter table "finance"."${table}" add constraint "${table}_kind_check" check ("kind" in ${KINDS})`);
    }
    this.addSql(
      `insert into "finance"."approval_rule" ("kind") values ('RETRY_LOAN_GUARANTEE'), ('CREATE_BUDGET_LINE') on conflict do nothing`,
    );
  }
}
