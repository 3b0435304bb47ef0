import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PROJECTS, projectId } from '@ixl/demo-data';
import { Project, ProjectSector, ProjectStatus } from '../entities/project.entity.js';

/** Social-innovation projects at different steps of their path; skipped when any project exists. */
export async function seedProjectsDemo(em: EntityManager): Promise<{ seeded: boolean; counts?: Record<string, number> }> {
  if (await em.count(Project, {})) return { seeded: false };
  await em.transactional(async (tx) => {
    for (const p of DEMO_PROJECTS) {
      tx.persist(tx.create(Project, { id: projectId(p.key), title: p.title, organisationName: p.organisationName, sector: ProjectSector[p.sector], status: ProjectStatus[p.status], expectedJobs: p.expectedJobs, submittedAt: new Date(`${p.submittedAt}T09:00:00Z`) }));
    }
  });
  return { seeded: true, counts: { projects: DEMO_PROJECTS.length } };
}
