import type { GraphQLResponse, TestStack } from '@ixl/testkit';

/** Runs an operation and fails loudly when it returns errors (for setup steps inside tests). */
export async function ok<T = Record<string, unknown>>(
  t: TestStack,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const r = await t.graphql<T>(query, { token, variables });
  if (r.errors?.length || !r.data) throw new Error(`GraphQL failed: ${JSON.stringify(r.errors)}`);
  return r.data;
}

export const codeAndField = (r: GraphQLResponse) => ({ code: r.errors?.[0]?.extensions?.code, field: r.errors?.[0]?.extensions?.field });

export const MOVE =
  'mutation($input: MoveProjectInput!) { moveProject(input: $input) { id status intakeMeetingOn pathKind monitoringMode monitoringStartedOn } }';
export const LAB = 'mutation($input: ProjectMeetingInput!) { recordProjectLab(input: $input) { id heldOn facilitator notes } }';
export const MONITOR =
  'mutation($input: ProjectMeetingInput!) { recordProjectMonitoringMeeting(input: $input) { id heldOn durationMinutes } }';
export const APPLY =
  'mutation($input: ProjectApplicationInput!) { submitProjectApplication(input: $input) { projectId trackingCode status } }';
export const SESSION = 'mutation($input: CommitteeSessionInput!) { scheduleCommitteeSession(input: $input) { id } }';
export const AGENDA = 'mutation($input: CommitteeAgendaItemInput!) { addCommitteeAgendaItem(input: $input) { id topic } }';
export const VOTE = 'mutation($input: CommitteeVoteInput!) { castCommitteeVote(input: $input) { id choice conflictOfInterest } }';
export const DECIDE =
  'mutation($input: CommitteeDecisionInput!) { recordCommitteeDecision(input: $input) { id outcome votesFor votesAgainst abstentions excludedForConflict amountCents fundingKind } }';
export const PROJECT =
  'query($id: ID!) { project(id: $id) { id status history { fromStatus toStatus reason on } labs { heldOn } monitoringMeetings { heldOn } decisions { committeeKind outcome amountCents } } }';

export const applicationInput = (callId: string, overrides: Record<string, unknown> = {}) => ({
  callId,
  title: 'Bottega di riuso creativo',
  organisationName: 'Officine Solidali APS',
  organisationKind: 'ETS',
  contactEmail: 'info@officinesolidali.example.org',
  projectLines: 'Laboratorio di riuso, vendita di oggetti rigenerati, corsi per il quartiere',
  actorsInvolved: 'Quartiere Savena, Hera, due cooperative sociali',
  needsAnalysis: 'Molte persone del quartiere senza lavoro hanno competenze manuali non valorizzate',
  sector: 'OTHER',
  expectedJobs: 3,
  sustainabilityPlan: 'Anno 1 contributi e vendite, anno 2 corsi a pagamento, anno 3 pareggio con vendite e servizi',
  ...overrides,
});

/** Staff puts a dossier on a new session of `committeeId` and every token votes `choice`; returns the agenda item id. */
export async function dossierVoted(
  t: TestStack,
  staff: string,
  committeeId: string,
  subjectId: string,
  votes: { token: string; choice?: string; conflict?: boolean }[],
  subjectKind = 'PROJECT',
  heldOn = '2026-05-12',
): Promise<{ sessionId: string; itemId: string }> {
  const s = await ok<{ scheduleCommitteeSession: { id: string } }>(
    t,
    SESSION,
    { input: { committeeId, heldOn, location: 'Sala test' } },
    staff,
  );
  const a = await ok<{ addCommitteeAgendaItem: { id: string } }>(
    t,
    AGENDA,
    { input: { sessionId: s.scheduleCommitteeSession.id, subjectKind, subjectId } },
    staff,
  );
  for (const v of votes) {
    await ok(
      t,
      VOTE,
      {
        input: {
          agendaItemId: a.addCommitteeAgendaItem.id,
          ...(v.conflict
            ? { conflictOfInterest: true, conflictNote: 'Socio dell’associazione proponente' }
            : { choice: v.choice ?? 'APPROVE' }),
        },
      },
      v.token,
    );
  }
  return { sessionId: s.scheduleCommitteeSession.id, itemId: a.addCommitteeAgendaItem.id };
}
