import { Migration } from '@mikro-orm/migrations';
import { eventTablesSql } from '@ixl/events';

/** The training schema: event outbox/consumer tables and the first entities. */
export class Migration20261121000000_initial extends Migration {
  override async up(): Promise<void> {
    for (const sql of eventTablesSql('training')) this.addSql(sql);
    this.addSql(
      `create table "training"."training_body" ("id" uuid not null, "name" text not null, "email" text null, constraint "training_body_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "training"."training_body" add constraint "training_body_name_unique" unique ("name")`);
    this.addSql(
      `create table "training"."course_edition" ("id" uuid not null, "training_body_id" uuid not null, "title" text not null, "subject" text not null, "stream" text check ("stream" in ('TRANSVERSAL', 'PROFESSIONAL', 'EXPERIMENTAL')) not null, "start_date" date not null, "end_date" date not null, "seats" int not null, "total_cost_cents" bigint not null, constraint "course_edition_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "course_edition_training_body_id_index" on "training"."course_edition" ("training_body_id")`);
    this.addSql(
      `create table "training"."enrolment" ("id" uuid not null, "edition_id" uuid not null, "beneficiary_id" uuid not null, "enrolled_at" timestamptz not null, constraint "enrolment_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "enrolment_beneficiary_id_index" on "training"."enrolment" ("beneficiary_id")`);
    this.addSql(
      `alter table "training"."enrolment" add constraint "enrolment_edition_id_beneficiary_id_unique" unique ("edition_id", "beneficiary_id")`,
    );
    this.addSql(
      `alter table "training"."course_edition" add constraint "course_edition_training_body_id_foreign" foreign key ("training_body_id") references "training"."training_body" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "training"."enrolment" add constraint "enrolment_edition_id_foreign" foreign key ("edition_id") references "training"."course_edition" ("id") on update cascade on delete restrict`,
    );
  }
}
