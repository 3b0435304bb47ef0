import { Migration } from '@mikro-orm/migrations';

export class Migration20261122022901_report_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "beneficiary_interviewed_at_index" on "people"."beneficiary" ("interviewed_at")`);
  }
}
