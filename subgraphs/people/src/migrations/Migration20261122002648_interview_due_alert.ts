import { Migration } from '@mikro-orm/migrations';

export class Migration20261122002648_interview_due_alert extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "people"."interview_due_alert" ("beneficiary_id" uuid not null, "due_date" date not null, "alerted_at" timestamptz not null, constraint "interview_due_alert_pkey" primary key ("beneficiary_id", "due_date"))`,
    );
  }
}
