import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000532_placement_ref extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "projects"."placement_ref" ("id" uuid not null, "beneficiary_id" uuid not null, "company_id" uuid null, "type" text not null, "start_date" date not null, constraint "placement_ref_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "placement_ref_beneficiary_id_index" on "projects"."placement_ref" ("beneficiary_id")`);
  }
}
