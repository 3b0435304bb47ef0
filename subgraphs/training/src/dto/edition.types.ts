import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CourseStream } from '../entities/course-edition.entity.js';
import { CompanyRef, VacancyRef } from '../entities/company.ref.js';
import { CourseDelivery, CourseKpiBasis } from '../entities/enums.js';

@InputType()
export class CreateTrainingBodyInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
}

@InputType()
export class CreateCourseEditionInput {
  @Field(() => ID) trainingBodyId!: string;
  @Field(() => String) title!: string;
  @Field(() => String, {
    description: 'Subject code: OSS, CQC, ADDETTO_PULIZIE, ITALIANO, CV_DINAMICO, SICUREZZA, BILANCIO_COMPETENZE, HACCP, SOFT_SKILLS, …',
  })
  subject!: string;
  @Field(() => CourseStream) stream!: CourseStream;
  @Field(() => CourseDelivery, { nullable: true }) delivery?: CourseDelivery | null;
  @Field(() => String) startDate!: string;
  @Field(() => String) endDate!: string;
  @Field(() => Int) seats!: number;
  @Field(() => Int) totalCostCents!: number;
  @Field(() => Int, { nullable: true, description: 'Months after the course end in which placements count (default 12)' })
  kpiWindowMonths?: number | null;
}

@InputType()
export class CourseSessionInput {
  @Field(() => String, { description: 'ISO date, within the edition' }) date!: string;
  @Field(() => Float, { description: 'Length in hours (0.25 to 12)' }) hours!: number;
  @Field(() => String, {
    nullable: true,
    description: 'Code used in the attendance CSV; default the date (date#2 for a second session that day)',
  })
  code?: string | null;
}

@InputType()
export class HiringCommitmentInput {
  @Field(() => ID) companyId!: string;
  @Field(() => ID, { nullable: true }) vacancyId?: string | null;
  @Field(() => Int, { nullable: true }) positions?: number | null;
}

/** A company committed to hire from the edition (2.b), optionally for an identified vacancy. */
@ObjectType()
export class CourseHiringCommitment {
  @Field(() => ID) id!: string;
  @Field(() => CompanyRef) company!: CompanyRef;
  @Field(() => VacancyRef, { nullable: true }) vacancy!: VacancyRef | null;
  @Field(() => Int, { nullable: true }) positions!: number | null;
}

/** Course KPIs (docs/domain.md §3); rates are percentages with one decimal, as the reports print them. */
@ObjectType()
export class CourseEditionKpis {
  @Field(() => CourseKpiBasis) basis!: CourseKpiBasis;
  @Field(() => Int, { description: 'Participants counted (all enrolled, or those who completed / qualified)' }) population!: number;
  @Field(() => Int, { description: 'Their placements in the window' }) placements!: number;
  @Field(() => Int, { description: 'Participants with at least one placement' }) employed!: number;
  @Field(() => Int, { description: 'Participants with a permanent (tempo indeterminato) contract' }) permanent!: number;
  @Field(() => Float, { description: 'Tasso di inserimento: placements ÷ population, % (may exceed 100)' }) placementRate!: number;
  @Field(() => Float, { description: 'Tasso di occupazione: employed ÷ population, %' }) employmentRate!: number;
  @Field(() => Float, { description: 'Tasso di avviamento a tempo indeterminato: permanent ÷ population, %' }) permanentRate!: number;
  @Field(() => Int) windowMonths!: number;
  @Field(() => String, { description: 'First day counted (the course start date)' }) windowStart!: string;
  @Field(() => String, { description: 'Last day counted' }) windowEnd!: string;
}
