import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { MyVacancyMatch } from '../dto/my-vacancy-match.types.js';
import { MyMatchesService } from '../services/matching/my-matches.service.js';

@Resolver(() => MyVacancyMatch)
export class MyMatchesResolver {
  @Query(() => [MyVacancyMatch], {
    description: 'Beneficiary: open vacancies matching the own profile, best first, with the explained 0–100 score',
  })
  async myVacancyMatches(
    @Arg('limit', () => Int, { defaultValue: 10 }) limit: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<MyVacancyMatch[]> {
    return new MyMatchesService(ctx.em).myVacancyMatches(ctx.caller, limit);
  }
}
