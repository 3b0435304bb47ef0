import { Migration } from '@mikro-orm/migrations';

/**
 * Refusals of loans and grants keep their error reason and params (issue 21): portals render them in the user's
 * language instead of the stored English sentence. Refusals recorded before keep only the sentence.
 */
export class Migration20261202152600_refusal_reason_codes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "finance"."loan" add column "refusal_reason_code" text null, add column "refusal_params" jsonb null`);
    this.addSql(`alter table "finance"."grant" add column "refusal_reason_code" text null, add column "refusal_params" jsonb null`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "finance"."loan" drop column "refusal_reason_code", drop column "refusal_params"`);
    this.addSql(`alter table "finance"."grant" drop column "refusal_reason_code", drop column "refusal_params"`);
  }
}
