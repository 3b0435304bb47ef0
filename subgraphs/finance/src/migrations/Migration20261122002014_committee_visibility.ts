import { Migration } from '@mikro-orm/migrations';

export class Migration20261122002014_committee_visibility extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "finance"."grant" add column "committee_member_user_ids" text[] not null default '{}'`);
    this.addSql(`alter table "finance"."loan" add column "committee_member_user_ids" text[] not null default '{}'`);
  }
}
