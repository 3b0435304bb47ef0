import { Migration } from '@mikro-orm/migrations';

/** The operation kinds of maker-checker requests and rule changes, checked by the database as the entities declare. */
export class Migration20261202162000_approval_kind_checks extends Migration {
  override async up(): Promise<void> {
    const kinds = `('DISBURSE_LOAN', 'RECORD_LOAN_REPAYMENT', 'DECLARE_LOAN_DEFAULT', 'SET_GUARANTEE_PLAFOND', 'COMMIT_BUDGET', 'DISBURSE_BUDGET_COMMITMENT', 'DISBURSE_GRANT_TRANCHE', 'PAY_TRAINING_SETTLEMENT', 'PAY_STAGE_INDEMNITY', 'COMMIT_SUPPORT_PAYMENT', 'REVERSE_LEDGER_ENTRY', 'CHANGE_APPROVAL_RULE')`;
    this.addSql(`alter table "finance"."approval_request" add constraint "approval_request_kind_check" check ("kind" in ${kinds})`);
    this.addSql(`alter table "finance"."approval_rule_change" add constraint "approval_rule_change_kind_check" check ("kind" in ${kinds})`);
  }
}
