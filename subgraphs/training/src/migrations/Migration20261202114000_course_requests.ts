import { Migration } from '@mikro-orm/migrations';

/** Course requests: when the person asked, when and by whom it was decided, and why it was declined. */
export class Migration20261202114000_course_requests extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "training"."enrolment" add column "requested_at" timestamptz null, add column "decided_at" timestamptz null, add column "decided_by" text null, add column "decision_reason" text null`,
    );
    this.addSql(`update "training"."enrolment" set "requested_at" = "enrolled_at" where "status" = 'REQUESTED'`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "training"."enrolment" drop column "requested_at", drop column "decided_at", drop column "decided_by", drop column "decision_reason"`,
    );
  }
}
