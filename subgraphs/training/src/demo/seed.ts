import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DEMO_BENEFICIARY_COUNT,
  DEMO_EDITIONS,
  DEMO_TRAINING_BODIES,
  demoBeneficiaries,
  demoEnrolments,
  editionId,
  trainingBodyId,
} from '@ixl/demo-data';
import { Attendance } from '../entities/attendance.entity.js';
import { CourseEdition, CourseStream } from '../entities/course-edition.entity.js';
import { CourseSession } from '../entities/course-session.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { HiringCommitment } from '../entities/hiring-commitment.entity.js';
import { RiskShareAgreement, RiskShareAgreementChange } from '../entities/risk-share.entity.js';
import { TrainingBody } from '../entities/training-body.entity.js';
import { CourseDelivery, CourseEditionStatus, CourseOutcome, RiskShareReasonCode, RiskShareWindowFrom } from '../entities/enums.js';
import { DEMO_AGREEMENTS, DEMO_COMMITMENTS, demoId, demoOutcome, demoSessions } from './seed-plan.js';

/** Training bodies, the published course editions, their sessions, participants, outcomes and agreements; skipped when any body exists. */
export async function seedTrainingDemo(em: EntityManager): Promise<{ seeded: boolean; counts?: Record<string, number> }> {
  if (await em.count(TrainingBody, {})) return { seeded: false };
  const enrolments = demoEnrolments();
  const people = new Map(demoBeneficiaries(DEMO_BENEFICIARY_COUNT).map((p) => [p.id, p]));
  const counts = {
    trainingBodies: DEMO_TRAINING_BODIES.length,
    editions: DEMO_EDITIONS.length,
    enrolments: enrolments.length,
    sessions: 0,
    attendance: 0,
    commitments: 0,
    agreements: 0,
  };
  await em.transactional(async (tx) => {
    for (const b of DEMO_TRAINING_BODIES) tx.persist(tx.create(TrainingBody, { id: trainingBodyId(b.key), name: b.name, email: b.email }));
    const sessions = new Map<string, CourseSession[]>();
    for (const e of DEMO_EDITIONS) {
      const edition = tx.create(CourseEdition, {
        id: editionId(e.key),
        trainingBody: tx.getReference(TrainingBody, trainingBodyId(e.bodyKey)),
        title: e.title,
        subject: e.subject,
        stream: CourseStream[e.stream],
        delivery: e.key === 'pulizie-2020' ? CourseDelivery.REMOTE : CourseDelivery.IN_PERSON,
        status: e.endDate < '2026-01-01' ? CourseEditionStatus.COMPLETED : CourseEditionStatus.ACTIVE,
        startDate: e.startDate,
        endDate: e.endDate,
        seats: e.seats,
        totalCostCents: e.totalCostCents,
        kpiWindowMonths: 12,
      });
      tx.persist(edition);
      const list = demoSessions(e.startDate, e.endDate).map((s) =>
        tx.create(CourseSession, {
          id: demoId('session', `${e.key}:${s.code}`),
          edition,
          code: s.code,
          date: s.date,
          lengthMinutes: s.minutes,
        }),
      );
      sessions.set(edition.id, list);
      tx.persist(list);
      counts.sessions += list.length;
    }
    const perEdition = new Map<string, number>();
    for (const r of enrolments) {
      const person = people.get(r.beneficiaryId);
      const edition = DEMO_EDITIONS.find((e) => editionId(e.key) === r.editionId);
      const index = perEdition.get(r.editionId) ?? 0;
      perEdition.set(r.editionId, index + 1);
      const outcome = edition && edition.endDate < '2026-01-01' ? demoOutcome(edition.key, index, edition.startDate) : null;
      tx.persist(
        tx.create(Enrolment, {
          id: r.id,
          edition: tx.getReference(CourseEdition, r.editionId),
          beneficiaryId: r.beneficiaryId,
          enrolledAt: new Date(`${edition?.startDate ?? '2026-01-01'}T08:00:00Z`),
          participantName: person ? `${person.firstName} ${person.lastName}` : null,
          codiceFiscale: person?.codiceFiscale ?? null,
          outcome: outcome?.outcome ?? CourseOutcome.IN_PROGRESS,
          qualificationObtained: outcome?.qualificationName != null,
          qualificationName: outcome?.qualificationName ?? null,
          droppedOutOn: outcome?.droppedOutOn ?? null,
          dropOutReason: outcome?.dropOutReason ?? null,
          outcomeRecordedAt: outcome ? new Date(`${edition?.endDate}T17:00:00Z`) : null,
        }),
      );
      // Past editions: present at every session up to the drop-out, an hour short every fifth one.
      if (!outcome) continue;
      for (const [i, s] of (sessions.get(r.editionId) ?? []).entries()) {
        if (outcome.droppedOutOn && s.date > outcome.droppedOutOn) break;
        const minutes = (i + index) % 5 === 0 ? s.lengthMinutes - 60 : s.lengthMinutes;
        tx.persist(
          tx.create(Attendance, {
            id: demoId('attendance', `${r.id}:${s.code}`),
            enrolmentId: r.id,
            sessionId: s.id,
            minutesPresent: minutes,
            uploadId: null,
          }),
        );
        counts.attendance++;
      }
    }
    for (const c of DEMO_COMMITMENTS) {
      tx.persist(
        tx.create(HiringCommitment, {
          id: demoId('commitment', `${c.editionKey}:${c.companyId}`),
          edition: tx.getReference(CourseEdition, editionId(c.editionKey)),
          companyId: c.companyId,
          vacancyId: c.vacancyId,
          positions: c.positions,
        }),
      );
      counts.commitments++;
    }
    for (const a of DEMO_AGREEMENTS) {
      const terms = {
        atRiskBps: 3000,
        metric: a.metric,
        targetBps: a.targetBps,
        windowMonths: 'windowMonths' in a ? a.windowMonths : 12,
        windowFrom: RiskShareWindowFrom.COURSE_START,
        mode: a.mode,
      };
      tx.persist(
        tx.create(RiskShareAgreement, {
          id: demoId('risk-share', a.editionKey),
          edition: tx.getReference(CourseEdition, editionId(a.editionKey)),
          ...terms,
        }),
      );
      tx.persist(
        tx.create(RiskShareAgreementChange, {
          id: demoId('risk-share-change', a.editionKey),
          editionId: editionId(a.editionKey),
          changedAt: new Date(`${DEMO_EDITIONS.find((e) => e.key === a.editionKey)?.startDate ?? '2026-01-01'}T08:00:00Z`),
          changedBy: null,
          changedByRole: 'SYSTEM',
          reason: 'Demo: the agreement of the published course (30% of the total cost at risk)',
          reasonCode: RiskShareReasonCode.DEMO_AGREEMENT,
          before: null,
          after: { ...terms, basis: 'ALL_PARTICIPANTS' },
        }),
      );
      counts.agreements++;
    }
  });
  return { seeded: true, counts };
}
