import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { badInput, requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { GuaranteePlafond } from '../entities/guarantee-plafond.entity.js';
import { fundPosition, setPlafond } from '../services/guarantee-fund.service.js';
import { GuaranteeFund } from '../dto/finance.input.js';
import { isIsoDate } from '@ixl/calendar';

@Resolver()
export class GuaranteeFundResolver {
  @Query(() => GuaranteeFund, { description: 'Staff: the rotating guarantee fund (plafond on the date, exposure and free capacity now)' })
  async guaranteeFund(@Ctx() ctx: SubgraphContext, @Arg('asOf', () => String, { nullable: true }) asOf?: string | null): Promise<GuaranteeFund> {
    requireStaff(ctx.caller);
    if (asOf != null && !isIsoDate(asOf)) throw badInput('asOf', 'The date must be an ISO date (YYYY-MM-DD)');
    const position = await fundPosition(ctx.em, asOf ?? undefined);
    const plafondHistory = await ctx.em.find(GuaranteePlafond, {}, { orderBy: { effectiveFrom: 'asc', recordedAt: 'asc' } });
    return { ...position, plafondHistory };
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
