import { Migration } from '@mikro-orm/migrations';

/** Committee sessions the history import made for the decisions it brought in (issue 27, DELIBERE). */
export class Migration20261203110000_imported_sessions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "projects"."committee_session" add column "imported" boolean not null default false`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "projects"."committee_session" drop column "imported"`);
  }
}
