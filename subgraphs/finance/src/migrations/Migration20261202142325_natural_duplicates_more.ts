import { Migration } from '@mikro-orm/migrations';

/**
 * Natural duplicates refused by the database (issue 28), for the create mutations that had none: the
 * constraint answers CONFLICT with the existing record's id (`@ixl/subgraph-kit` duplicates), so a
 * double submission without an Idempotency-Key, or a concurrent one, leaves one record. The table of
 * every mutation and its rule is test/reliability/support/create-mutations.ts.
 */
export class Migration20261202142325_natural_duplicates_more extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "finance"."budget_commitment" add constraint "budget_commitment_natural_key_unique" unique ("budget_line_id", "booked_on", "amount_cents", "purpose")`,
    );
    this.addSql(
      `alter table "finance"."budget_line" add constraint "budget_line_natural_key_unique" unique ("funder", "from_year", "label")`,
    );
    this.addSql(
      `alter table "finance"."grant_expense_line" add constraint "grant_expense_line_natural_key_unique" unique ("grant_id", "category", "description")`,
    );
    this.addSql(
      `alter table "finance"."guarantee_plafond" add constraint "guarantee_plafond_effective_from_unique" unique ("effective_from")`,
    );
    this.addSql(`alter table "finance"."loan_product" add constraint "loan_product_valid_from_unique" unique ("valid_from")`);
    this.addSql(
      `alter table "finance"."support_payment" add constraint "support_payment_same_payment_unique" unique ("kind", "reference_id", "year", "booked_on", "amount_cents")`,
    );
  }
}
