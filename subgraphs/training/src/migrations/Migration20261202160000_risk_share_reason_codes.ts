import { Migration } from '@mikro-orm/migrations';

/**
 * The system's own reasons in the risk-share audit as codes the portals word in Italian or English (issue 21):
 * the agreement a 2.b course gets by protocol, the demo's, and settlement revisions caused by a placement
 * recorded late or corrected (with the placement's start day). Existing rows written by the system get their
 * code from their (English) text; reasons typed by a person keep no code and are shown as typed.
 */
export class Migration20261202160000_risk_share_reason_codes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "training"."risk_share_agreement_change" add column "reason_code" text null`);
    this.addSql(
      `alter table "training"."risk_share_settlement_revision" add column "reason_code" text null, add column "placement_start_date" date null`,
    );
    this.addSql(
      `update "training"."risk_share_agreement_change" set "reason_code" = 'PROTOCOL_AGREEMENT' where "changed_by" is null and ("reason" like 'Protocol: 30%' or "reason" like 'Migration: the protocol''s 30%%')`,
    );
    this.addSql(
      `update "training"."risk_share_agreement_change" set "reason_code" = 'DEMO_AGREEMENT' where "changed_by" is null and "reason" like 'Demo: the agreement of the published course%'`,
    );
    this.addSql(
      `update "training"."risk_share_settlement_revision" set "reason_code" = case when "reason" like '% corrected after the settlement%' then 'PLACEMENT_CORRECTED' else 'PLACEMENT_RECORDED_LATE' end,
         "placement_start_date" = substring("reason" from '(\\d{4}-\\d{2}-\\d{2})')::date
       where "reason" like 'Placement % after the settlement%'`,
    );
  }
}
