import { auditPersonalDataRead, groupByKeys, loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { Decision } from '../entities/decision.entity.js';
import { PathMeeting } from '../entities/path-meeting.entity.js';
import { ProjectOutcome } from '../entities/project-outcome.entity.js';
import { StatusChange } from '../entities/status-change.entity.js';

/** Per-request batched loads of a path's rows (history, meetings, decisions, outcomes) by subject id. */
export const historyOf = (ctx: SubgraphContext, id: string) =>
  loader<string, StatusChange[]>(ctx, 'historyBySubject', async (ids) =>
    groupByKeys(
      ids,
      await ctx.em.find(StatusChange, { subjectId: { $in: [...new Set(ids)] } }, { orderBy: { at: 'asc' } }),
      (r) => r.subjectId,
    ),
  ).load(id);

export const meetingsOf = (ctx: SubgraphContext, id: string) =>
  loader<string, PathMeeting[]>(ctx, 'meetingsBySubject', async (ids) =>
    groupByKeys(
      ids,
      await ctx.em.find(PathMeeting, { subjectId: { $in: [...new Set(ids)] } }, { orderBy: { heldOn: 'asc', createdAt: 'asc' } }),
      (r) => r.subjectId,
    ),
  ).load(id);

export const decisionsOf = (ctx: SubgraphContext, id: string) =>
  loader<string, Decision[]>(ctx, 'decisionsBySubject', async (ids) =>
    groupByKeys(
      ids,
      await ctx.em.find(Decision, { subjectId: { $in: [...new Set(ids)] } }, { orderBy: { decidedOn: 'asc' } }),
      (r) => r.subjectId,
    ),
  ).load(id);

/** Outcomes of projects; those tied to a person (a job, a stage) are a read of personal data, audited once per batch. */
export const outcomesOf = (ctx: SubgraphContext, id: string) =>
  loader<string, ProjectOutcome[]>(ctx, 'outcomesByProject', async (ids) => {
    const rows = await ctx.em.find(ProjectOutcome, { projectId: { $in: [...new Set(ids)] } }, { orderBy: { on: 'asc' } });
    await auditPersonalDataRead(ctx.em, ctx.caller, {
      beneficiaryIds: rows.map((r) => r.beneficiaryId),
      action: 'LIST',
      detail: 'projectOutcomes',
    });
    return groupByKeys(ids, rows, (r) => r.projectId);
  }).load(id);
