import { Migration } from '@mikro-orm/migrations';

/** Append-only tables: the journal and the records it rests on are never updated or deleted. */
const APPEND_ONLY = ['ledger_entry', 'guarantee_plafond', 'loan_installment', 'loan_repayment'];

/** Loans, grants, guarantee fund, settlements, stage indemnities, incentives, budget, and the append-only journal. */
export class Migration20261121235657_ledger_grants_budget extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "finance"."budget_commitment" ("id" uuid not null, "budget_line_id" uuid not null, "amount_cents" bigint not null, "booked_on" date not null, "purpose" text not null, constraint "budget_commitment_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "budget_commitment_budget_line_id_index" on "finance"."budget_commitment" ("budget_line_id")`);
    this.addSql(
      `create table "finance"."budget_line" ("id" uuid not null, "funder" text check ("funder" in ('COMUNE', 'ARCIDIOCESI_FONDAZIONE', 'REGIONE', 'EXTRAORDINARY_FUND')) not null, "from_year" int not null, "to_year" int not null, "label" text not null, "amount_cents" bigint not null, constraint "budget_line_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create table "finance"."grant" ("id" uuid not null, "decision_id" uuid null, "project_id" uuid not null, "applicant_user_id" uuid null, "beneficiary_id" uuid null, "investment_cents" bigint not null, "services_cents" bigint not null, "total_cents" bigint not null, "approved_on" date not null, "status" text check ("status" in ('OPEN', 'REFUSED')) not null default 'OPEN', "refusal_reason" text null, constraint "grant_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "finance"."grant" add constraint "grant_decision_id_unique" unique ("decision_id")`);
    this.addSql(`create index "grant_project_id_index" on "finance"."grant" ("project_id")`);
    this.addSql(`create index "grant_applicant_user_id_index" on "finance"."grant" ("applicant_user_id")`);
    this.addSql(`create index "grant_beneficiary_id_index" on "finance"."grant" ("beneficiary_id")`);
    this.addSql(
      `create table "finance"."grant_expense_line" ("id" uuid not null, "grant_id" uuid not null, "category" text check ("category" in ('INVESTMENT', 'SERVICES')) not null, "description" text not null, "amount_cents" bigint not null, constraint "grant_expense_line_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "grant_expense_line_grant_id_index" on "finance"."grant_expense_line" ("grant_id")`);
    this.addSql(
      `create table "finance"."guarantee_plafond" ("id" uuid not null, "effective_from" date not null, "amount_cents" bigint not null, "note" text null, "recorded_at" timestamptz not null, constraint "guarantee_plafond_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create table "finance"."ledger_entry" ("id" uuid not null, "recorded_at" timestamptz not null, "booked_on" date not null, "account" text check ("account" in ('LOAN_DISBURSED', 'LOAN_PRINCIPAL_REPAID', 'LOAN_INTEREST_PAID', 'GUARANTEE_CALLED', 'GRANT_COMMITTED', 'GRANT_DISBURSED', 'SETTLEMENT_PAYABLE', 'SETTLEMENT_PAID', 'STAGE_INDEMNITY_PAID', 'SUPPORT_PAYMENT_COMMITTED', 'BUDGET_COMMITTED', 'BUDGET_DISBURSED')) not null, "amount_cents" bigint not null, "memo" text null, "loan_id" uuid null, "installment_number" int null, "repayment_id" uuid null, "grant_id" uuid null, "expense_line_id" uuid null, "settlement_id" uuid null, "stage_indemnity_id" uuid null, "support_payment_id" uuid null, "budget_line_id" uuid null, "commitment_id" uuid null, "reverses_entry_id" uuid null, "actor_id" uuid null, constraint "ledger_entry_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "ledger_entry_loan_id_index" on "finance"."ledger_entry" ("loan_id")`);
    this.addSql(`create index "ledger_entry_grant_id_index" on "finance"."ledger_entry" ("grant_id")`);
    this.addSql(`create index "ledger_entry_settlement_id_index" on "finance"."ledger_entry" ("settlement_id")`);
    this.addSql(`create index "ledger_entry_budget_line_id_index" on "finance"."ledger_entry" ("budget_line_id")`);
    this.addSql(`alter table "finance"."ledger_entry" add constraint "ledger_entry_reverses_entry_id_unique" unique ("reverses_entry_id")`);
    this.addSql(`create index "ledger_entry_account_booked_on_index" on "finance"."ledger_entry" ("account", "booked_on")`);
    this.addSql(
      `create table "finance"."loan_installment" ("id" uuid not null, "loan_id" uuid not null, "number" int not null, "due_date" date not null, "principal_cents" bigint not null, "interest_cents" bigint not null, "total_cents" bigint not null, "balance_cents" bigint not null, constraint "loan_installment_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "loan_installment_loan_id_index" on "finance"."loan_installment" ("loan_id")`);
    this.addSql(
      `alter table "finance"."loan_installment" add constraint "loan_installment_loan_id_number_unique" unique ("loan_id", "number")`,
    );
    this.addSql(
      `create table "finance"."loan_repayment" ("id" uuid not null, "loan_id" uuid not null, "paid_on" date not null, "amount_cents" bigint not null, "interest_cents" bigint not null, "principal_cents" bigint not null, "early_principal_cents" bigint not null, "kind" text check ("kind" in ('ON_TIME', 'LATE', 'PARTIAL', 'EARLY')) not null, "recorded_at" timestamptz not null, constraint "loan_repayment_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "loan_repayment_loan_id_index" on "finance"."loan_repayment" ("loan_id")`);
    this.addSql(
      `create table "finance"."stage_indemnity" ("id" uuid not null, "placement_id" uuid not null, "beneficiary_id" uuid not null, "company_id" uuid null, "month" date not null, "amount_cents" bigint not null, constraint "stage_indemnity_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "stage_indemnity_beneficiary_id_index" on "finance"."stage_indemnity" ("beneficiary_id")`);
    this.addSql(`create index "stage_indemnity_company_id_index" on "finance"."stage_indemnity" ("company_id")`);
    this.addSql(
      `alter table "finance"."stage_indemnity" add constraint "stage_indemnity_placement_id_month_unique" unique ("placement_id", "month")`,
    );
    this.addSql(
      `create table "finance"."support_payment" ("id" uuid not null, "kind" text check ("kind" in ('OVER55_HIRING', 'INTERMEDIARY_PROJECT')) not null, "reference_id" uuid not null, "company_id" uuid null, "year" int not null, "amount_cents" bigint not null, "booked_on" date not null, "description" text not null, constraint "support_payment_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "support_payment_company_id_index" on "finance"."support_payment" ("company_id")`);
    this.addSql(
      `create index "support_payment_kind_reference_id_year_index" on "finance"."support_payment" ("kind", "reference_id", "year")`,
    );
    this.addSql(
      `create table "finance"."training_settlement" ("id" uuid not null, "edition_id" uuid not null, "training_body_id" uuid not null, "total_cost_cents" bigint not null, "at_risk_cents" bigint not null, "payable_cents" bigint not null, "withheld_cents" bigint not null, "achieved_rate_percent" double precision not null, "window_end" date not null, "paid_on" date null, constraint "training_settlement_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "training_settlement_training_body_id_index" on "finance"."training_settlement" ("training_body_id")`);
    this.addSql(`alter table "finance"."loan" drop constraint if exists "loan_status_check"`);
    this.addSql(
      `alter table "finance"."loan" add column "decision_id" uuid null, add column "applicant_user_id" uuid null, add column "beneficiary_id" uuid null, add column "guarantee_share_bps" int not null default 7000, add column "approved_on" date null, add column "disbursed_on" date null, add column "refusal_reason" text null`,
    );
    this.addSql(
      `alter table "finance"."loan" add constraint "loan_status_check" check("status" in ('APPROVED', 'DISBURSED', 'REPAYING', 'IN_ARREARS', 'REPAID', 'DEFAULTED', 'REFUSED'))`,
    );
    this.addSql(`alter table "finance"."loan" add constraint "loan_decision_id_unique" unique ("decision_id")`);
    this.addSql(`create index "loan_applicant_user_id_index" on "finance"."loan" ("applicant_user_id")`);
    this.addSql(`create index "loan_beneficiary_id_index" on "finance"."loan" ("beneficiary_id")`);
    this.addSql(`create function "finance"."reject_change_of_append_only"() returns trigger language plpgsql as $$
begin
  raise exception 'finance.%: append-only table, % is not allowed (book a reversal entry instead)', TG_TABLE_NAME, TG_OP using errcode = 'P0001';
end $$`);
    for (const t of APPEND_ONLY) {
      this.addSql(
        `create trigger "${t}_append_only" before update or delete on "finance"."${t}" for each row execute function "finance"."reject_change_of_append_only"()`,
      );
      this.addSql(
        `create trigger "${t}_no_truncate" before truncate on "finance"."${t}" for each statement execute function "finance"."reject_change_of_append_only"()`,
      );
    }
  }
}
