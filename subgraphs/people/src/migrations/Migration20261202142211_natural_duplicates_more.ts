import { Migration } from '@mikro-orm/migrations';

/**
 * Natural duplicates refused by the database (issue 28), for the create mutations that had none: the
 * constraint answers CONFLICT with the existing record's id (`@ixl/subgraph-kit` duplicates), so a
 * double submission without an Idempotency-Key, or a concurrent one, leaves one record. The table of
 * every mutation and its rule is test/reliability/support/create-mutations.ts.
 */
export class Migration20261202142211_natural_duplicates_more extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "people"."contact_attempt" add constraint "contact_attempt_beneficiary_id_at_unique" unique ("beneficiary_id", "at")`,
    );
    this.addSql(
      `alter table "people"."interview" add constraint "interview_beneficiary_id_scheduled_at_unique" unique ("beneficiary_id", "scheduled_at")`,
    );
  }
}
