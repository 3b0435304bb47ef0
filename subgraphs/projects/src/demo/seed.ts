import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PROJECTS, demoId, projectId } from '@ixl/demo-data';
import { Call } from '../entities/call.entity.js';
import { Committee, CommitteeMember } from '../entities/committee.entity.js';
import { CommitteeMemberRole, OrganisationKind, SubjectKind } from '../entities/enums.js';
import { MeetingKind, PathMeeting } from '../entities/path-meeting.entity.js';
import { Project, ProjectSector, ProjectStatus } from '../entities/project.entity.js';
import { ProjectOutcome } from '../entities/project-outcome.entity.js';
import { SelfEmployment } from '../entities/self-employment.entity.js';
import { StatusChange } from '../entities/status-change.entity.js';
import {
  DEMO_CALLS,
  DEMO_COMMITTEES,
  DEMO_MEMBERS,
  DEMO_OUTCOMES,
  DEMO_PROJECT_PATHS,
  DEMO_SELF_EMPLOYMENT,
  beneficiaryId,
  callId,
  committeeId,
  selfEmploymentId,
} from './demo-paths.js';
import { seedDemoSessions } from './demo-sessions.js';

const history = (tx: EntityManager, kind: SubjectKind, subjectId: string, steps: readonly (readonly [string, string, string?])[]) => {
  let from: string | null = null;
  steps.forEach(([to, on, reason], i) => {
    tx.persist(
      tx.create(StatusChange, {
        id: demoId('status-change', `${subjectId}:${i}`),
        subjectKind: kind,
        subjectId,
        fromStatus: from,
        toStatus: to,
        reason: reason ?? null,
        on,
        at: new Date(`${on}T${String(9 + i).padStart(2, '0')}:00:00Z`),
        actorId: null,
      }),
    );
    from = to;
  });
};

const meeting = (
  tx: EntityManager,
  kind: SubjectKind,
  subjectId: string,
  meetingKind: MeetingKind,
  heldOn: string,
  i: number,
  notes: string,
  facilitator: string | null,
  minutes = 60,
) =>
  tx.persist(
    tx.create(PathMeeting, {
      id: demoId('meeting', `${subjectId}:${meetingKind}:${i}`),
      subjectKind: kind,
      subjectId,
      kind: meetingKind,
      heldOn,
      durationMinutes: minutes,
      facilitator,
      notes,
      createdAt: new Date(`${heldOn}T12:00:00Z`),
    }),
  );

/** Calls, the 5 demo projects with their paths, committees with sessions and decisions, self-employment paths; skipped when any project exists. */
export async function seedProjectsDemo(em: EntityManager): Promise<{ seeded: boolean; counts?: Record<string, number> }> {
  if (await em.count(Project, {})) return { seeded: false };
  let sessions = 0;
  await em.transactional(async (tx) => {
    for (const c of DEMO_CALLS)
      tx.persist(
        tx.create(Call, {
          id: callId(c.key),
          kind: c.kind,
          title: c.title,
          description: '',
          opensOn: c.opensOn,
          closesOn: c.closesOn,
          maxAmountCents: c.maxAmountCents,
        }),
      );
    for (const p of DEMO_PROJECTS) {
      const path = DEMO_PROJECT_PATHS[p.key];
      const id = projectId(p.key);
      tx.persist(
        tx.create(Project, {
          id,
          title: p.title,
          organisationName: p.organisationName,
          sector: ProjectSector[p.sector],
          status: ProjectStatus[p.status],
          expectedJobs: p.expectedJobs,
          submittedAt: new Date(`${p.submittedAt}T09:00:00Z`),
          callId: path ? callId(path.call) : null,
          trackingCode: `IXL-${p.submittedAt.slice(0, 4)}-${p.key.slice(0, 6).toUpperCase()}`,
          organisationKind: p.organisationName.startsWith('Gruppo informale') ? OrganisationKind.INFORMAL_GROUP : OrganisationKind.ETS,
          contactEmail: `info@${p.key}.example.org`,
          projectLines: `${p.title}: servizi, formazione e inserimento lavorativo di persone nel target IXL`,
          actorsInvolved: 'Quartiere, parrocchia, associazioni di volontariato, imprese del territorio',
          needsAnalysis: 'Bisogni rilevati con i servizi sociali territoriali e la rete del quartiere',
          sustainabilityPlan:
            'Ricavi da vendita di servizi e prodotti, contributi di fondazioni nel primo anno, pareggio entro il terzo anno',
          intakeMeetingOn: path?.intake ?? null,
          pathKind: path?.pathKind ?? null,
        }),
      );
      if (!path) continue;
      history(tx, SubjectKind.PROJECT, id, path.history);
      path.labs?.forEach(([on, notes], i) => meeting(tx, SubjectKind.PROJECT, id, MeetingKind.LAB, on, i, notes, 'Social Seed', 120));
    }
    DEMO_OUTCOMES.forEach((o, i) =>
      tx.persist(
        tx.create(ProjectOutcome, {
          id: demoId('outcome', i),
          projectId: projectId(o.project),
          kind: o.kind,
          description: o.description,
          on: o.on,
          placementId: null,
          beneficiaryId: 'beneficiary' in o ? beneficiaryId(o.beneficiary) : null,
        }),
      ),
    );
    for (const c of DEMO_COMMITTEES)
      tx.persist(tx.create(Committee, { id: committeeId(c.key), kind: c.kind, name: c.name, quorum: c.quorum }));
    for (const m of DEMO_MEMBERS)
      tx.persist(
        tx.create(CommitteeMember, {
          id: demoId('committee-member', `${m.committee}:${m.userId}`),
          committeeId: committeeId(m.committee),
          userId: m.userId,
          displayName: m.displayName,
          represents: m.represents,
          active: true,
          role: 'role' in m ? m.role : CommitteeMemberRole.MEMBER,
        }),
      );
    for (const s of DEMO_SELF_EMPLOYMENT) {
      const id = selfEmploymentId(s.key);
      const monitoring = 'monitoring' in s ? s.monitoring : null;
      tx.persist(
        tx.create(SelfEmployment, {
          id,
          beneficiaryId: beneficiaryId(s.beneficiary),
          applicantUserId: null,
          businessIdea: s.idea,
          sector: ProjectSector[s.sector],
          status: s.status,
          submittedAt: new Date(`${s.history[0][1]}T09:00:00Z`),
          planSummary: monitoring ? 'Negozio di vicinato con prodotti locali e consegne a domicilio per anziani' : null,
          revenueCents: monitoring ? [9_000_000, 11_000_000, 12_500_000] : null,
          costsCents: monitoring ? [8_800_000, 10_200_000, 11_300_000] : null,
          fundingNeedCents: monitoring ? 650_000 : null,
          startedOn: monitoring ? '2020-07-01' : null,
          monitoringMode: monitoring?.mode ?? null,
          monitoringStartedOn: monitoring ? '2020-07-01' : null,
          outcome: monitoring ? 'Attività aperta e attiva dopo un anno' : null,
        }),
      );
      history(tx, SubjectKind.SELF_EMPLOYMENT, id, s.history);
      s.meetings.forEach((on, i) =>
        meeting(
          tx,
          SubjectKind.SELF_EMPLOYMENT,
          id,
          MeetingKind.ONE_TO_ONE,
          on,
          i,
          'Colloquio individuale sul progetto d’impresa',
          'Operatore autoimpiego',
        ),
      );
      monitoring?.meetings.forEach((on, i) =>
        meeting(tx, SubjectKind.SELF_EMPLOYMENT, id, MeetingKind.MONITORING, on, i, 'Monitoraggio dell’attività', 'Operatore autoimpiego'),
      );
    }
    await tx.flush();
    sessions = await seedDemoSessions(tx);
  });
  return {
    seeded: true,
    counts: {
      projects: DEMO_PROJECTS.length,
      calls: DEMO_CALLS.length,
      committees: DEMO_COMMITTEES.length,
      committeeSessions: sessions,
      selfEmploymentPaths: DEMO_SELF_EMPLOYMENT.length,
    },
  };
}
