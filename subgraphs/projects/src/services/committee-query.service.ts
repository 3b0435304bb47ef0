import { isStaff } from '@ixl/auth';
import { groupByKeys, loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { AgendaItem, CommitteeSession } from '../entities/committee-session.entity.js';
import { CommitteeMember, type Committee } from '../entities/committee.entity.js';
import { Decision } from '../entities/decision.entity.js';
import { Vote } from '../entities/vote.entity.js';
import { ProjectAccess } from './access.service.js';
import { GOVERNANCE_INTERVAL_MONTHS, nextGovernanceSessionDueBy } from './time-limits.rules.js';
import { GovernanceMeeting } from '../entities/governance.entity.js';
import type { GovernanceTable } from '../entities/enums.js';
import { todayInRome } from '@ixl/calendar';

/** The active members of a committee, by name (staff, or members of that committee). */
export async function activeMembers(ctx: SubgraphContext, committeeId: string): Promise<CommitteeMember[]> {
  await new ProjectAccess(ctx.em).requireStaffOrMember(ctx.caller, committeeId);
  return ctx.em.find(CommitteeMember, { committeeId, active: true }, { orderBy: { displayName: 'asc' } });
}

/**
 * Governance tables: the ISO date by which the next session is due, from the last one held (today or earlier in
 * Europe/Rome: a session dated later is only scheduled), counting the meetings recorded with `recordGovernanceMeeting`.
 */
export async function nextSessionDueBy(ctx: SubgraphContext, committee: Committee): Promise<string | null> {
  if (!(committee.kind in GOVERNANCE_INTERVAL_MONTHS)) return null;
  const today = todayInRome();
  const last = await ctx.em.findOne(
    CommitteeSession,
    { committeeId: committee.id, heldOn: { $lte: today } },
    { orderBy: { heldOn: 'desc' } },
  );
  const meeting = await ctx.em.findOne(
    GovernanceMeeting,
    { table: committee.kind as string as GovernanceTable, heldOn: { $lte: today } },
    { orderBy: { heldOn: 'desc' } },
  );
  const lastHeldOn =
    [last?.heldOn, meeting?.heldOn]
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? null;
  return nextGovernanceSessionDueBy(committee.kind, lastHeldOn);
}

/** The agenda of a session, in order (batched per request). */
export function sessionAgenda(ctx: SubgraphContext, sessionId: string): Promise<AgendaItem[]> {
  return loader<string, AgendaItem[]>(ctx, 'agendaBySession', async (ids) =>
    groupByKeys(
      ids,
      await ctx.em.find(AgendaItem, { sessionId: { $in: [...new Set(ids)] } }, { orderBy: { position: 'asc' } }),
      (r) => r.sessionId,
    ),
  ).load(sessionId);
}

/** The votes on an agenda item, in the order cast (batched per request). */
export function agendaItemVotes(ctx: SubgraphContext, itemId: string): Promise<Vote[]> {
  return loader<string, Vote[]>(ctx, 'votesByItem', async (ids) =>
    groupByKeys(
      ids,
      await ctx.em.find(Vote, { agendaItemId: { $in: [...new Set(ids)] } }, { orderBy: { castAt: 'asc' } }),
      (r) => r.agendaItemId,
    ),
  ).load(itemId);
}

/** The decision on an agenda item, if any (batched per request). */
export function agendaItemDecision(ctx: SubgraphContext, itemId: string): Promise<Decision | null> {
  return loader<string, Decision | null>(ctx, 'decisionByItem', async (ids) => {
    const rows = await ctx.em.find(Decision, { agendaItemId: { $in: [...new Set(ids)] } });
    return ids.map((id) => rows.find((r) => r.agendaItemId === id) ?? null);
  }).load(itemId);
}

/** The decision of a CommitteeDecisionRecorded event for a live subscriber: staff see all, a member those of its own committees. */
export async function decisionForSubscriber(ctx: SubgraphContext, decisionId: string): Promise<Decision | undefined> {
  const em = ctx.em.fork();
  const decision = await em.findOne(Decision, { id: decisionId });
  if (!decision) return undefined;
  if (isStaff(ctx.caller) || (await new ProjectAccess(em).memberOf(ctx.caller, decision.committeeId))) return decision;
  return undefined;
}
