import { Migration } from '@mikro-orm/migrations';

/**
 * Status changes made by the system carry a reason code and params (translated by the portals) instead of an
 * English sentence only; the two system sentences written so far become codes.
 */
export class Migration20261202113000_status_reason_code extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "people"."status_change" add column "reason_code" text null, add column "reason_params" jsonb null`);
    this.addSql(`update "people"."status_change" set "reason_code" = 'ONLINE_REGISTRATION' where "reason" = 'Online registration'`);
    this.addSql(
      `update "people"."status_change"
          set "reason_code" = 'INTERVIEW_SCHEDULED',
              "reason_params" = jsonb_build_object('mode', substring("reason" from '^Interview ([A-Z_]+) on '), 'scheduledAt', substring("reason" from ' on (.+)$'))
        where "reason" ~ '^Interview [A-Z_]+ on .+$'`,
    );
  }
}
