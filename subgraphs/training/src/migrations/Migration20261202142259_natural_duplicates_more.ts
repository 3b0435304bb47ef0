import { Migration } from '@mikro-orm/migrations';

/**
 * Natural duplicates refused by the database (issue 28), for the create mutations that had none: the
 * constraint answers CONFLICT with the existing record's id (`@ixl/subgraph-kit` duplicates), so a
 * double submission without an Idempotency-Key, or a concurrent one, leaves one record. The table of
 * every mutation and its rule is test/reliability/support/create-mutations.ts.
 */
export class Migration20261202142259_natural_duplicates_more extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "training"."course_edition" add constraint "course_edition_natural_key_unique" unique ("training_body_id", "title", "start_date")`,
    );
  }
}
