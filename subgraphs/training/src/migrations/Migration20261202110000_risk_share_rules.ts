import { Migration } from '@mikro-orm/migrations';

/**
 * Risk-share rules (issue 19): the counting window per agreement (from the course start by default), the audit
 * of agreement changes, settlement revisions (late placements), and the protocol's 30% agreement for every
 * professional (2.b) course already active or completed without one (seeds/003_fe62a26ba95cc30f.txt:1165-1171).
 */
export class Migration20261202110000_risk_share_rules extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "training"."risk_share_agreement" add column "window_from" text check ("window_from" in ('COURSE_START', 'COURSE_END')) not null default 'COURSE_START'`,
    );
    // Agreements settled before this rule keep the window they were settled on (from the course end).
    this.addSql(
      `update "training"."risk_share_agreement" a set "window_from" = 'COURSE_END' where exists (select 1 from "training"."risk_share_settlement" s where s."edition_id" = a."edition_id")`,
    );
    this.addSql(`alter table "training"."risk_share_settlement" add column "revision" int not null default 0`);
    this.addSql(
      `create table "training"."risk_share_agreement_change" ("id" uuid not null, "edition_id" uuid not null, "changed_at" timestamptz not null, "changed_by" uuid null, "changed_by_role" text not null, "reason" text not null, "before" jsonb null, "after" jsonb not null, constraint "risk_share_agreement_change_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "risk_share_agreement_change_edition_id_index" on "training"."risk_share_agreement_change" ("edition_id")`);
    this.addSql(
      `create table "training"."risk_share_settlement_revision" ("id" uuid not null, "settlement_id" uuid not null, "edition_id" uuid not null, "revision" int not null, "reason" text not null, "placement_id" uuid null, "revised_at" timestamptz not null, "revised_by" uuid null, "achieved_rate_before" double precision not null, "achieved_rate_after" double precision not null, "payable_before_cents" bigint not null, "payable_after_cents" bigint not null, "withheld_before_cents" bigint not null, "withheld_after_cents" bigint not null, constraint "risk_share_settlement_revision_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "risk_share_settlement_revision_settlement_id_index" on "training"."risk_share_settlement_revision" ("settlement_id")`,
    );
    this.addSql(
      `create index "risk_share_settlement_revision_edition_id_index" on "training"."risk_share_settlement_revision" ("edition_id")`,
    );
    this.addSql(
      `alter table "training"."risk_share_settlement_revision" add constraint "risk_share_settlement_revision_settlement_id_revision_unique" unique ("settlement_id", "revision")`,
    );
    // The protocol's agreement for 2.b courses without one (same default terms as activation: risk-share.service.ts).
    this.addSql(`with missing as (
  select e.id, e.seats, e.kpi_window_months,
         (select coalesce(sum(coalesce(c.positions, 1)), 0) from "training"."hiring_commitment" c where c.edition_id = e.id) as positions
  from "training"."course_edition" e
  where e.stream = 'PROFESSIONAL' and e.status in ('ACTIVE', 'COMPLETED')
    and not exists (select 1 from "training"."risk_share_agreement" a where a.edition_id = e.id)
), terms as (
  select id, kpi_window_months,
         case when seats > 0 then least(10000, round(greatest(1, positions) * 10000.0 / seats))::int else 10000 end as target_bps
  from missing
), created as (
  insert into "training"."risk_share_agreement" ("id", "edition_id", "at_risk_bps", "metric", "target_bps", "window_months", "mode", "basis", "window_from")
  select gen_random_uuid(), id, 3000, 'EMPLOYMENT_RATE', target_bps, kpi_window_months, 'PROPORTIONAL', 'ALL_PARTICIPANTS', 'COURSE_START' from terms
  returning "edition_id", "target_bps", "window_months"
)
insert into "training"."risk_share_agreement_change" ("id", "edition_id", "changed_at", "changed_by", "changed_by_role", "reason", "before", "after")
select gen_random_uuid(), edition_id, now(), null, 'SYSTEM', 'Migration: the protocol''s 30% agreement for a professional (2.b) course that had none', null,
  jsonb_build_object('atRiskBps', 3000, 'metric', 'EMPLOYMENT_RATE', 'targetBps', target_bps, 'windowMonths', window_months, 'windowFrom', 'COURSE_START', 'mode', 'PROPORTIONAL', 'basis', 'ALL_PARTICIPANTS')
from created`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."risk_share_settlement_revision" cascade`);
    this.addSql(`drop table if exists "training"."risk_share_agreement_change" cascade`);
    this.addSql(`alter table "training"."risk_share_settlement" drop column "revision"`);
    this.addSql(`alter table "training"."risk_share_agreement" drop column "window_from"`);
  }
}
