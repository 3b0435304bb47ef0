import { Migration } from '@mikro-orm/migrations';
import { DEFAULT_INSTRUMENT, DEFAULT_THRESHOLD } from '../services/default-instrument.js';

/**
 * Version 1 of the fragility assessment instrument (threshold 11), so every installation can assess
 * without demo data. Later versions are published by staff as data (publishAssessmentInstrument).
 */
// The definition travels base64-encoded: no quoting and no '?' placeholders in the SQL text.
export class Migration20261121235300_default_instrument extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `insert into "people"."assessment_instrument" ("id", "version", "name", "threshold", "definition", "active", "published_at", "published_by")
       select '6b1f7a52-3a8e-4f0c-9d3e-1b2c3d4e5f60', 1, 'Scheda fragilità IXL v1', ${DEFAULT_THRESHOLD}, convert_from(decode('${Buffer.from(JSON.stringify(DEFAULT_INSTRUMENT)).toString('base64')}', 'base64'), 'UTF8')::jsonb, true, now(), 'system'
       where not exists (select 1 from "people"."assessment_instrument")`,
    );
  }
}
