import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { FinanceReportService } from '../services/report.service.js';

@ObjectType()
class FinanceReportMovement {
  @Field(() => String, { description: 'Ledger account' }) account!: string;
  @Field(() => Float, { description: 'Euro cents' }) cents!: number;
}

@ObjectType()
class FinanceReportBudgetLine {
  @Field(() => ID) id!: string;
  @Field(() => String) funder!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) fromYear!: number;
  @Field(() => Int) toYear!: number;
  @Field(() => Float) amountCents!: number;
  @Field(() => Float) committedCents!: number;
  @Field(() => Float) disbursedCents!: number;
  @Field(() => Float, { nullable: true, description: 'committed ÷ amount (0–1)' }) use!: number | null;
}

@ObjectType()
class FinanceReportDefinition {
  @Field(() => String) figure!: string;
  @Field(() => String) definition!: string;
}

@ObjectType({ description: 'Annual-report finance totals (amounts in euro cents)' })
class FinanceReport {
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
  @Field(() => Int) grantsApprovedCount!: number;
  @Field(() => Float) grantsApprovedCents!: number;
  @Field(() => Int) loansApprovedCount!: number;
  @Field(() => Float) loansApprovedCents!: number;
  @Field(() => [FinanceReportMovement]) disbursed!: FinanceReportMovement[];
  @Field(() => Float) loansOutstandingCents!: number;
  @Field(() => Float) plafondCents!: number;
  @Field(() => Float) exposureCents!: number;
  @Field(() => Float) calledCents!: number;
  @Field(() => Float) freeCapacityCents!: number;
  @Field(() => [FinanceReportBudgetLine]) budgetLines!: FinanceReportBudgetLine[];
  @Field(() => [FinanceReportDefinition]) definitions!: FinanceReportDefinition[];
}

@Resolver()
export class FinanceReportResolver {
  @Query(() => FinanceReport, {
    description: 'STAFF/ADMIN: approved, disbursed, loans outstanding, fund exposure, budget use (period from–to included)',
  })
  financeReport(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<FinanceReport> {
    return new FinanceReportService(ctx.em).report(ctx.caller, { from, to });
  }
}
