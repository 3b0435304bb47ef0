import { Migration } from '@mikro-orm/migrations';

/** A job interview invitation carries its date and time, and a place or a link. */
export class Migration20261202120000_interview_invitation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "companies"."candidate" add column "interview_at" timestamptz null, add column "interview_place" text null, add column "interview_link" text null, add column "interview_note" text null`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "companies"."candidate" drop column "interview_at", drop column "interview_place", drop column "interview_link", drop column "interview_note"`,
    );
  }
}
