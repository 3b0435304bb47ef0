// The DELIBERE kind of the history import (issue 27): the committees' decisions on the projects PROGETTI brought in.
// Each is recorded in the live model, as a live decision is: on the agenda of a session of the programme's committee of
// that kind (one session per committee and day, marked imported), so the project's page and the committee's history
// show it like a live one. The project's path is not moved (PROGETTI wrote its steps): a decision must agree with it.
// It publishes what a live decision publishes, marked imported: finance opens no loan or grant for an imported
// approval (PRESTITI and CONTRIBUTI bring them) and nobody is mailed.

import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PROJECTS_IMPORT_LAYOUTS, type CommitteeDecisionRecordedPayload, type FundingApprovedPayload } from '@ixl/contracts';
import {
  DomainError,
  pgTextArray,
  type ImportKindDefinition,
  type ImportResolveContext,
  type ImportRowError,
  type ParsedImportRow,
  type PlannedImportRow,
} from '@ixl/subgraph-kit';
import { CommitteeKind, DecisionOutcome, FundingKind } from '../entities/enums.js';
import { ProjectStatus as S } from '../entities/project.entity.js';
import { publishProjectsEvent } from '../events/publish.js';
import { parseDecisionRow, type DecisionRow } from './history-import-decisions.rules.js';

type DecisionRefs = { projectId: string; committeeId: string; topic: string; applicantUserId: string | null };

const T = (table: string) => `"projects"."${table}"`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The step a committee's dossier is at, its PROGETTI column, and the step an approval leads to (with its column). */
const COMMITTEE_STEP = {
  [CommitteeKind.EVALUATION]: {
    step: S.EVALUATION_COMMITTEE,
    column: 'data_comitato_valutazione',
    next: S.MANAGEMENT_COMMITTEE,
    nextColumn: 'data_comitato_gestione',
    name: 'valutazione',
  },
  [CommitteeKind.MANAGEMENT]: {
    step: S.MANAGEMENT_COMMITTEE,
    column: 'data_comitato_gestione',
    next: S.FUNDED,
    nextColumn: 'data_finanziamento',
    name: 'gestione',
  },
} as const;

/** The Italian name of a form of support (as the file writes it). */
const FORM_NAME: Record<FundingKind, string> = {
  [FundingKind.LOAN]: 'prestito',
  [FundingKind.GRANT]: 'contributo',
  [FundingKind.NON_CASH]: 'non monetario',
};

interface StoredDecision {
  id: string;
  subject_id: string;
  committee_kind: CommitteeKind;
  outcome: DecisionOutcome;
  decided_on: string;
  funding_kind: FundingKind | null;
  amount_cents: number | null;
  investment_cents: number | null;
  services_cents: number | null;
  term_months: number | null;
  grace_months: number | null;
}

/** The column of the first field an imported decision cannot change that the file changes, or null. */
function changedColumn(d: StoredDecision, projectId: string, v: DecisionRow): string | null {
  const f = v.funding;
  if (d.subject_id !== projectId) return 'progetto';
  if (d.committee_kind !== v.committeeKind) return 'comitato';
  if (d.decided_on !== v.decidedOn) return 'data_seduta';
  if (d.outcome !== v.outcome) return 'esito';
  if ((d.funding_kind ?? null) !== (f?.kind ?? null)) return 'forma';
  if ((d.amount_cents ?? null) !== (f?.amountCents ?? null)) return 'importo';
  if ((d.investment_cents ?? null) !== (f?.investmentCents ?? null)) return 'investimenti';
  if ((d.services_cents ?? null) !== (f?.servicesCents ?? null)) return 'servizi';
  if ((d.term_months ?? null) !== (f?.termMonths ?? null)) return 'durata_mesi';
  if ((d.grace_months ?? null) !== (f?.graceMonths ?? null)) return 'preammortamento_mesi';
  return null;
}

async function resolveDecisions(
  em: EntityManager,
  rows: ParsedImportRow<DecisionRow>[],
  ctx: ImportResolveContext,
): Promise<{ rows: PlannedImportRow<DecisionRow, DecisionRefs>[]; errors: ImportRowError[] }> {
  // The projects, by the PROGETTI id_esterno or the platform id (one query each).
  const refs = [...new Set(rows.map((r) => r.values.project))];
  const byKey = new Map<string, string>();
  for (const r of await em.execute<{ key: string; entity_id: string }[]>(
    `select "key", "entity_id" from ${T('import_record')} where "kind" = 'PROGETTI' and "key" = any(?::text[])`,
    [pgTextArray(refs)],
  ))
    byKey.set(r.key, r.entity_id);
  const uuids = refs.filter((r) => UUID.test(r) && !byKey.has(r));
  for (const p of await em.execute<{ id: string }[]>(`select "id" from ${T('project')} where "id" = any(?::uuid[])`, [pgTextArray(uuids)]))
    byKey.set(p.id, p.id);
  const projectIds = [...new Set(byKey.values())];
  const projects = new Map(
    (
      await em.execute<{ id: string; title: string; organisation_name: string; applicant_user_id: string | null }[]>(
        `select "id", "title", "organisation_name", "applicant_user_id" from ${T('project')} where "id" = any(?::uuid[])`,
        [pgTextArray(projectIds)],
      )
    ).map((p) => [p.id, p]),
  );
  // Their paths (the steps in order) and the decisions they already have.
  const paths = new Map<string, { to: string; on: string }[]>();
  for (const s of await em.execute<{ subject_id: string; to: string; on: string }[]>(
    `select "subject_id", "to_status" as "to", to_char("on", 'YYYY-MM-DD') as "on" from ${T('status_change')}
     where "subject_id" = any(?::uuid[]) order by "subject_id", "at", "id"`,
    [pgTextArray(projectIds)],
  )) {
    const list = paths.get(s.subject_id) ?? [];
    list.push({ to: s.to, on: s.on });
    paths.set(s.subject_id, list);
  }
  const stored = await em.execute<StoredDecision[]>(
    `select "id", "subject_id", "committee_kind", "outcome", to_char("decided_on", 'YYYY-MM-DD') as "decided_on", "funding_kind",
       "amount_cents"::int as "amount_cents", "investment_cents"::int as "investment_cents", "services_cents"::int as "services_cents",
       "term_months", "grace_months"
     from ${T('decision')} where "subject_id" = any(?::uuid[]) order by "decided_on", "id"`,
    [pgTextArray(projectIds)],
  );
  const storedById = new Map(stored.map((d) => [d.id, d]));
  // The programme's committee of each kind (the first by name when there are several).
  const committees = new Map<string, string>();
  for (const c of await em.execute<{ id: string; kind: string }[]>(
    `select "id", "kind" from ${T('committee')} where "kind" in ('EVALUATION', 'MANAGEMENT') order by "name", "id"`,
  ))
    if (!committees.has(c.kind)) committees.set(c.kind, c.id);
  // Sessions held on the platform on the files' days (an imported decision does not go into a live session).
  const liveSessions = new Set(
    (
      await em.execute<{ committee_id: string; on: string }[]>(
        `select "committee_id", to_char("held_on", 'YYYY-MM-DD') as "on" from ${T('committee_session')}
         where not "imported" and "held_on" = any(?::date[])`,
        [pgTextArray([...new Set(rows.map((r) => r.values.decidedOn))])],
      )
    ).map((s) => `${s.committee_id}|${s.on}`),
  );

  const planned: PlannedImportRow<DecisionRow, DecisionRefs>[] = [];
  // One decision per project and committee: those stored (other than the row's own) and those of the rows before.
  const taken = new Map<string, string>();
  for (const d of stored) taken.set(`${d.subject_id}|${d.committee_kind}`, d.id);
  // The form of support each project's evaluation committee chose (stored, or in this file).
  const evaluationForm = new Map<string, FundingKind>();
  for (const d of stored)
    if (d.committee_kind === CommitteeKind.EVALUATION && d.outcome === DecisionOutcome.APPROVED && d.funding_kind)
      evaluationForm.set(d.subject_id, d.funding_kind);
  for (const r of rows) {
    const v = r.values;
    const projectId = byKey.get(v.project);
    const project = projectId ? projects.get(projectId) : undefined;
    if (!projectId || !project) {
      ctx.error(r, 'progetto', 'IMPORT_DECISION_PROJECT_NOT_FOUND', { project: v.project });
      continue;
    }
    const rule = COMMITTEE_STEP[v.committeeKind];
    const committeeId = committees.get(v.committeeKind);
    if (!committeeId) {
      ctx.error(r, 'comitato', 'IMPORT_DECISION_NO_COMMITTEE', { committee: rule.name });
      continue;
    }
    const rec = ctx.records.get(r.key);
    const mine = rec ? storedById.get(rec.entity_id) : undefined;
    if (mine) {
      const column = changedColumn(mine, projectId, v);
      if (column) {
        ctx.error(r, column, 'IMPORT_DECISION_CHANGED', { column });
        continue;
      }
    }
    // The decision agrees with the project's path: of the day the dossier went to the committee, a rejection where it
    // stopped, an approval followed by the next step.
    const path = paths.get(projectId) ?? [];
    const at = path.findLastIndex((s) => s.to === rule.step);
    if (at < 0) {
      ctx.error(r, 'data_seduta', 'IMPORT_DECISION_NO_STEP', { column: rule.column });
      continue;
    }
    if (path[at]!.on !== v.decidedOn) {
      ctx.error(r, 'data_seduta', 'IMPORT_DECISION_DAY', { column: rule.column, stepOn: path[at]!.on });
      continue;
    }
    const next = path[at + 1]?.to;
    if (v.outcome === DecisionOutcome.REJECTED && next !== S.REJECTED) {
      ctx.error(r, 'esito', 'IMPORT_DECISION_REJECTION_EXIT');
      continue;
    }
    if (v.outcome === DecisionOutcome.APPROVED && next !== rule.next) {
      ctx.error(r, 'esito', 'IMPORT_DECISION_APPROVAL_NEXT_STEP', { column: rule.nextColumn });
      continue;
    }
    const slot = `${projectId}|${v.committeeKind}`;
    const holder = taken.get(slot);
    if (holder && holder !== mine?.id) {
      ctx.error(r, 'comitato', 'IMPORT_DECISION_TWICE');
      continue;
    }
    if (!mine && liveSessions.has(`${committeeId}|${v.decidedOn}`)) {
      ctx.error(r, 'data_seduta', 'IMPORT_DECISION_LIVE_SESSION');
      continue;
    }
    // The management committee approves the form of support the evaluation committee chose.
    const chosen = evaluationForm.get(projectId);
    if (v.committeeKind === CommitteeKind.MANAGEMENT && v.funding && chosen && v.funding.kind !== chosen) {
      ctx.error(r, 'forma', 'IMPORT_DECISION_FORM_DIFFERS', { forma: FORM_NAME[chosen] });
      continue;
    }
    taken.set(slot, mine?.id ?? `row:${r.line}`);
    if (v.committeeKind === CommitteeKind.EVALUATION && v.funding) evaluationForm.set(projectId, v.funding.kind);
    planned.push({
      ...r,
      action: ctx.actionOf(r),
      refs: {
        projectId,
        committeeId,
        topic: `${project.title} — ${project.organisation_name}`,
        applicantUserId: project.applicant_user_id,
      },
    });
  }
  return { rows: planned, errors: [] };
}

/**
 * DELIBERE: the committees' decisions keyed by the old system's id. A corrected file may change the conditions only:
 * the rest (project, committee, day, outcome, support) is what the path and the loans agree with; to change it, undo
 * the batch. Nothing outside this subgraph acts on an imported decision, so a batch can be undone while no votes or
 * minutes have been recorded on its decisions' sessions since.
 */
export const DELIBERE: ImportKindDefinition<DecisionRow, DecisionRefs> = {
  name: 'DELIBERE',
  layout: PROJECTS_IMPORT_LAYOUTS.DELIBERE,
  keyColumn: 'id_esterno',
  parse: parseDecisionRow,
  key: (v) => v.externalId,
  externalId: (v) => v.externalId,
  resolve: resolveDecisions,
  entity: { table: 'decision', fields: ['conditions'] },
  async write(tx, { entityId, before, values: v, refs, actorId }) {
    if (before) {
      await tx.execute(`update ${T('decision')} set "conditions" = ? where "id" = ?`, [v.conditions, entityId]);
      return;
    }
    // The committee's session of that day (made once, marked imported), and the dossier on its agenda.
    const [session] = await tx.execute<{ id: string; imported: boolean }[]>(
      `insert into ${T('committee_session')} ("id", "committee_id", "held_on", "imported") values (?, ?, ?, true)
       on conflict ("committee_id", "held_on") do update set "imported" = ${T('committee_session')}."imported"
       returning "id", "imported"`,
      [randomUUID(), refs.committeeId, v.decidedOn],
    );
    if (!session?.imported) throw new DomainError('IMPORT_DECISION_LIVE_SESSION', {}, 'data_seduta');
    const agendaItemId = randomUUID();
    await tx.execute(
      `insert into ${T('agenda_item')} ("id", "session_id", "position", "subject_kind", "subject_id", "topic")
       values (?, ?, (select count(*) + 1 from ${T('agenda_item')} where "session_id" = ?), 'PROJECT', ?, ?)`,
      [agendaItemId, session.id, session.id, refs.projectId, refs.topic],
    );
    const f = v.funding;
    await tx.execute(
      `insert into ${T('decision')} ("id", "agenda_item_id", "session_id", "committee_id", "committee_kind", "subject_kind", "subject_id", "outcome",
         "conditions", "funding_kind", "non_cash_items", "amount_cents", "investment_cents", "services_cents", "term_months", "grace_months",
         "votes_for", "votes_against", "abstentions", "excluded_for_conflict", "decided_on", "recorded_by")
       values (?, ?, ?, ?, ?, 'PROJECT', ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?)`,
      [
        entityId,
        agendaItemId,
        session.id,
        refs.committeeId,
        v.committeeKind,
        refs.projectId,
        v.outcome,
        v.conditions,
        f?.kind ?? null,
        f?.nonCashItems ? JSON.stringify(f.nonCashItems) : null,
        f?.amountCents ?? null,
        f?.investmentCents ?? null,
        f?.servicesCents ?? null,
        f?.termMonths ?? null,
        f?.graceMonths ?? null,
        v.decidedOn,
        actorId,
      ],
    );
    // What a live decision publishes, marked imported (consumers do not act on it; nobody is mailed).
    const recorded: CommitteeDecisionRecordedPayload = {
      decisionId: entityId,
      sessionId: session.id,
      committeeId: refs.committeeId,
      committeeKind: v.committeeKind,
      projectId: refs.projectId,
      projectKind: 'SOCIAL_INNOVATION',
      outcome: v.outcome,
      decidedOn: v.decidedOn,
      imported: true,
    };
    await publishProjectsEvent(tx, 'CommitteeDecisionRecorded', { type: 'CommitteeDecision', id: entityId }, recorded, actorId);
    if (f && v.committeeKind === CommitteeKind.MANAGEMENT) {
      const approved: FundingApprovedPayload = {
        decisionId: entityId,
        projectId: refs.projectId,
        projectKind: 'SOCIAL_INNOVATION',
        kind: f.kind,
        ...(f.nonCashItems ? { nonCashItems: f.nonCashItems } : {}),
        amountCents: f.amountCents,
        investmentCents: f.investmentCents,
        servicesCents: f.servicesCents,
        termMonths: f.termMonths,
        graceMonths: f.graceMonths,
        approvedOn: v.decidedOn,
        applicantUserId: refs.applicantUserId,
        beneficiaryId: null,
        committeeMemberUserIds: [],
        imported: true,
      };
      await publishProjectsEvent(tx, 'FundingApproved', { type: 'Project', id: refs.projectId }, approved, actorId);
    }
  },
  async dependents(tx, created) {
    const ids = pgTextArray(created);
    return tx.execute<{ what: string; n: number }[]>(
      `select 'voti' as "what", count(*)::int as "n" from ${T('vote')} v join ${T('decision')} d on d."agenda_item_id" = v."agenda_item_id"
         where d."id" = any(?::uuid[])
       union all select 'verbali', count(distinct s."id")::int from ${T('committee_session')} s join ${T('decision')} d on d."session_id" = s."id"
         where d."id" = any(?::uuid[]) and s."minutes_status" <> 'NONE'`,
      [ids, ids],
    );
  },
  async remove(tx, id) {
    const [d] = await tx.execute<{ agenda_item_id: string; session_id: string }[]>(
      `delete from ${T('decision')} where "id" = ? returning "agenda_item_id", "session_id"`,
      [id],
    );
    if (!d) return;
    await tx.execute(`delete from ${T('agenda_item')} where "id" = ?`, [d.agenda_item_id]);
    await tx.execute(
      `delete from ${T('committee_session')} s where s."id" = ? and s."imported"
         and not exists (select 1 from ${T('agenda_item')} a where a."session_id" = s."id")`,
      [d.session_id],
    );
  },
};
