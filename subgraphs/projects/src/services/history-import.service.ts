// The projects kind of the history import (issue 27): social-innovation projects with their path (PROGETTI).
// Each step of the path is written as a live step is (a history row and ProjectStatusChanged, dated the day it
// happened), so finance's project facts and the funnels follow; the events carry the old system's id, by which finance's
// loans and grants files name the project. Committee decisions are not imported.

import type { EntityManager } from '@mikro-orm/postgresql';
import { PROJECT_IMPORT_STEP_COLUMNS, PROJECTS_IMPORT_LAYOUTS, type ProjectStatusChangedPayload } from '@ixl/contracts';
import {
  HistoryImportEngine,
  pgTextArray,
  type ImportKindDefinition,
  type ImportResolveContext,
  type ImportRowError,
  type ParsedImportRow,
  type PlannedImportRow,
} from '@ixl/subgraph-kit';
import { ProjectStatus as S } from '../entities/project.entity.js';
import { publishProjectsEvent } from '../events/publish.js';
import { finalStatus, parseProjectRow, pathExtends, type ProjectRow } from './history-import.rules.js';
import { MAIN_LINE } from './project-path.rules.js';

type ProjectRefs = { recordedSteps: number };

/** The column a step of the path comes from (where a changed path is reported). */
const STEP_COLUMN: Partial<Record<S, string>> = {
  [S.SUBMITTED]: 'data_candidatura',
  // The steps after the application, in the order of their columns.
  ...Object.fromEntries(PROJECT_IMPORT_STEP_COLUMNS.map((c, i) => [MAIN_LINE[i + 1]!, c])),
  [S.REJECTED]: 'uscita',
  [S.WITHDRAWN]: 'uscita',
  [S.STAND_BY]: 'uscita',
};

async function resolveProjects(
  em: EntityManager,
  rows: ParsedImportRow<ProjectRow>[],
  ctx: ImportResolveContext,
): Promise<{ rows: PlannedImportRow<ProjectRow, ProjectRefs>[]; errors: ImportRowError[] }> {
  // The steps already recorded for the projects this file imported before (one query).
  const ids = rows.map((r) => ctx.records.get(r.key)?.entity_id).filter((id): id is string => !!id);
  const recorded = new Map<string, { to: string; on: string }[]>();
  for (const s of await em.execute<{ subject_id: string; to: string; on: string }[]>(
    `select "subject_id", "to_status" as "to", to_char("on", 'YYYY-MM-DD') as "on" from "projects"."status_change"
     where "subject_id" = any(?::uuid[]) order by "subject_id", "at", "id"`,
    [pgTextArray(ids)],
  )) {
    const list = recorded.get(s.subject_id) ?? [];
    list.push({ to: s.to, on: s.on });
    recorded.set(s.subject_id, list);
  }
  const planned: PlannedImportRow<ProjectRow, ProjectRefs>[] = [];
  for (const r of rows) {
    const rec = ctx.records.get(r.key);
    const before = rec ? (recorded.get(rec.entity_id) ?? []) : [];
    if (!pathExtends(before, r.values.steps)) {
      const i = before.findIndex((s, k) => s.to !== r.values.steps[k]?.to || s.on !== r.values.steps[k]?.on);
      const step = (r.values.steps[i] ?? before[i])?.to as S | undefined;
      ctx.error(r, (step && STEP_COLUMN[step]) ?? null, 'IMPORT_PROJECT_PATH_CHANGED');
      continue;
    }
    planned.push({ ...r, action: ctx.actionOf(r), refs: { recordedSteps: before.length } });
  }
  return { rows: planned, errors: [] };
}

const stepOn = (row: ProjectRow, s: S) => row.steps.find((x) => x.to === s)?.on ?? null;

/**
 * PROGETTI: social-innovation projects keyed by the old system's id, with their path. A corrected file updates the
 * project's fields and may add later steps; the recorded steps cannot change. Their events have reached finance
 * and the funnels: a projects batch cannot be undone.
 */
export const PROGETTI: ImportKindDefinition<ProjectRow, ProjectRefs> = {
  name: 'PROGETTI',
  layout: PROJECTS_IMPORT_LAYOUTS.PROGETTI,
  keyColumn: 'id_esterno',
  parse: parseProjectRow,
  key: (v) => v.externalId,
  externalId: (v) => v.externalId,
  resolve: resolveProjects,
  entity: {
    table: 'project',
    fields: [
      'title',
      'organisation_name',
      'organisation_kind',
      'sector',
      'expected_jobs',
      'requested_amount_cents',
      'contact_email',
      'status',
      'intake_meeting_on',
      'path_kind',
      'monitoring_mode',
      'monitoring_started_on',
    ],
    dateFields: ['intake_meeting_on', 'monitoring_started_on'],
  },
  undoRefusal: 'IMPORT_UNDO_PROJECTS',
  async write(tx, { entityId, before, values: p, refs, actorId }) {
    const fields = [
      p.title,
      p.organisationName,
      p.organisationKind,
      p.sector,
      p.expectedJobs,
      p.requestedAmountCents,
      p.contactEmail,
      finalStatus(p),
      stepOn(p, S.INTAKE_MEETING),
      p.pathKind,
      p.monitoringMode,
      stepOn(p, S.MONITORING),
    ];
    if (before) {
      await tx.execute(
        `update "projects"."project" set "title" = ?, "organisation_name" = ?, "organisation_kind" = ?, "sector" = ?, "expected_jobs" = ?,
           "requested_amount_cents" = ?, "contact_email" = ?, "status" = ?, "intake_meeting_on" = ?, "path_kind" = ?, "monitoring_mode" = ?,
           "monitoring_started_on" = ? where "id" = ?`,
        [...fields, entityId],
      );
    } else {
      await tx.execute(
        `insert into "projects"."project" ("title", "organisation_name", "organisation_kind", "sector", "expected_jobs", "requested_amount_cents",
           "contact_email", "status", "intake_meeting_on", "path_kind", "monitoring_mode", "monitoring_started_on", "id", "submitted_at")
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (?::date)::timestamp at time zone 'Europe/Rome')`,
        [...fields, entityId, p.submittedOn],
      );
    }
    // The steps not yet recorded, each as a live step: its history row (dated the day it happened, in order) and
    // ProjectStatusChanged.
    const steps = p.steps.slice(before ? refs.recordedSteps : 0);
    const fromIndex = before ? refs.recordedSteps : 0;
    for (const [i, step] of steps.entries()) {
      const n = fromIndex + i;
      const from = n === 0 ? null : p.steps[n - 1]!.to;
      await tx.execute(
        `insert into "projects"."status_change" ("id", "subject_kind", "subject_id", "from_status", "to_status", "reason", "on", "at", "actor_id")
         values (gen_random_uuid(), 'PROJECT', ?, ?, ?, ?, ?, (?::date)::timestamp at time zone 'Europe/Rome' + make_interval(secs => ?), ?)`,
        [entityId, from, step.to, step.reason, step.on, step.on, n, actorId],
      );
      const payload: ProjectStatusChangedPayload = {
        projectId: entityId,
        projectKind: 'SOCIAL_INNOVATION',
        from,
        to: step.to,
        reason: step.reason,
        on: step.on,
        organisationKind: p.organisationKind,
        callKind: null,
        // Finance finds an imported project by the old system's id (PRESTITI, CONTRIBUTI).
        externalId: p.externalId,
      };
      await publishProjectsEvent(tx, 'ProjectStatusChanged', { type: 'Project', id: entityId }, payload, actorId);
    }
  },
};

/** The kinds the projects subgraph imports. */
export const projectsImportKinds = [PROGETTI] as ImportKindDefinition[];

/** The history import of the projects subgraph (issue 27), wired in definition.ts with withHistoryImport. */
export const projectsHistoryImport = new HistoryImportEngine('projects', projectsImportKinds);
