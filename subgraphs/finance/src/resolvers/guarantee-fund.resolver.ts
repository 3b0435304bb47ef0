import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { GuaranteePlafond } from '../entities/guarantee-plafond.entity.js';
import { guaranteeFundOn } from '../services/guarantee-fund.service.js';
import { requestMoneyOperation, type OperationOutcome } from '../services/approval.service.js';
import { MoneyOperationKind } from '../entities/approval.entity.js';
import { GuaranteePlafondOutcome } from '../dto/approval.types.js';
import { GuaranteeFund } from '../dto/finance.input.js';

@Resolver()
export class GuaranteeFundResolver {
  @Query(() => GuaranteeFund, { description: 'Staff: the rotating guarantee fund (plafond on the date, exposure and free capacity now)' })
  async guaranteeFund(
    @Ctx() ctx: SubgraphContext,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
  ): Promise<GuaranteeFund> {
    requireStaff(ctx.caller);
    return guaranteeFundOn(ctx.em, asOf);
  }

  @Mutation(() => GuaranteePlafondOutcome, { description: 'Staff: a new plafond from a date on (appended to the history; maker-checker)' })
  async setGuaranteePlafond(
    @Arg('amountCents', () => Int) amountCents: number,
    @Arg('effectiveFrom', () => String) effectiveFrom: string,
    @Ctx() ctx: SubgraphContext,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<OperationOutcome<GuaranteePlafond>> {
    return requestMoneyOperation(ctx.em, ctx.caller, MoneyOperationKind.SET_GUARANTEE_PLAFOND, { amountCents, effectiveFrom, note });
  }
}
