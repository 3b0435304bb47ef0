import { Migration } from '@mikro-orm/migrations';

/** Candidate.history reads a candidate's steps from the outbox: index it by aggregate. */
export class Migration20261122031500_outbox_aggregate_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index if not exists "outbox_event_aggregate_idx" on "companies"."outbox_event" ("aggregate_type", "aggregate_id", "id")`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "companies"."outbox_event_aggregate_idx"`);
  }
}
