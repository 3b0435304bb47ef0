import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { TrainingReportService } from '../services/report.service.js';

@ObjectType()
class TrainingReportSubject {
  @Field(() => String) key!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true, description: '0–1 of all packages' }) share!: number | null;
}

@ObjectType({ description: 'A course edition ending in the period, with its KPIs (all participants)' })
class TrainingReportCourse {
  @Field(() => ID) editionId!: string;
  @Field(() => String) title!: string;
  @Field(() => String) subject!: string;
  @Field(() => String) trainingBodyName!: string;
  @Field(() => String) endDate!: string;
  @Field(() => Int) population!: number;
  @Field(() => Int) placements!: number;
  @Field(() => Int) employed!: number;
  @Field(() => Int) permanent!: number;
  @Field(() => Float, { description: '% (one decimal)' }) placementRate!: number;
  @Field(() => Float, { description: '% (one decimal)' }) employmentRate!: number;
  @Field(() => Float, { description: '% (one decimal)' }) permanentRate!: number;
}

@ObjectType()
class TrainingReportDefinition {
  @Field(() => String) figure!: string;
  @Field(() => String) definition!: string;
}

@ObjectType({ description: 'Annual-report figures about training for a period' })
class TrainingReport {
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
  @Field(() => Int) packages!: number;
  @Field(() => Int) completed!: number;
  @Field(() => Int) droppedOut!: number;
  @Field(() => Int) qualified!: number;
  @Field(() => [TrainingReportSubject]) packagesBySubject!: TrainingReportSubject[];
  @Field(() => [TrainingReportCourse]) courses!: TrainingReportCourse[];
  @Field(() => [TrainingReportDefinition]) definitions!: TrainingReportDefinition[];
}

@Resolver()
export class TrainingReportResolver {
  @Query(() => TrainingReport, { description: 'STAFF/ADMIN: training packages by subject and course KPIs for a period (from–to included)' })
  trainingReport(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<TrainingReport> {
    return new TrainingReportService(ctx.em).report(ctx.caller, { from, to });
  }
}
