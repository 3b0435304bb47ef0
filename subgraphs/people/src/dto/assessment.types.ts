import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Readiness } from '../entities/enums.js';

@ObjectType()
export class AssessmentAnswerOption {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) points!: number;
}

@ObjectType()
export class AssessmentItem {
  @Field(() => String) code!: string;
  @Field(() => String) text!: string;
  @Field(() => [AssessmentAnswerOption]) answers!: AssessmentAnswerOption[];
}

@ObjectType()
export class AssessmentDimension {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => [AssessmentItem]) items!: AssessmentItem[];
}

@ObjectType()
export class AssessmentGivenAnswer {
  @Field(() => String) dimension!: string;
  @Field(() => String) itemCode!: string;
  @Field(() => String) answerCode!: string;
  @Field(() => Int, { description: 'Points the answer was worth in the instrument version used' }) points!: number;
}

@InputType()
export class AssessmentAnswerOptionInput {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) points!: number;
}

@InputType()
export class AssessmentItemInput {
  @Field(() => String) code!: string;
  @Field(() => String) text!: string;
  @Field(() => [AssessmentAnswerOptionInput]) answers!: AssessmentAnswerOptionInput[];
}

@InputType()
export class AssessmentDimensionInput {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => [AssessmentItemInput]) items!: AssessmentItemInput[];
}

@InputType()
export class PublishAssessmentInstrumentInput {
  @Field(() => String) name!: string;
  @Field(() => Int, { defaultValue: 11 }) threshold!: number;
  @Field(() => [AssessmentDimensionInput]) dimensions!: AssessmentDimensionInput[];
}

@InputType()
export class AssessmentAnswerInput {
  @Field(() => String) itemCode!: string;
  @Field(() => String) answerCode!: string;
}

@InputType()
export class RecordAssessmentInput {
  @Field(() => ID) beneficiaryId!: string;
  @Field(() => [AssessmentAnswerInput]) answers!: AssessmentAnswerInput[];
  @Field(() => Readiness, { nullable: true, description: 'Inside the target only; default IN_VALUTAZIONE' })
  readiness?: Readiness | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}
