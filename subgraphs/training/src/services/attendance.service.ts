import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { DomainError, badInput } from '@ixl/subgraph-kit';
import { ATTENDANCE_CSV_MAX_CHARS } from '@ixl/contracts';
import type { CourseEdition } from '../entities/course-edition.entity.js';
import { CourseEditionStatus } from '../entities/enums.js';
import { publishTrainingEvent } from '../events/publish.js';
import { parseAttendanceCsv, parseHoursToMinutes, rowProblem, type AttendanceCsvProblem, type AttendanceCsvRow } from './attendance-csv.js';
import { editionToManage, isUuid } from './edition-access.js';

export interface AttendanceImportResult {
  accepted: boolean;
  rows: number;
  errors: AttendanceCsvProblem[];
  alreadyImported: boolean;
  uploadId: string | null;
}

interface Resolved {
  line: number;
  enrolment_id: string | null;
  session_id: string | null;
  length_minutes: number | null;
}

const MAX_ROWS = 50_000;
const UUID_RE = `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;

function assertOpenForAttendance(edition: CourseEdition): void {
  if (edition.status !== CourseEditionStatus.ACTIVE && edition.status !== CourseEditionStatus.COMPLETED) {
    throw new DomainError('ATTENDANCE_EDITION_NOT_ACTIVE', {}, 'editionId');
  }
}

/** Content hash of a CSV, insensitive to a BOM, line endings and trailing blanks. */
export function csvContentHash(csv: string): string {
  const normalised = csv
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
  return createHash('sha256').update(normalised).digest('hex');
}

/** Attendance uploads by the training body: a whole CSV (validated set-based, all or nothing) or one row. */
export class AttendanceService {
  constructor(private readonly em: EntityManager) {}

  async importCsv(
    caller: Caller,
    editionId: string,
    csv: string,
    options: { dryRun?: boolean | null; idempotencyKey?: string | null } = {},
  ): Promise<AttendanceImportResult> {
    const edition = await editionToManage(this.em, caller, editionId);
    assertOpenForAttendance(edition);
    if (csv.length > ATTENDANCE_CSV_MAX_CHARS) throw new DomainError('CSV_TOO_LARGE', {}, 'csv');
    const key = options.idempotencyKey?.trim() || null;
    if (key && key.length > 200) throw badInput('idempotencyKey', 'IDEMPOTENCY_KEY_TOO_LONG');
    const hash = csvContentHash(csv);
    const previous = await this.previousUpload(edition.id, hash, key);
    if (previous) return { accepted: true, rows: previous.rows, errors: [], alreadyImported: true, uploadId: previous.id };

    const { rows, problems } = parseAttendanceCsv(csv);
    if (rows.length + problems.length > MAX_ROWS) throw new DomainError('CSV_TOO_MANY_ROWS', { maxRows: MAX_ROWS }, 'csv');
    const rowCount = new Set([...rows.map((r) => r.line), ...problems.map((p) => p.line)]).size;
    const { errors, matched } = await this.match(edition, rows);
    const all = [...problems, ...errors].sort((a, b) => a.line - b.line || a.field.localeCompare(b.field));
    if (all.length === 0 && rowCount === 0) all.push(rowProblem(1, 'csv', 'ATTENDANCE_NO_ROWS', {}));
    if (all.length || options.dryRun)
      return { accepted: all.length === 0, rows: rowCount, errors: all, alreadyImported: false, uploadId: null };

    return this.em.transactional(async (tx) => {
      const uploadId = randomUUID();
      const inserted = await tx.execute<{ id: string }[]>(
        `insert into training.attendance_upload (id, edition_id, kind, content_hash, idempotency_key, "rows", uploaded_by, uploaded_at)
values (?, ?, 'CSV', ?, ?, ?, ?, now()) on conflict do nothing returning id`,
        [uploadId, edition.id, hash, key, matched.length, caller.userId],
      );
      if (!inserted.length) {
        const again = await this.previousUpload(edition.id, hash, key, tx);
        return { accepted: true, rows: again?.rows ?? matched.length, errors: [], alreadyImported: true, uploadId: again?.id ?? null };
      }
      await this.upsert(tx, matched, uploadId);
      await publishTrainingEvent(
        tx,
        'AttendanceUploaded',
        { type: 'CourseEdition', id: edition.id },
        { uploadId, editionId: edition.id, trainingBodyId: edition.trainingBody.id, rows: matched.length },
        caller.userId,
      );
      return { accepted: true, rows: matched.length, errors: [], alreadyImported: false, uploadId };
    });
  }

  /** One row: hours present of one participant at one session (insert or correct). */
  async recordRow(
    caller: Caller,
    input: { enrolmentId: string; sessionId: string; hours: number },
  ): Promise<{ enrolmentId: string; sessionId: string; minutes: number }> {
    if (!isUuid(input.enrolmentId)) throw badInput('enrolmentId', 'UNKNOWN_ENROLMENT');
    const [found] = await this.em.execute<{ edition_id: string }[]>(
      `select edition_id from training.enrolment where id = ? and status = 'ENROLLED'`,
      [input.enrolmentId],
    );
    const edition = await editionToManage(this.em, caller, found?.edition_id ?? '00000000-0000-0000-0000-000000000000');
    assertOpenForAttendance(edition);
    const minutes = Number.isFinite(input.hours) ? parseHoursToMinutes(String(input.hours)) : null;
    if (minutes === null) throw badInput('hours', 'HOURS_FORMAT');
    const [session] = isUuid(input.sessionId)
      ? await this.em.execute<{ length_minutes: number }[]>(
          `select length_minutes from training.course_session where id = ? and edition_id = ?`,
          [input.sessionId, edition.id],
        )
      : [];
    if (!session) throw badInput('sessionId', 'SESSION_NOT_IN_EDITION');
    if (minutes > session.length_minutes) throw badInput('hours', 'HOURS_EXCEED_SESSION', { sessionHours: session.length_minutes / 60 });
    const row = { line: 0, enrolmentId: input.enrolmentId, sessionId: input.sessionId, minutes };
    await this.em.transactional(async (tx) => {
      const uploadId = randomUUID();
      await tx.execute(
        `insert into training.attendance_upload (id, edition_id, kind, "rows", uploaded_by, uploaded_at) values (?, ?, 'ROW', 1, ?, now())`,
        [uploadId, edition.id, caller.userId],
      );
      await this.upsert(tx, [row], uploadId);
      await publishTrainingEvent(
        tx,
        'AttendanceUploaded',
        { type: 'CourseEdition', id: edition.id },
        { uploadId, editionId: edition.id, trainingBodyId: edition.trainingBody.id, rows: 1 },
        caller.userId,
      );
    });
    return row;
  }

  private async previousUpload(
    editionId: string,
    hash: string,
    key: string | null,
    em: EntityManager = this.em,
  ): Promise<{ id: string; rows: number } | undefined> {
    const [row] = await em.execute<{ id: string; rows: number }[]>(
      `select id, "rows" from training.attendance_upload where edition_id = ? and (content_hash = ? or (?::text is not null and idempotency_key = ?)) limit 1`,
      [editionId, hash, key, key],
    );
    return row;
  }

  /** Resolves every row's person and session in ONE query, then checks lengths and duplicates in memory. */
  private async match(
    edition: CourseEdition,
    rows: AttendanceCsvRow[],
  ): Promise<{ errors: AttendanceCsvProblem[]; matched: { line: number; enrolmentId: string; sessionId: string; minutes: number }[] }> {
    const errors: AttendanceCsvProblem[] = [];
    const matched: { line: number; enrolmentId: string; sessionId: string; minutes: number }[] = [];
    if (!rows.length) return { errors, matched };
    const resolved = await this.em.execute<Resolved[]>(
      `select i.line, coalesce(ec.id, ei.id) as enrolment_id, coalesce(sc.id, si.id) as session_id, coalesce(sc.length_minutes, si.length_minutes) as length_minutes
from jsonb_to_recordset(?::jsonb) as i(line int, person text, session text)
left join training.enrolment ec on ec.edition_id = ? and ec.status = 'ENROLLED' and ec.codice_fiscale = upper(i.person)
left join training.enrolment ei on ei.edition_id = ? and ei.status = 'ENROLLED' and ei.id = (case when i.person ~ ${UUID_RE} then i.person::uuid end)
left join training.course_session sc on sc.edition_id = ? and sc.code = i.session
left join training.course_session si on si.edition_id = ? and si.id = (case when i.session ~ ${UUID_RE} then i.session::uuid end)`,
      [
        JSON.stringify(rows.map((r) => ({ line: r.line, person: r.person, session: r.session }))),
        edition.id,
        edition.id,
        edition.id,
        edition.id,
      ],
    );
    const byLine = new Map(resolved.map((r) => [r.line, r]));
    const seen = new Map<string, number>();
    for (const row of rows) {
      const r = byLine.get(row.line);
      if (!r?.enrolment_id) errors.push(rowProblem(row.line, 'person', 'ATTENDANCE_UNKNOWN_PERSON', { value: row.person.slice(0, 40) }));
      if (!r?.session_id) errors.push(rowProblem(row.line, 'session', 'ATTENDANCE_UNKNOWN_SESSION', { value: row.session.slice(0, 40) }));
      if (!r?.enrolment_id || !r.session_id || r.length_minutes === null) continue;
      if (row.minutes > r.length_minutes)
        errors.push(
          rowProblem(row.line, 'hours', 'ATTENDANCE_HOURS_EXCEED_SESSION', {
            hours: row.minutes / 60,
            sessionHours: r.length_minutes / 60,
          }),
        );
      const key = `${r.enrolment_id}/${r.session_id}`;
      const first = seen.get(key);
      if (first !== undefined) errors.push(rowProblem(row.line, 'row', 'ATTENDANCE_DUPLICATE_ROW', { line: first }));
      else seen.set(key, row.line);
      matched.push({ line: row.line, enrolmentId: r.enrolment_id, sessionId: r.session_id, minutes: row.minutes });
    }
    return { errors, matched };
  }

  /** One set-based upsert for all rows (a later upload corrects an earlier one). */
  private async upsert(
    tx: EntityManager,
    rows: { enrolmentId: string; sessionId: string; minutes: number }[],
    uploadId: string,
  ): Promise<void> {
    await tx.execute(
      `insert into training.attendance (id, enrolment_id, session_id, minutes_present, upload_id, recorded_at)
select gen_random_uuid(), r.enrolment_id, r.session_id, r.minutes, ?::uuid, now() from jsonb_to_recordset(?::jsonb) as r(enrolment_id uuid, session_id uuid, minutes int)
on conflict (enrolment_id, session_id) do update set minutes_present = excluded.minutes_present, upload_id = excluded.upload_id, recorded_at = excluded.recorded_at`,
      [uploadId, JSON.stringify(rows.map((r) => ({ enrolment_id: r.enrolmentId, session_id: r.sessionId, minutes: r.minutes })))],
    );
  }
}
