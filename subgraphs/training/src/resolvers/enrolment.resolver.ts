import { Arg, Ctx, FieldResolver, Float, ID, Mutation, Resolver, Root } from 'type-graphql';
import { loadById, loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { BeneficiaryRef } from '../entities/beneficiary.ref.js';
import { CourseEdition } from '../entities/course-edition.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { canManageEdition } from '../services/edition-access.js';
import { EnrolmentService, type AttendanceSummary } from '../services/enrolment.service.js';
import { TrainingService } from '../services/training.service.js';
import { CourseAttendanceRecord, CourseOutcomeInput, CourseRequestDecisionInput, EnrolInCourseInput } from '../dto/attendance.types.js';

/** Name and codice fiscale copies: staff, the edition's training body and the person themself. */
async function mayReadIdentity(ctx: SubgraphContext, enrolment: Enrolment): Promise<boolean> {
  if (ctx.caller.role === 'BENEFICIARY') return ctx.caller.beneficiaryId === enrolment.beneficiaryId;
  const edition = await loadById(ctx, CourseEdition, enrolment.edition.id);
  return !!edition && canManageEdition(ctx.caller, edition);
}

const summary = (ctx: SubgraphContext, id: string) =>
  loader<string, AttendanceSummary>(ctx, 'attendanceSummary', (ids) => new EnrolmentService(ctx.em).attendanceSummaries(ids)).load(id);

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

  @FieldResolver(() => String, { nullable: true, description: 'Participant name copied at enrolment (staff, the body, the person)' })
  async participantName(@Root() enrolment: Enrolment, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return (await mayReadIdentity(ctx, enrolment)) ? enrolment.participantName : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Codice fiscale copied at enrolment (staff, the body, the person)' })
  async codiceFiscale(@Root() enrolment: Enrolment, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return (await mayReadIdentity(ctx, enrolment)) ? enrolment.codiceFiscale : null;
  }

  @FieldResolver(() => Float, { description: 'Hours present over all sessions' })
  async attendedHours(@Root() enrolment: Enrolment, @Ctx() ctx: SubgraphContext): Promise<number> {
    return (await summary(ctx, enrolment.id)).attendedMinutes / 60;
  }

  @FieldResolver(() => Float, { description: 'Hours present ÷ scheduled hours of the edition, % with one decimal' })
  async attendancePercent(@Root() enrolment: Enrolment, @Ctx() ctx: SubgraphContext): Promise<number> {
    return (await summary(ctx, enrolment.id)).percent;
  }

  @FieldResolver(() => [CourseAttendanceRecord], { description: 'Hours present per session' })
  async attendance(@Root() enrolment: Enrolment, @Ctx() ctx: SubgraphContext): Promise<CourseAttendanceRecord[]> {
    const rows = await loader<string, { enrolmentId: string; sessionId: string; minutes: number }[]>(ctx, 'attendanceRows', (ids) =>
      new EnrolmentService(ctx.em).attendanceRows(ids),
    ).load(enrolment.id);
    return rows.map((r) => ({ enrolmentId: r.enrolmentId, sessionId: r.sessionId, hours: r.minutes / 60 }));
  }

  @Mutation(() => Enrolment, {
    description: 'Staff enrol a beneficiary (or confirm the request), giving the name and codice fiscale the body will see',
  })
  async enrolInCourse(@Arg('input', () => EnrolInCourseInput) input: EnrolInCourseInput, @Ctx() ctx: SubgraphContext): Promise<Enrolment> {
    return new EnrolmentService(ctx.em).enrol(ctx.caller, input);
  }

  @Mutation(() => Enrolment, {
    description:
      "A beneficiary asks to join an active edition that has not ended and has a free seat; the name and codice fiscale from the person's own record go with the request, for the training body",
  })
  async requestCourseEnrolment(
    @Arg('editionId', () => ID) editionId: string,
    @Arg('participantName', () => String, { nullable: true }) participantName: string | null,
    @Arg('codiceFiscale', () => String, { nullable: true }) codiceFiscale: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Enrolment> {
    return new EnrolmentService(ctx.em).request(ctx.caller, editionId, { participantName, codiceFiscale });
  }

  @Mutation(() => Enrolment, {
    description: "The edition's training body or staff accept a course request (enrolment) or decline it with a reason; the person is told",
  })
  async decideCourseRequest(
    @Arg('input', () => CourseRequestDecisionInput) input: CourseRequestDecisionInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Enrolment> {
    return new EnrolmentService(ctx.em).decideRequest(ctx.caller, input);
  }

  @Mutation(() => Enrolment, { description: 'The training body (or staff) records completed / qualification / drop-out' })
  async recordCourseOutcome(
    @Arg('input', () => CourseOutcomeInput) input: CourseOutcomeInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Enrolment> {
    return new EnrolmentService(ctx.em).recordOutcome(ctx.caller, input);
  }
}

/** Adds `enrolments` to the people subgraph's Beneficiary. */
@Resolver(() => BeneficiaryRef)
export class BeneficiaryEnrolmentsResolver {
  @FieldResolver(() => [Enrolment], {
    nullable: true,
    description: 'Course enrolments of the person (null only when the training service cannot answer)',
  })
  async enrolments(@Root() beneficiary: BeneficiaryRef, @Ctx() ctx: SubgraphContext): Promise<Enrolment[]> {
    return loader<string, Enrolment[]>(ctx, 'enrolmentsByBeneficiary', (ids) =>
      new TrainingService(ctx.em).enrolmentsFor(ctx.caller, ids),
    ).load(beneficiary.id);
  }
}
