import { Migration } from '@mikro-orm/migrations';

export class Migration20261202110000_profile_change extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "people"."profile_change" ("id" uuid not null, "beneficiary_id" uuid not null, "at" timestamptz not null, "actor_id" text not null, "actor_role" text not null, "actor_name" text not null, "changes" jsonb not null, constraint "profile_change_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "profile_change_beneficiary_id_at_index" on "people"."profile_change" ("beneficiary_id", "at")`);
  }
}
