import { Migration } from '@mikro-orm/migrations';
import { historyImportTablesSql } from '@ixl/subgraph-kit';

/**
 * The history import in the finance schema (issue 27): its tables (batches, staged rows, the source of each record,
 * changes); the old system's id of imported projects in finance's project facts (PRESTITI and CONTRIBUTI name projects
 * by it); and the one exception to the append-only journal: the undo of an import batch, in its own transaction, takes
 * back the rows the batch booked (the session setting `finance.history_import_undo`, set transaction-local by the undo).
 */
export class Migration20261203100000_history_import extends Migration {
  override async up(): Promise<void> {
    for (const statement of historyImportTablesSql('finance')) this.addSql(statement);
    this.addSql(`alter table "finance"."project_fact" add column "external_id" text null`);
    this.addSql(`create index "project_fact_external_id_index" on "finance"."project_fact" ("external_id")`);
    this.addSql(`create or replace function "finance"."reject_change_of_append_only"() returns trigger language plpgsql as $$
begin
  if TG_OP = 'DELETE' and current_setting('finance.history_import_undo', true) = 'on' then
    return old;
  end if;
  raise exception 'finance.%: append-only table, % is not allowed (book a reversal entry instead)', TG_TABLE_NAME, TG_OP using errcode = 'P0001';
end $$`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function "finance"."reject_change_of_append_only"() returns trigger language plpgsql as $$
begin
  raise exception 'finance.%: append-only table, % is not allowed (book a reversal entry instead)', TG_TABLE_NAME, TG_OP using errcode = 'P0001';
end $$`);
    this.addSql(`drop index if exists "finance"."project_fact_external_id_index"`);
    this.addSql(`alter table "finance"."project_fact" drop column if exists "external_id"`);
    for (const table of ['import_change', 'import_record', 'import_row', 'import_batch'])
      this.addSql(`drop table if exists "finance"."${table}"`);
  }
}
