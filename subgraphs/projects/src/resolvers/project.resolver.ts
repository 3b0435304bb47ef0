import { Ctx, Query, Resolver } from 'type-graphql';
import { loadById, requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { Project } from '../entities/project.entity.js';

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => [Project], { description: 'Staff: every project, newest first' })
  async projects(@Ctx() ctx: SubgraphContext): Promise<Project[]> {
    requireStaff(ctx.caller);
    return ctx.em.find(Project, {}, { orderBy: { submittedAt: 'desc' } });
  }
}

export function resolveProjectReference(ref: { id: string }, ctx: SubgraphContext) {
  requireStaff(ctx.caller);
  return loadById(ctx, Project, ref.id);
}
