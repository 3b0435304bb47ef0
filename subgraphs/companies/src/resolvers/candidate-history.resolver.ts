import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { CandidateStatusChange } from '../dto/candidate-history.types.js';
import { CandidateRecord } from '../entities/candidate.entity.js';
import { candidateHistories } from '../services/candidate-history.service.js';

/** Adds `history` (staff only) to Candidate: every pipeline transition with its reason, oldest first. */
@Resolver(() => CandidateRecord)
export class CandidateHistoryResolver {
  @FieldResolver(() => [CandidateStatusChange], {
    nullable: true,
    description: 'Staff only: the pipeline transitions with their reasons, oldest first',
  })
  async history(@Root() candidate: CandidateRecord, @Ctx() ctx: SubgraphContext): Promise<CandidateStatusChange[]> {
    return loader<string, CandidateStatusChange[]>(ctx, 'candidateHistory', (ids) => candidateHistories(ctx.em, ctx.caller, ids)).load(
      candidate.id,
    );
  }
}
