import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { Beneficiary } from '../entities/beneficiary.entity.js';
import { Assessment } from '../entities/assessment.entity.js';
import { AssessmentInstrument } from '../entities/assessment-instrument.entity.js';
import { Readiness } from '../entities/enums.js';
import {
  AssessmentDimension,
  AssessmentGivenAnswer,
  PublishAssessmentInstrumentInput,
  RecordAssessmentInput,
} from '../dto/assessment.types.js';
import { AssessmentService } from '../services/assessment.service.js';

@Resolver(() => AssessmentInstrument)
export class AssessmentInstrumentResolver {
  @Query(() => AssessmentInstrument, { nullable: true, description: 'Staff: the active instrument, or a given version' })
  async assessmentInstrument(
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<AssessmentInstrument | null> {
    requireStaff(ctx.caller);
    return new AssessmentService(ctx.em).instrument(version);
  }

  @Query(() => [AssessmentInstrument], { description: 'Staff: every version, newest first' })
  async assessmentInstruments(@Ctx() ctx: SubgraphContext): Promise<AssessmentInstrument[]> {
    requireStaff(ctx.caller);
    return new AssessmentService(ctx.em).instruments();
  }

  @FieldResolver(() => [AssessmentDimension])
  dimensions(@Root() i: AssessmentInstrument): AssessmentDimension[] {
    return i.definition.dimensions;
  }

  @Mutation(() => AssessmentInstrument, { description: 'Staff: publishes a new instrument version (past assessments keep theirs)' })
  publishAssessmentInstrument(
    @Arg('input', () => PublishAssessmentInstrumentInput) input: PublishAssessmentInstrumentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<AssessmentInstrument> {
    return new AssessmentService(ctx.em).publishInstrument(ctx.caller, input);
  }

  @Mutation(() => Assessment, { description: 'Staff: records a fragility assessment; the score is computed here' })
  recordFragilityAssessment(
    @Arg('input', () => RecordAssessmentInput) input: RecordAssessmentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Assessment> {
    return new AssessmentService(ctx.em).record(ctx.caller, input);
  }

  @Mutation(() => Beneficiary, {
    description: 'Staff: lets a person outside the Città metropolitana be assessed in target and ready, with a reason (audited)',
  })
  recordOutOfAreaException(
    @Arg('beneficiaryId', () => ID) beneficiaryId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Beneficiary> {
    return new AssessmentService(ctx.em).recordOutOfAreaException(ctx.caller, { beneficiaryId, reason });
  }

  @Mutation(() => Beneficiary, { description: 'Staff: changes the readiness of a person in target' })
  updateBeneficiaryReadiness(
    @Arg('beneficiaryId', () => ID) beneficiaryId: string,
    @Arg('readiness', () => Readiness) readiness: Readiness,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Beneficiary> {
    return new AssessmentService(ctx.em).updateReadiness(ctx.caller, { beneficiaryId, readiness, reason });
  }
}

@Resolver(() => Assessment)
export class AssessmentFieldsResolver {
  @FieldResolver(() => [AssessmentGivenAnswer])
  answers(@Root() a: Assessment): AssessmentGivenAnswer[] {
    return a.answers;
  }
}
