import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { ProjectSector } from '../entities/project.entity.js';
import { FunnelService } from '../services/funnel.service.js';

@ObjectType({ description: 'Social-innovation projects submitted in `year` in `sector` (submission date, Europe/Rome)' })
export class ProjectFunnelRow {
  @Field(() => Int) year!: number;
  @Field(() => ProjectSector) sector!: ProjectSector;
  @Field(() => Int, { description: 'Applications submitted' }) applied!: number;
  @Field(() => Int, { description: 'Reached accompaniment (history or a later step)' }) accompanied!: number;
  @Field(() => Int, { description: 'Evaluated by the evaluation committee (approved or rejected), or past it' }) evaluated!: number;
  @Field(() => Int, { description: 'Evaluated positively (reached the management committee)' }) evaluatedPositively!: number;
  @Field(() => Int, { description: 'Reached FUNDED (funding approved by the management committee)' }) funded!: number;
  @Field(() => Int, { description: 'Currently REJECTED' }) rejected!: number;
  @Field(() => Int, { description: 'Currently WITHDRAWN' }) withdrawn!: number;
  @Field(() => Int, { description: 'Currently STAND_BY' }) standBy!: number;
}

@ObjectType({ description: 'Self-employment paths opened in `year`' })
export class SelfEmploymentFunnelRow {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Paths opened' }) applied!: number;
  @Field(() => Int, { description: 'Reached the one-to-one accompaniment' }) accompanied!: number;
  @Field(() => Int, { description: 'Reached the committees (EVALUATION)' }) evaluated!: number;
  @Field(() => Int, { description: 'Approved by the management committee' }) approved!: number;
  @Field(() => Int, { description: 'Business started' }) started!: number;
  @Field(() => Int, { description: 'Currently REJECTED' }) rejected!: number;
  @Field(() => Int, { description: 'Currently WITHDRAWN' }) withdrawn!: number;
  @Field(() => Int, { description: 'Currently STAND_BY' }) standBy!: number;
  @Field(() => Int, { description: 'Funding approved by the management committee, euro cents' }) fundedCents!: number;
}

@Resolver()
export class FunnelResolver {
  @Query(() => [ProjectFunnelRow], { description: 'Staff: social-innovation funnel per year and sector' })
  projectFunnel(
    @Arg('fromYear', () => Int) fromYear: number,
    @Arg('toYear', () => Int) toYear: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ProjectFunnelRow[]> {
    return new FunnelService(ctx.em).projects(ctx.caller, fromYear, toYear);
  }

  @Query(() => [SelfEmploymentFunnelRow], { description: 'Staff: self-employment funnel per year' })
  selfEmploymentFunnel(
    @Arg('fromYear', () => Int) fromYear: number,
    @Arg('toYear', () => Int) toYear: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SelfEmploymentFunnelRow[]> {
    return new FunnelService(ctx.em).selfEmployment(ctx.caller, fromYear, toYear);
  }
}
