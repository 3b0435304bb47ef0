import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { groupByKeys, loadById, loader, requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { Loan } from '../entities/loan.entity.js';
import { ProjectRef } from '../entities/project.ref.js';

@Resolver(() => Loan)
export class LoanResolver {
  @Query(() => [Loan], { description: 'Staff: every social loan' })
  async loans(@Ctx() ctx: SubgraphContext): Promise<Loan[]> {
    requireStaff(ctx.caller);
    return ctx.em.find(Loan, {}, { orderBy: { contractDate: 'desc' } });
  }

  @FieldResolver(() => ProjectRef)
  project(@Root() loan: Loan): ProjectRef {
    return { id: loan.projectId };
  }
}

/** Adds `loans` to the projects subgraph's Project. */
@Resolver(() => ProjectRef)
export class ProjectLoansResolver {
  @FieldResolver(() => [Loan])
  async loans(@Root() project: ProjectRef, @Ctx() ctx: SubgraphContext): Promise<Loan[]> {
    requireStaff(ctx.caller);
    return loader<string, Loan[]>(ctx, 'loansByProject', async (ids) => {
      const rows = await ctx.em.find(Loan, { projectId: { $in: [...new Set(ids)] } });
      return groupByKeys(ids, rows, (l) => l.projectId);
    }).load(project.id);
  }
}

export function resolveLoanReference(ref: { id: string }, ctx: SubgraphContext) {
  requireStaff(ctx.caller);
  return loadById(ctx, Loan, ref.id);
}
