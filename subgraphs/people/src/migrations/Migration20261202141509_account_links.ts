import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 18 (finding 2) and issue 20: registrations wait for the email link (`pending_registration`: the
 * validated form with the password already hashed, until the link is followed) and the single-use links of
 * password resets and invitations (`account_link`). Both keep only the SHA-256 of the link's token.
 */
export class Migration20261202141509_account_links extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "people"."pending_registration" ("id" uuid not null, "token_hash" text not null, "email" text not null, "form" jsonb not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "pending_registration_pkey" primary key ("id"), constraint "pending_registration_token_hash_unique" unique ("token_hash"))`,
    );
    this.addSql(`create index "pending_registration_expires_at_index" on "people"."pending_registration" ("expires_at")`);
    this.addSql(
      `create table "people"."account_link" ("id" uuid not null, "user_id" uuid not null, "purpose" text check ("purpose" in ('RESET', 'INVITATION')) not null, "token_hash" text not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "account_link_pkey" primary key ("id"), constraint "account_link_token_hash_unique" unique ("token_hash"))`,
    );
    this.addSql(`create index "account_link_user_id_index" on "people"."account_link" ("user_id")`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "people"."account_link"');
    this.addSql('drop table if exists "people"."pending_registration"');
  }
}
