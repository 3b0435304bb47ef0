import { Migration } from '@mikro-orm/migrations';

/**
 * Natural duplicates refused by the database (issue 28), for the create mutations that had none: the
 * constraint answers CONFLICT with the existing record's id (`@ixl/subgraph-kit` duplicates), so a
 * double submission without an Idempotency-Key, or a concurrent one, leaves one record. The table of
 * every mutation and its rule is test/reliability/support/create-mutations.ts.
 */
export class Migration20261202142153_natural_duplicates_more extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "companies"."company_contact" add constraint "company_contact_company_id_full_name_unique" unique ("company_id", "full_name")`,
    );
    this.addSql(
      `alter table "companies"."company_site" add constraint "company_site_company_id_name_unique" unique ("company_id", "name")`,
    );
  }
}
