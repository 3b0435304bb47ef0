import { Migration } from '@mikro-orm/migrations';

/**
 * History import batches (issue 27): the worker holding a batch's lease gets its own column (it was kept
 * in "error", which the API showed), and why a batch failed is kept as a registry reason with its params
 * and the file line, so the portals render it in the user's language instead of a raw code.
 */
export class Migration20261203020000_import_batch_errors extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "companies"."import_batch" add column "worker_id" uuid null, add column "error_code" text null,
      add column "error_line" integer null, add column "error_params" jsonb null`);
    this.addSql(
      `update "companies"."import_batch" set "error_code" = 'IMPORT_ROW_REJECTED', "error_params" = '{}'::jsonb where "status" = 'FAILED'`,
    );
    this.addSql(`alter table "companies"."import_batch" drop column "error"`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "companies"."import_batch" add column "error" text null`);
    this.addSql(`update "companies"."import_batch" set "error" = "error_code" || coalesce(' (line ' || "error_line" || ')', '')`);
    this.addSql(
      `alter table "companies"."import_batch" drop column "worker_id", drop column "error_code", drop column "error_line", drop column "error_params"`,
    );
  }
}
