import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { PeopleReportService } from '../services/report.service.js';

@ObjectType({ description: 'A count under a key (month yyyy-mm, status, reason…)' })
class PeopleReportCount {
  @Field(() => String) key!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'A count and its share (0–1) of the stated denominator' })
class PeopleReportShare {
  @Field(() => String) key!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true }) share!: number | null;
}

@ObjectType()
class PeopleReportFuoriProtocollo {
  @Field(() => String, { description: 'WORKING, UNREACHABLE or NOT_COLLABORATING' }) reason!: string;
  @Field(() => Int, { description: 'Moves to fuori protocollo in the period' }) entered!: number;
  @Field(() => Int, { description: 'Out of protocol today' }) current!: number;
}

@ObjectType({ description: 'Definition of a figure, as written in the report' })
export class PeopleReportDefinition {
  @Field(() => String) figure!: string;
  @Field(() => String) definition!: string;
}

@ObjectType({ description: 'Annual-report figures about people for a period and territory (Europe/Rome days)' })
class PeopleReport {
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
  @Field(() => Int) registrations!: number;
  @Field(() => [PeopleReportCount]) registrationsByMonth!: PeopleReportCount[];
  @Field(() => Int) interviewed!: number;
  @Field(() => Int) assessed!: number;
  @Field(() => Int) inTarget!: number;
  @Field(() => Int) notInTarget!: number;
  @Field(() => Int, { description: 'In target although outside the Città metropolitana (staff exception), counted apart from inTarget' })
  inTargetOutOfArea!: number;
  @Field(() => Float, { nullable: true }) inTargetShare!: number | null;
  @Field(() => [PeopleReportShare]) readiness!: PeopleReportShare[];
  @Field(() => Float, { nullable: true }) medianDaysToFirstInterview!: number | null;
  @Field(() => Int) interviewedWithin15Days!: number;
  @Field(() => Float, { nullable: true }) shareWithin15Days!: number | null;
  @Field(() => [PeopleReportFuoriProtocollo]) fuoriProtocollo!: PeopleReportFuoriProtocollo[];
  @Field(() => [PeopleReportDefinition]) definitions!: PeopleReportDefinition[];
}

@Resolver()
export class PeopleReportResolver {
  @Query(() => PeopleReport, {
    description:
      'STAFF/ADMIN: registrations, interviews, target and readiness shares, fuori protocollo (period from–to included; territory: municipality ISTAT code or district)',
  })
  peopleReport(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('municipalityCode', () => String, { nullable: true }) municipalityCode: string | null,
    @Arg('district', () => String, { nullable: true }) district: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PeopleReport> {
    return new PeopleReportService(ctx.em).report(ctx.caller, { from, to, municipalityCode, district });
  }
}
