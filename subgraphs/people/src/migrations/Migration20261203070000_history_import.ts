import { Migration } from '@mikro-orm/migrations';
import { historyImportTablesSql } from '@ixl/subgraph-kit';

/**
 * Bulk import of the programme's history (issue 27) in people: the batches, their staged rows, the
 * external-id mapping with each record's source file and line, and the changes a batch made (undo).
 */
export class Migration20261203070000_history_import extends Migration {
  override async up(): Promise<void> {
    for (const sql of historyImportTablesSql('people')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const table of ['import_change', 'import_record', 'import_row', 'import_batch'])
      this.addSql(`drop table if exists "people"."${table}"`);
  }
}
