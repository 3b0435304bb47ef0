import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { PlacementReportService } from '../services/report.service.js';

@ObjectType({ description: 'Placements and distinct persons placed under a key' })
class CompaniesReportBreakdown {
  @Field(() => String) key!: string;
  @Field(() => Int) placements!: number;
  @Field(() => Int) persons!: number;
}

@ObjectType()
class CompaniesReportRankingRow {
  @Field(() => Int) rank!: number;
  @Field(() => ID) companyId!: string;
  @Field(() => String) companyName!: string;
  @Field(() => Int) placements!: number;
}

@ObjectType({ description: 'Definition of a figure, as written in the report' })
class CompaniesReportDefinition {
  @Field(() => String) figure!: string;
  @Field(() => String) definition!: string;
}

@ObjectType({ description: 'Annual-report figures about placements for a period and territory' })
class CompaniesPlacementReport {
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
  @Field(() => Int) placements!: number;
  @Field(() => Int) personsPlaced!: number;
  @Field(() => [CompaniesReportBreakdown]) byType!: CompaniesReportBreakdown[];
  @Field(() => [CompaniesReportBreakdown]) byContract!: CompaniesReportBreakdown[];
  @Field(() => [CompaniesReportBreakdown]) bySex!: CompaniesReportBreakdown[];
  @Field(() => [CompaniesReportBreakdown]) byNationality!: CompaniesReportBreakdown[];
  @Field(() => [CompaniesReportBreakdown]) byAge!: CompaniesReportBreakdown[];
  @Field(() => [CompaniesReportBreakdown]) byMonth!: CompaniesReportBreakdown[];
  @Field(() => [CompaniesReportBreakdown]) byMunicipality!: CompaniesReportBreakdown[];
  @Field(() => [CompaniesReportBreakdown]) byDistrict!: CompaniesReportBreakdown[];
  @Field(() => [CompaniesReportRankingRow]) companyRanking!: CompaniesReportRankingRow[];
  @Field(() => Int) stagesStarted!: number;
  @Field(() => Int) stagesContinued!: number;
  @Field(() => Int) stagesConverted!: number;
  @Field(() => [CompaniesReportDefinition]) definitions!: CompaniesReportDefinition[];
}

@Resolver()
export class CompaniesReportResolver {
  @Query(() => CompaniesPlacementReport, {
    description:
      'STAFF/ADMIN: placements and persons placed by type, contract, sex, nationality, age band, month, municipality, district; company ranking; stages',
  })
  companiesPlacementReport(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('municipalityCode', () => String, { nullable: true }) municipalityCode: string | null,
    @Arg('district', () => String, { nullable: true }) district: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CompaniesPlacementReport> {
    return new PlacementReportService(ctx.em).report(ctx.caller, { from, to, municipalityCode, district });
  }
}
