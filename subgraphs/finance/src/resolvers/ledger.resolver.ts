import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { LedgerEntry } from '../entities/ledger-entry.entity.js';
import { latestLedgerEntries } from '../services/ledger.service.js';
import { requestMoneyOperation, type OperationOutcome } from '../services/approval.service.js';
import { MoneyOperationKind } from '../entities/approval.entity.js';
import { LedgerEntryOutcome } from '../dto/approval.types.js';

@Resolver(() => LedgerEntry)
export class LedgerResolver {
  @Query(() => [LedgerEntry], { description: 'Staff: the append-only finance journal, newest first' })
  async financeLedger(@Ctx() ctx: SubgraphContext, @Arg('first', () => Int, { defaultValue: 100 }) first: number): Promise<LedgerEntry[]> {
    requireStaff(ctx.caller);
    return latestLedgerEntries(ctx.em, first);
  }

  @Mutation(() => LedgerEntryOutcome, {
    description: 'Staff: corrects a movement by appending its reversal (the original stays; maker-checker)',
  })
  async reverseFinanceLedgerEntry(
    @Arg('entryId', () => ID) entryId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('bookedOn', () => String) bookedOn: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OperationOutcome<LedgerEntry>> {
    return requestMoneyOperation(ctx.em, ctx.caller, MoneyOperationKind.REVERSE_LEDGER_ENTRY, { entryId, reason, bookedOn });
  }
}
