import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { NonCashSupport } from '../entities/non-cash-support.entity.js';
import { ProjectRef } from '../entities/project.ref.js';
import { NonCashSupportInput } from '../dto/finance.input.js';
import { projectNonCashSupport, projectSupportTotalCents, recordNonCashSupport } from '../services/non-cash-support.service.js';

@Resolver(() => NonCashSupport)
export class NonCashSupportResolver {
  @Mutation(() => NonCashSupport, {
    description: 'Staff: records non-cash support given to a project (a course paid, stages funded, services in kind) with its value',
  })
  async recordNonCashSupport(
    @Arg('input', () => NonCashSupportInput) input: NonCashSupportInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<NonCashSupport> {
    requireStaff(ctx.caller);
    return recordNonCashSupport(ctx.em, input, ctx.caller.userId);
  }
}

@Resolver(() => ProjectRef)
export class ProjectSupportResolver {
  @FieldResolver(() => [NonCashSupport], {
    nullable: true,
    description: 'Non-cash support of the project (null only when the finance service cannot answer)',
  })
  async nonCashSupport(@Root() project: ProjectRef, @Ctx() ctx: SubgraphContext): Promise<NonCashSupport[]> {
    return projectNonCashSupport(ctx, project.id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "The project's total support in euro cents: loans and grants (not refused) plus the value of non-cash support",
  })
  async supportTotalCents(@Root() project: ProjectRef, @Ctx() ctx: SubgraphContext): Promise<number> {
    return projectSupportTotalCents(ctx, project.id);
  }
}
