import { Migration } from '@mikro-orm/migrations';
import { historyImportTablesSql } from '@ixl/subgraph-kit';

/** The history import's tables in the projects schema (issue 27): batches, staged rows, the source of each record, changes. */
export class Migration20261203073000_history_import extends Migration {
  override async up(): Promise<void> {
    for (const statement of historyImportTablesSql('projects')) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const table of ['import_change', 'import_record', 'import_row', 'import_batch'])
      this.addSql(`drop table if exists "projects"."${table}"`);
  }
}
