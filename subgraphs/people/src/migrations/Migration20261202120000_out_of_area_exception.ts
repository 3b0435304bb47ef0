import { Migration } from '@mikro-orm/migrations';

/** The staff exception (reason, when, who) that lets a person outside the Città metropolitana into the target. */
export class Migration20261202120000_out_of_area_exception extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "people"."beneficiary" add column "out_of_area_exception_reason" text null, add column "out_of_area_exception_at" timestamptz null, add column "out_of_area_exception_by" uuid null`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "people"."beneficiary" drop column "out_of_area_exception_reason", drop column "out_of_area_exception_at", drop column "out_of_area_exception_by"`,
    );
  }
}
