import type { EntityManager } from '@mikro-orm/postgresql';
import { CourseEdition } from '../entities/course-edition.entity.js';
import { KpiService } from '../services/kpi.service.js';
import { publishTrainingEvent } from './publish.js';

/** Publishes EditionKpisChanged (over all participants, in the edition's window) for each edition, in `em`'s transaction. */
export async function publishEditionKpis(em: EntityManager, editionIds: string[], actorId: string | null): Promise<void> {
  if (!editionIds.length) return;
  const figures = await new KpiService(em).kpis(editionIds);
  const editions = await em.find(CourseEdition, { id: { $in: editionIds } });
  for (const edition of editions) {
    const k = figures.get(edition.id);
    if (!k) continue;
    const { basis: _b, windowMonths: _w, windowStart: _s, windowFrom: _f, ...counts } = k;
    await publishTrainingEvent(
      em,
      'EditionKpisChanged',
      { type: 'CourseEdition', id: edition.id },
      { ...counts, trainingBodyId: edition.trainingBody.id },
      actorId,
    );
  }
}
