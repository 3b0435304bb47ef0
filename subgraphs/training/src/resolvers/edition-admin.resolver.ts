import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { CourseEdition } from '../entities/course-edition.entity.js';
import { CourseSession } from '../entities/course-session.entity.js';
import { TrainingBody } from '../entities/training-body.entity.js';
import { EditionService } from '../services/edition.service.js';
import { RiskShareService } from '../services/risk-share.service.js';
import { TrainingService } from '../services/training.service.js';
import {
  CourseHiringCommitment,
  CourseSessionInput,
  CreateCourseEditionInput,
  CreateTrainingBodyInput,
  HiringCommitmentInput,
} from '../dto/edition.types.js';
import { CourseRiskSharePosition, CourseRiskShareSettlement, RiskShareAgreementInput } from '../dto/risk-share.types.js';
import { positionView, settlementView } from '../dto/views.js';

/** Staff management of bodies, editions, sessions, hiring commitments and risk-sharing agreements. */
@Resolver()
export class EditionAdminResolver {
  @Query(() => [TrainingBody], { description: 'Staff: every training body; a training body: itself' })
  async trainingBodies(@Ctx() ctx: SubgraphContext): Promise<TrainingBody[]> {
    return new TrainingService(ctx.em).trainingBodies(ctx.caller);
  }

  @Mutation(() => TrainingBody)
  async createTrainingBody(
    @Arg('input', () => CreateTrainingBodyInput) input: CreateTrainingBodyInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<TrainingBody> {
    return new EditionService(ctx.em).createTrainingBody(ctx.caller, input);
  }

  @Mutation(() => CourseEdition, { description: 'Staff create a DRAFT edition' })
  async createCourseEdition(
    @Arg('input', () => CreateCourseEditionInput) input: CreateCourseEditionInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CourseEdition> {
    return new EditionService(ctx.em).create(ctx.caller, input);
  }

  @Mutation(() => [CourseSession], { description: 'Staff or the edition’s training body add sessions (dates and hours)' })
  async addCourseSessions(
    @Arg('editionId', () => ID) editionId: string,
    @Arg('sessions', () => [CourseSessionInput]) sessions: CourseSessionInput[],
    @Ctx() ctx: SubgraphContext,
  ): Promise<CourseSession[]> {
    return new EditionService(ctx.em).addSessions(ctx.caller, editionId, sessions);
  }

  @Mutation(() => [CourseHiringCommitment], { description: 'Staff replace the companies committed to hire (2.b)' })
  async setCourseHiringCommitments(
    @Arg('editionId', () => ID) editionId: string,
    @Arg('commitments', () => [HiringCommitmentInput]) commitments: HiringCommitmentInput[],
    @Ctx() ctx: SubgraphContext,
  ): Promise<CourseHiringCommitment[]> {
    const rows = await new EditionService(ctx.em).setHiringCommitments(ctx.caller, editionId, commitments);
    return rows.map((c) => ({
      id: c.id,
      company: { id: c.companyId },
      vacancy: c.vacancyId ? { id: c.vacancyId } : null,
      positions: c.positions,
    }));
  }

  @Mutation(() => CourseEdition, { description: 'DRAFT → ACTIVE; a PROFESSIONAL (2.b) course needs identified positions first' })
  async activateCourseEdition(@Arg('editionId', () => ID) editionId: string, @Ctx() ctx: SubgraphContext): Promise<CourseEdition> {
    return new EditionService(ctx.em).activate(ctx.caller, editionId);
  }

  @Mutation(() => CourseRiskSharePosition, {
    description:
      'Staff create an agreement or change its window; the 30% share and the terms of an existing agreement: ADMIN only. A reason is required (audited)',
  })
  async setRiskShareAgreement(
    @Arg('editionId', () => ID) editionId: string,
    @Arg('input', () => RiskShareAgreementInput) input: RiskShareAgreementInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CourseRiskSharePosition> {
    const service = new RiskShareService(ctx.em);
    await service.setAgreement(ctx.caller, editionId, input);
    const edition = await new EditionService(ctx.em).get(editionId);
    const [position] = await service.positions([edition]);
    if (!position) throw new Error('agreement not found after saving');
    return positionView(position, edition.totalCostCents);
  }

  @Mutation(() => CourseRiskShareSettlement, {
    description:
      'Staff settle the edition after its window closed, with asOf after the window end and not after today (Europe/Rome); once: a second call returns the same settlement',
  })
  async settleRiskShare(
    @Arg('editionId', () => ID) editionId: string,
    @Arg('asOf', () => String) asOf: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CourseRiskShareSettlement> {
    return settlementView(await new RiskShareService(ctx.em).settle(ctx.caller, editionId, asOf));
  }

  @Mutation(() => [CourseRiskShareSettlement], {
    description: 'Settle every edition whose window closed before asOf, not after today (what the daily job does with today)',
  })
  async settleDueRiskShares(@Arg('asOf', () => String) asOf: string, @Ctx() ctx: SubgraphContext): Promise<CourseRiskShareSettlement[]> {
    return (await new RiskShareService(ctx.em).settleAllDue(ctx.caller, asOf)).map(settlementView);
  }
}
