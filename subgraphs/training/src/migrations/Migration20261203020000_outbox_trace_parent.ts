import { Migration } from '@mikro-orm/migrations';

/** The W3C traceparent of the request that published an event: the consumer's span links to it (null: not traced). */
export class Migration20261203020000_outbox_trace_parent extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "training"."outbox_event" add column if not exists "trace_parent" text null`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "training"."outbox_event" drop column if exists "trace_parent"`);
  }
}
