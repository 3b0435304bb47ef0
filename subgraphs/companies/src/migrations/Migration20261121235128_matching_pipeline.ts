import { Migration } from '@mikro-orm/migrations';

export class Migration20261121235128_matching_pipeline extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "companies"."company_contact" ("id" uuid not null, "company_id" uuid not null, "full_name" text not null, "role" text null, "email" text null, "phone" text null, constraint "company_contact_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "company_contact_company_id_index" on "companies"."company_contact" ("company_id")`);
    this.addSql(
      `create table "companies"."company_site" ("id" uuid not null, "company_id" uuid not null, "name" text not null, "municipality_code" text not null, "address" text null, constraint "company_site_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "company_site_company_id_index" on "companies"."company_site" ("company_id")`);
    this.addSql(
      `create table "companies"."matching_profile" ("beneficiary_id" uuid not null, "first_name" text not null, "last_initial" text not null, "birth_year" int null, "sex" text null, "citizenship" text null, "municipality_code" text null, "lat" double precision null, "lon" double precision null, "status" text not null, "profile" text null, "readiness" text null, "italian_level" text null, "italian_rank" smallint not null default 0, "skills" text[] not null default '{}', "occupations" text[] not null default '{}', "driving_licence" boolean not null default false, "own_vehicle" boolean not null default false, "available_hours_per_week" int null, "shifts" text[] not null default '{}', "contract_wishes" text[] not null default '{}', "cv_share_consent" boolean not null default false, "erased" boolean not null default false, "updated_at" timestamptz not null, constraint "matching_profile_pkey" primary key ("beneficiary_id"))`,
    );
    this.addSql(
      `create index "matching_profile_pool_idx" on "companies"."matching_profile" ("lat", "lon") where "erased" = false and "profile" = 'IN_TARGET' and "readiness" = 'PRONTO' and "status" in ('IN_TARGET', 'ACTIVE')`,
    );
    this.addSql(`create index "matching_profile_occupations_gin" on "companies"."matching_profile" using gin ("occupations")`);
    this.addSql(`create index "matching_profile_skills_gin" on "companies"."matching_profile" using gin ("skills")`);
    this.addSql(
      `create table "companies"."candidate" ("id" uuid not null, "vacancy_id" uuid not null, "beneficiary_id" uuid not null, "status" text check ("status" in ('SHORTLISTED', 'PROPOSED', 'CV_SENT', 'INTERVIEW', 'HIRED', 'REJECTED_BY_COMPANY', 'DECLINED_BY_CANDIDATE')) not null, "score" smallint null, "reason_code" text check ("reason_code" in ('FEAR_OF_INFECTION', 'DISTANCE', 'HOURS', 'SHIFTS', 'PAY', 'CONTRACT_TYPE', 'SKILLS', 'LANGUAGE', 'FOUND_OTHER_JOB', 'NOT_REACHABLE', 'OTHER')) null, "reason_note" text null, "staff_note" text null, "proposed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "candidate_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "candidate_vacancy_id_index" on "companies"."candidate" ("vacancy_id")`);
    this.addSql(`create index "candidate_beneficiary_id_index" on "companies"."candidate" ("beneficiary_id")`);
    this.addSql(
      `alter table "companies"."candidate" add constraint "candidate_vacancy_id_beneficiary_id_unique" unique ("vacancy_id", "beneficiary_id")`,
    );
    this.addSql(
      `alter table "companies"."company_contact" add constraint "company_contact_company_id_foreign" foreign key ("company_id") references "companies"."company" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "companies"."company_site" add constraint "company_site_company_id_foreign" foreign key ("company_id") references "companies"."company" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "companies"."candidate" add constraint "candidate_vacancy_id_foreign" foreign key ("vacancy_id") references "companies"."vacancy" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "companies"."placement" add column "hours_per_week" int null, add column "vacancy_id" uuid null, add column "source_edition_id" uuid null, add column "previous_placement_id" uuid null, add column "follow_up" text check ("follow_up" in ('RENEWAL', 'EXTENSION', 'CONVERSION')) null, add column "notes" text null, add column "created_at" timestamptz null`,
    );
    this.addSql(`create index "placement_vacancy_id_index" on "companies"."placement" ("vacancy_id")`);
    this.addSql(`create index "placement_source_edition_id_index" on "companies"."placement" ("source_edition_id")`);
    this.addSql(`create index "placement_previous_placement_id_index" on "companies"."placement" ("previous_placement_id")`);
    this.addSql(
      `alter table "companies"."vacancy" add column "occupation_code" text null, add column "tasks" text null, add column "required_skills" text[] not null default '{}', add column "nice_to_have_skills" text[] not null default '{}', add column "italian_level" text check ("italian_level" in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE')) null, add column "driving_licence_required" boolean not null default false, add column "own_vehicle_required" boolean not null default false, add column "contract_type" text check ("contract_type" in ('TEMPO_DETERMINATO', 'TEMPO_INDETERMINATO', 'IN_PROPRIO', 'A_CHIAMATA')) null, add column "hours_per_week" int null, add column "shifts" text[] not null default '{}', add column "max_distance_km" int not null default 40, add column "start_date" date null, add column "updated_at" timestamptz null`,
    );
  }
}
