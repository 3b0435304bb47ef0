import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CourseKpiBasis, RiskShareMetric, RiskShareMode } from '../entities/enums.js';

@InputType()
export class RiskShareAgreementInput {
  @Field(() => Float, { nullable: true, description: 'Share of the total cost at risk, % (default 30)' }) atRiskPercent?: number | null;
  @Field(() => RiskShareMetric, { nullable: true, description: 'Default EMPLOYMENT_RATE' }) metric?: RiskShareMetric | null;
  @Field(() => Float, { description: 'Target rate, %' }) targetRatePercent!: number;
  @Field(() => Int, { nullable: true, description: 'Months after the course end (default: the edition KPI window)' }) windowMonths?:
    number | null;
  @Field(() => RiskShareMode, { nullable: true, description: 'Default PROPORTIONAL' }) mode?: RiskShareMode | null;
  @Field(() => CourseKpiBasis, { nullable: true, description: 'Default ALL_PARTICIPANTS' }) basis?: CourseKpiBasis | null;
}

/** The settlement sent to finance (RiskShareSettled). Money in euro cents. */
@ObjectType()
export class CourseRiskShareSettlement {
  @Field(() => ID) id!: string;
  @Field(() => ID) editionId!: string;
  @Field(() => String) windowEnd!: string;
  @Field(() => String) asOf!: string;
  @Field(() => Int) totalCostCents!: number;
  @Field(() => Int) atRiskCents!: number;
  @Field(() => Int) payableCents!: number;
  @Field(() => Int) withheldCents!: number;
  @Field(() => Float) achievedRatePercent!: number;
  @Field(() => Float) targetRatePercent!: number;
  @Field(() => RiskShareMode) mode!: RiskShareMode;
  @Field(() => Date) settledAt!: Date;
}

/** The edition's risk-sharing agreement and where the training body stands now. */
@ObjectType()
export class CourseRiskSharePosition {
  @Field(() => Float) atRiskPercent!: number;
  @Field(() => RiskShareMetric) metric!: RiskShareMetric;
  @Field(() => Float) targetRatePercent!: number;
  @Field(() => Int) windowMonths!: number;
  @Field(() => RiskShareMode) mode!: RiskShareMode;
  @Field(() => CourseKpiBasis) basis!: CourseKpiBasis;
  @Field(() => String) windowEnd!: string;
  @Field(() => Float, { description: 'Achieved value of the target metric so far, %' }) achievedRatePercent!: number;
  @Field(() => Int) totalCostCents!: number;
  @Field(() => Int) atRiskCents!: number;
  @Field(() => Int, { description: 'What would be paid if the window closed today' }) projectedPayableCents!: number;
  @Field(() => Int) projectedWithheldCents!: number;
  @Field(() => CourseRiskShareSettlement, { nullable: true }) settlement!: CourseRiskShareSettlement | null;
}
