import { Migration } from '@mikro-orm/migrations';

/**
 * Login throttling counters (fixed windows, one row per key, updated with one atomic upsert so every
 * gateway/subgraph replica shares them and they survive restarts) and the client/account pairs that
 * signed in successfully (exempt from the per-account back-off). Keys are HMACs: no email or address in clear.
 */
export class Migration20261202110000_login_throttle extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "people"."login_throttle" ("key" text not null, "window_start" timestamptz not null, "hits" int not null, constraint "login_throttle_pkey" primary key ("key"))`,
    );
    this.addSql(`create index "login_throttle_window_start_index" on "people"."login_throttle" ("window_start")`);
    this.addSql(
      `create table "people"."login_known_client" ("account_key" text not null, "client_key" text not null, "last_success_at" timestamptz not null, constraint "login_known_client_pkey" primary key ("account_key", "client_key"))`,
    );
  }
}
