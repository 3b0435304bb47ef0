import { Migration } from '@mikro-orm/migrations';

/**
 * Natural duplicates refused by the database (issue 28), for the create mutations that had none: the
 * constraint answers CONFLICT with the existing record's id (`@ixl/subgraph-kit` duplicates), so a
 * double submission without an Idempotency-Key, or a concurrent one, leaves one record. The table of
 * every mutation and its rule is test/reliability/support/create-mutations.ts.
 */
export class Migration20261202142233_natural_duplicates_more extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "projects"."call" add constraint "call_kind_title_opens_on_unique" unique ("kind", "title", "opens_on")`);
    this.addSql(`alter table "projects"."committee" add constraint "committee_kind_name_unique" unique ("kind", "name")`);
    this.addSql(
      `alter table "projects"."committee_session" add constraint "committee_session_committee_id_held_on_unique" unique ("committee_id", "held_on")`,
    );
    this.addSql(
      `alter table "projects"."path_meeting" add constraint "path_meeting_subject_id_kind_held_on_unique" unique ("subject_id", "kind", "held_on")`,
    );
    this.addSql(
      `alter table "projects"."project_outcome" add constraint "project_outcome_natural_key_unique" unique ("project_id", "kind", "on", "description")`,
    );
  }
}
