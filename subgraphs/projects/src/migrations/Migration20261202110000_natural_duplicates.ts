import { Migration } from '@mikro-orm/migrations';

/**
 * Natural duplicates refused by the database (issue 28): a dossier is on a session's agenda once (the
 * service checked it before inserting, outside any lock). Votes (agenda item, member) and decisions
 * (agenda item) were unique already.
 */
export class Migration20261202110000_natural_duplicates extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "projects"."agenda_item" add constraint "agenda_item_session_id_subject_id_unique" unique ("session_id", "subject_id")`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "projects"."agenda_item" drop constraint if exists "agenda_item_session_id_subject_id_unique"`);
  }
}
