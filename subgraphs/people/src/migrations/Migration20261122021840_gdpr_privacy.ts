import { Migration } from '@mikro-orm/migrations';

/** GDPR: consent records, refresh tokens, erasure and consent-withdrawal times, CHANGE/EXPORT/ERASE audit actions. */
export class Migration20261122021840_gdpr_privacy extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "people"."consent_record" ("id" uuid not null, "beneficiary_id" uuid not null, "action" text check ("action" in ('GIVEN', 'WITHDRAWN')) not null, "notice_version" text not null, "at" timestamptz not null, "actor_id" text not null, constraint "consent_record_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "consent_record_beneficiary_id_at_index" on "people"."consent_record" ("beneficiary_id", "at")`);
    this.addSql(
      `create table "people"."refresh_token" ("id" uuid not null, "user_id" uuid not null, "family_id" uuid not null, "token_hash" text not null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, constraint "refresh_token_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "refresh_token_user_id_index" on "people"."refresh_token" ("user_id")`);
    this.addSql(`create index "refresh_token_family_id_index" on "people"."refresh_token" ("family_id")`);
    this.addSql(`alter table "people"."refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash")`);
    this.addSql(`alter table "people"."personal_data_audit" drop constraint if exists "personal_data_audit_action_check"`);
    this.addSql(
      `alter table "people"."personal_data_audit" add constraint "personal_data_audit_action_check" check("action" in ('READ', 'LIST', 'DOWNLOAD_DOCUMENT', 'CHANGE', 'EXPORT', 'ERASE'))`,
    );
    this.addSql(
      `alter table "people"."beneficiary" add column "consent_withdrawn_at" timestamptz null, add column "erased_at" timestamptz null`,
    );
  }
}
