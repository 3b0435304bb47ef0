import { Migration } from '@mikro-orm/migrations';

/** A company can be registered as a Third Sector body (ETS): the over-55 hiring call is for those only. */
export class Migration20261202142500_third_sector extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "companies"."company" add column "third_sector" boolean not null default false`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "companies"."company" drop column "third_sector"`);
  }
}
