import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { CandidateMatch } from '../dto/match.types.js';
import { MatchingService } from '../services/matching/matching.service.js';

@Resolver(() => CandidateMatch)
export class MatchingResolver {
  @Query(() => [CandidateMatch], {
    description: 'Staff: in-target, PRONTO, active people ranked for a vacancy with an explained 0–100 score',
  })
  async matchCandidates(
    @Arg('vacancyId', () => ID) vacancyId: string,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CandidateMatch[]> {
    return new MatchingService(ctx.em).matchCandidates(ctx.caller, vacancyId, limit);
  }
}
