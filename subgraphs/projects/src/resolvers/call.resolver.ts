import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { Call } from '../entities/call.entity.js';
import { ProjectCallInput } from '../dto/project.input.js';
import { CallService } from '../services/call.service.js';

@Resolver(() => Call)
export class CallResolver {
  @Query(() => [Call], { description: 'Public: calls open today (Europe/Rome), nearest deadline first' })
  openProjectCalls(@Ctx() ctx: SubgraphContext): Promise<Call[]> {
    return new CallService(ctx.em).openCalls();
  }

  @Query(() => [Call], { description: 'Staff: every call' })
  projectCalls(@Ctx() ctx: SubgraphContext): Promise<Call[]> {
    return new CallService(ctx.em).all(ctx.caller);
  }

  @Mutation(() => Call, { description: 'Staff: open a call' })
  createProjectCall(@Arg('input', () => ProjectCallInput) input: ProjectCallInput, @Ctx() ctx: SubgraphContext): Promise<Call> {
    return new CallService(ctx.em).create(ctx.caller, input);
  }
}
