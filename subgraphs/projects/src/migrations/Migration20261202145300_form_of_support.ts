import { Migration } from '@mikro-orm/migrations';

/** The evaluation committee chooses the form of support: loan, grant or non-cash support (with its items). */
export class Migration20261202145300_form_of_support extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "projects"."decision" drop constraint if exists "decision_funding_kind_check"`);
    this.addSql(
      `alter table "projects"."decision" add constraint "decision_funding_kind_check" check ("funding_kind" in ('LOAN', 'GRANT', 'NON_CASH'))`,
    );
    this.addSql(`alter table "projects"."decision" add column "non_cash_items" jsonb null`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "projects"."decision" drop column "non_cash_items"`);
    this.addSql(`alter table "projects"."decision" drop constraint if exists "decision_funding_kind_check"`);
    this.addSql(
      `alter table "projects"."decision" add constraint "decision_funding_kind_check" check ("funding_kind" in ('LOAN', 'GRANT'))`,
    );
  }
}
