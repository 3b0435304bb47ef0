import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CourseKpiBasis, RiskShareMetric, RiskShareMode, RiskShareReasonCode, RiskShareWindowFrom } from '../entities/enums.js';

@InputType()
export class RiskShareAgreementInput {
  @Field(() => Float, { nullable: true, description: 'Share of the total cost at risk, % (the protocol’s 30%; another value: ADMIN only)' })
  atRiskPercent?: number | null;
  @Field(() => RiskShareMetric, { nullable: true, description: 'Default EMPLOYMENT_RATE; changing it on an agreement: ADMIN only' })
  metric?: RiskShareMetric | null;
  @Field(() => Float, { nullable: true, description: 'Target rate, % (required for a new agreement; changing it: ADMIN only)' })
  targetRatePercent?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The window ends this many months after the course end (default: the edition KPI window)',
  })
  windowMonths?: number | null;
  @Field(() => RiskShareWindowFrom, { nullable: true, description: 'Where the window starts (default COURSE_START)' })
  windowFrom?: RiskShareWindowFrom | null;
  @Field(() => String, { nullable: true, description: 'Why (5–500 characters, required: every change is audited)' }) reason?: string | null;
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
  @Field(() => Int, { description: '0 as settled; +1 per adjustment' }) revision!: number;
}

/** An adjustment of a settlement after a placement recorded late inside its window (amounts in euro cents). */
@ObjectType()
export class CourseRiskShareSettlementRevision {
  @Field(() => ID) id!: string;
  @Field(() => Int) revision!: number;
  @Field(() => String, { description: 'The cause in English (for API readers); portals word reasonCode' }) reason!: string;
  @Field(() => RiskShareReasonCode, { nullable: true, description: 'The cause as a code (null: written by a person)' })
  reasonCode!: RiskShareReasonCode | null;
  @Field(() => String, { nullable: true, description: 'Start day (ISO) of the placement that caused it' }) placementStartDate!:
    string | null;
  @Field(() => ID, { nullable: true }) placementId!: string | null;
  @Field(() => Date) revisedAt!: Date;
  @Field(() => ID, { nullable: true, description: 'Who recorded the placement (null: the system)' }) revisedBy!: string | null;
  @Field(() => Float) achievedRateBefore!: number;
  @Field(() => Float) achievedRateAfter!: number;
  @Field(() => Int) payableBeforeCents!: number;
  @Field(() => Int) payableAfterCents!: number;
  @Field(() => Int) withheldBeforeCents!: number;
  @Field(() => Int) withheldAfterCents!: number;
  @Field(() => Int, { description: 'payableAfterCents − payableBeforeCents' }) deltaCents!: number;
}

/** One audited creation or change of an agreement. */
@ObjectType()
export class CourseRiskShareAgreementChange {
  @Field(() => ID) id!: string;
  @Field(() => Date) changedAt!: Date;
  @Field(() => ID, { nullable: true }) changedBy!: string | null;
  @Field(() => String) changedByRole!: string;
  @Field(() => String, { description: "Why: a person's words as typed, or the system's reason in English (see reasonCode)" })
  reason!: string;
  @Field(() => RiskShareReasonCode, { nullable: true, description: "The system's reason as a code portals word (null: a person's reason)" })
  reasonCode!: RiskShareReasonCode | null;
  @Field(() => String, { nullable: true, description: 'Terms before (JSON)' }) before!: string | null;
  @Field(() => String, { description: 'Terms after (JSON)' }) after!: string;
}

/** The edition's risk-sharing agreement and where the training body stands now. */
@ObjectType()
export class CourseRiskSharePosition {
  @Field(() => ID) editionId!: string;
  @Field(() => Float) atRiskPercent!: number;
  @Field(() => RiskShareMetric) metric!: RiskShareMetric;
  @Field(() => Float) targetRatePercent!: number;
  @Field(() => Int) windowMonths!: number;
  @Field(() => RiskShareWindowFrom) windowFrom!: RiskShareWindowFrom;
  @Field(() => RiskShareMode) mode!: RiskShareMode;
  @Field(() => CourseKpiBasis) basis!: CourseKpiBasis;
  @Field(() => String, { description: 'First day counted (ISO)' }) windowStart!: string;
  @Field(() => String, { description: 'Last day counted (ISO)' }) windowEnd!: string;
  @Field(() => Boolean, { description: 'The window is still open today (Europe/Rome)' }) windowOpen!: boolean;
  @Field(() => Float, { description: 'Achieved value of the target metric so far, %' }) achievedRatePercent!: number;
  @Field(() => Int) totalCostCents!: number;
  @Field(() => Int) atRiskCents!: number;
  @Field(() => Int, { description: 'What would be paid if the window closed today' }) projectedPayableCents!: number;
  @Field(() => Int) projectedWithheldCents!: number;
  @Field(() => CourseRiskShareSettlement, { nullable: true }) settlement!: CourseRiskShareSettlement | null;
}
