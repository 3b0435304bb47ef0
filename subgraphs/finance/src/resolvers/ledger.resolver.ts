import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { LedgerEntry } from '../entities/ledger-entry.entity.js';
import { latestLedgerEntries, reverseEntry } from '../services/ledger.service.js';

@Resolver(() => LedgerEntry)
export class LedgerResolver {
  @Query(() => [LedgerEntry], { description: 'Staff: the append-only finance journal, newest first' })
  async financeLedger(@Ctx() ctx: SubgraphContext, @Arg('first', () => Int, { defaultValue: 100 }) first: number): Promise<LedgerEntry[]> {
    requireStaff(ctx.caller);
    return latestLedgerEntries(ctx.em, first);
  }

  @Mutation(() => LedgerEntry, { description: 'Staff: corrects a movement by appending its reversal (the original stays)' })
  async reverseFinanceLedgerEntry(
    @Arg('entryId', () => ID) entryId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('bookedOn', () => String) bookedOn: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LedgerEntry> {
    requireStaff(ctx.caller);
    return reverseEntry(ctx.em, { entryId, reason, bookedOn }, ctx.caller.userId);
  }
}
