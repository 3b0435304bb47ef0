import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 18, finding 2: anonymous `submitProjectApplication` is throttled per client address like registrations,
 * with the same fixed-window counters (`countHit` in @ixl/subgraph-kit); keys are HMACs, no address in clear.
 */
export class Migration20261202141635_application_throttle extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "projects"."request_throttle" ("key" text not null, "window_start" timestamptz not null, "hits" int not null, constraint "request_throttle_pkey" primary key ("key"))`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "projects"."request_throttle"');
  }
}
