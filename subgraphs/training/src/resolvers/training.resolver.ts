import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { loadById, loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { BeneficiaryRef } from '../entities/beneficiary.ref.js';
import { CourseEdition } from '../entities/course-edition.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingBody } from '../entities/training-body.entity.js';
import { TrainingService } from '../services/training.service.js';

@Resolver(() => CourseEdition)
export class CourseEditionResolver {
  @Query(() => [CourseEdition], { description: 'Staff: all editions; a training body: its own' })
  async courseEditions(@Ctx() ctx: SubgraphContext): Promise<CourseEdition[]> {
    return new TrainingService(ctx.em).editions(ctx.caller);
  }

  @FieldResolver(() => TrainingBody)
  async trainingBody(@Root() edition: CourseEdition, @Ctx() ctx: SubgraphContext): Promise<TrainingBody | null> {
    return loadById(ctx, TrainingBody, edition.trainingBody.id);
  }
}

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @FieldResolver(() => CourseEdition)
  async edition(@Root() enrolment: Enrolment, @Ctx() ctx: SubgraphContext): Promise<CourseEdition | null> {
    return loadById(ctx, CourseEdition, enrolment.edition.id);
  }

  @FieldResolver(() => BeneficiaryRef)
  beneficiary(@Root() enrolment: Enrolment): BeneficiaryRef {
    return { id: enrolment.beneficiaryId };
  }
}

/** Adds `enrolments` to the people subgraph's Beneficiary. */
@Resolver(() => BeneficiaryRef)
export class BeneficiaryEnrolmentsResolver {
  @FieldResolver(() => [Enrolment])
  async enrolments(@Root() beneficiary: BeneficiaryRef, @Ctx() ctx: SubgraphContext): Promise<Enrolment[]> {
    return loader<string, Enrolment[]>(ctx, 'enrolmentsByBeneficiary', (ids) => new TrainingService(ctx.em).enrolmentsFor(ctx.caller, ids)).load(beneficiary.id);
  }
}
