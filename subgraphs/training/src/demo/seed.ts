import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_EDITIONS, DEMO_TRAINING_BODIES, demoEnrolments, editionId, trainingBodyId } from '@ixl/demo-data';
import { CourseEdition, CourseStream } from '../entities/course-edition.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingBody } from '../entities/training-body.entity.js';

/** Training bodies, the published course editions and their participants; skipped when any body exists. */
export async function seedTrainingDemo(em: EntityManager): Promise<{ seeded: boolean; counts?: Record<string, number> }> {
  if (await em.count(TrainingBody, {})) return { seeded: false };
  const enrolments = demoEnrolments();
  await em.transactional(async (tx) => {
    for (const b of DEMO_TRAINING_BODIES) tx.persist(tx.create(TrainingBody, { id: trainingBodyId(b.key), name: b.name, email: b.email }));
    for (const e of DEMO_EDITIONS) {
      tx.persist(
        tx.create(CourseEdition, {
          id: editionId(e.key),
          trainingBody: tx.getReference(TrainingBody, trainingBodyId(e.bodyKey)),
          title: e.title,
          subject: e.subject,
          stream: CourseStream[e.stream],
          startDate: e.startDate,
          endDate: e.endDate,
          seats: e.seats,
          totalCostCents: e.totalCostCents,
        }),
      );
    }
    for (const r of enrolments) {
      tx.persist(tx.create(Enrolment, { id: r.id, edition: tx.getReference(CourseEdition, r.editionId), beneficiaryId: r.beneficiaryId, enrolledAt: new Date() }));
    }
  });
  return { seeded: true, counts: { trainingBodies: DEMO_TRAINING_BODIES.length, editions: DEMO_EDITIONS.length, enrolments: enrolments.length } };
}
