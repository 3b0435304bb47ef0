import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { GuaranteePlafond } from '../entities/guarantee-plafond.entity.js';
import { guaranteeFundOn, setPlafond } from '../services/guarantee-fund.service.js';
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

  @Mutation(() => GuaranteePlafond, { description: 'Staff: a new plafond from a date on (appended to the history)' })
  async setGuaranteePlafond(
    @Arg('amountCents', () => Int) amountCents: number,
    @Arg('effectiveFrom', () => String) effectiveFrom: string,
    @Ctx() ctx: SubgraphContext,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<GuaranteePlafond> {
    requireStaff(ctx.caller);
    return setPlafond(ctx.em, { amountCents, effectiveFrom, note });
  }
}
