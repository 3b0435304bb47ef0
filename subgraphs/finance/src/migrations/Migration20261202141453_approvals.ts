import { Migration } from '@mikro-orm/migrations';

const KINDS = [
  'DISBURSE_LOAN',
  'RECORD_LOAN_REPAYMENT',
  'DECLARE_LOAN_DEFAULT',
  'SET_GUARANTEE_PLAFOND',
  'COMMIT_BUDGET',
  'DISBURSE_BUDGET_COMMITMENT',
  'DISBURSE_GRANT_TRANCHE',
  'PAY_TRAINING_SETTLEMENT',
  'PAY_STAGE_INDEMNITY',
  'COMMIT_SUPPORT_PAYMENT',
  'REVERSE_LEDGER_ENTRY',
  'CHANGE_APPROVAL_RULE',
];

/** Maker-checker (issue 26): approval requests, their rules (every kind needs an ADMIN's approval at first) and the rules' audit. */
export class Migration20261202141453_approvals extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "finance"."approval_request" ("id" uuid not null, "kind" text not null, "state" text not null default 'PENDING', "payload" jsonb not null, "payload_hash" text not null, "target_type" text not null, "target_id" text null, "target_hash" text not null, "amount_cents" bigint not null, "preview" jsonb not null, "maker_id" uuid not null, "decider_id" uuid null, "decision_note" text null, "created_at" timestamptz not null, "due_at" timestamptz not null, "decided_at" timestamptz null, "result_type" text null, "result_id" text null, constraint "approval_request_pkey" primary key ("id"), constraint "approval_request_state_check" check ("state" in ('PENDING', 'APPROVED', 'REJECTED')), constraint "approval_request_decider_not_maker" check ("decider_id" is null or "decider_id" <> "maker_id"))`,
    );
    this.addSql(`create index "approval_request_state_created_index" on "finance"."approval_request" ("state", "created_at")`);
    this.addSql(`create index "approval_request_maker_index" on "finance"."approval_request" ("maker_id", "created_at")`);
    // Natural duplicate: the same operation (kind + full content) pending twice.
    this.addSql(
      `create unique index "approval_request_pending_unique" on "finance"."approval_request" ("payload_hash") where "state" = 'PENDING'`,
    );
    this.addSql(
      `create table "finance"."approval_rule" ("kind" text not null, "required" boolean not null default true, "threshold_cents" bigint not null default 0, "approver_role" text not null default 'ADMIN', "approver_user_ids" jsonb not null default '[]', "updated_at" timestamptz not null default now(), constraint "approval_rule_pkey" primary key ("kind"), constraint "approval_rule_threshold_check" check ("threshold_cents" >= 0), constraint "approval_rule_role_check" check ("approver_role" in ('ADMIN', 'STAFF')), constraint "approval_rule_change_always" check ("kind" <> 'CHANGE_APPROVAL_RULE' or ("required" and "threshold_cents" = 0)))`,
    );
    this.addSql(`insert into "finance"."approval_rule" ("kind") values ${KINDS.map((k) => `('${k}')`).join(', ')}`);
    this.addSql(
      `create table "finance"."approval_rule_change" ("id" uuid not null, "kind" text not null, "before" text not null, "after" text not null, "reason" text not null, "maker_id" uuid not null, "approver_id" uuid not null, "request_id" uuid not null, "changed_at" timestamptz not null, constraint "approval_rule_change_pkey" primary key ("id"))`,
    );
    // The audit of rule changes is append-only, like the ledger.
    this.addSql(
      `create trigger "approval_rule_change_append_only" before update or delete on "finance"."approval_rule_change" for each row execute function "finance"."reject_change_of_append_only"()`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finance"."approval_rule_change" cascade`);
    this.addSql(`drop table if exists "finance"."approval_rule" cascade`);
    this.addSql(`drop table if exists "finance"."approval_request" cascade`);
  }
}
