import { Migration } from '@mikro-orm/migrations';
import { eventTablesSql } from '@ixl/events';

/** The projects schema: event outbox/consumer tables and the first entities. */
export class Migration20261121000000_initial extends Migration {
  override async up(): Promise<void> {
    for (const sql of eventTablesSql('projects')) this.addSql(sql);
    this.addSql(
      `create table "projects"."project" ("id" uuid not null, "title" text not null, "organisation_name" text not null, "sector" text check ("sector" in ('COMMUNITY_WELFARE', 'ETHICAL_FOOD', 'ETHICAL_FASHION', 'SOCIAL_FARMING', 'SPORT_CULTURE_REGENERATION', 'OTHER')) not null, "status" text check ("status" in ('SUBMITTED', 'PRE_SELECTION', 'INTAKE_MEETING', 'ACCOMPANIMENT', 'REVIEW', 'EVALUATION_COMMITTEE', 'MANAGEMENT_COMMITTEE', 'FUNDED', 'MONITORING', 'REJECTED', 'WITHDRAWN', 'STAND_BY')) not null default 'SUBMITTED', "expected_jobs" int not null default 0, "submitted_at" timestamptz not null, constraint "project_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "project_status_index" on "projects"."project" ("status")`);
  }
}
