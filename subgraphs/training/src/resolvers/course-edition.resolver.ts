import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { forbidden, groupByKeys, requireAuthenticated, loadById, loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { CourseEdition } from '../entities/course-edition.entity.js';
import { CourseSession } from '../entities/course-session.entity.js';
import { CompanyRef } from '../entities/company.ref.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingBody } from '../entities/training-body.entity.js';
import { CourseKpiBasis } from '../entities/enums.js';
import { canManageEdition } from '../services/edition-access.js';
import { EditionService } from '../services/edition.service.js';
import { editionKpis } from '../services/kpi.service.js';
import { riskSharePositionOf } from '../services/risk-share.service.js';
import { TrainingService } from '../services/training.service.js';
import { CourseEditionKpis, CourseHiringCommitment } from '../dto/edition.types.js';
import { CourseRiskSharePosition } from '../dto/risk-share.types.js';
import { positionView } from '../dto/views.js';

/** The same visibility for `courseEdition(id)` and the federation reference resolver. */
export function visibleEdition(ctx: SubgraphContext, id: string): Promise<CourseEdition | null> {
  return loader<string, CourseEdition | null>(ctx, 'visibleEdition', (ids) =>
    new TrainingService(ctx.em).editionsByIds(ctx.caller, ids),
  ).load(id);
}

function requireManage(ctx: SubgraphContext, edition: CourseEdition): void {
  if (!canManageEdition(ctx.caller, edition)) throw forbidden();
}

@Resolver(() => CourseEdition)
export class CourseEditionResolver {
  @Query(() => [CourseEdition], { description: 'Staff: all editions; a training body: its own; a beneficiary: the active catalogue' })
  async courseEditions(@Ctx() ctx: SubgraphContext): Promise<CourseEdition[]> {
    return new TrainingService(ctx.em).editions(ctx.caller);
  }

  @Query(() => CourseEdition, { nullable: true, description: "One edition; a training body gets FORBIDDEN for another body's edition" })
  async courseEdition(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<CourseEdition | null> {
    requireAuthenticated(ctx.caller);
    const edition = await visibleEdition(ctx, id);
    if (!edition && ctx.caller.role !== 'STAFF' && ctx.caller.role !== 'ADMIN') throw forbidden();
    return edition;
  }

  @FieldResolver(() => TrainingBody)
  async trainingBody(@Root() edition: CourseEdition, @Ctx() ctx: SubgraphContext): Promise<TrainingBody | null> {
    return loadById(ctx, TrainingBody, edition.trainingBody.id);
  }

  @FieldResolver(() => [CourseSession])
  async sessions(@Root() edition: CourseEdition, @Ctx() ctx: SubgraphContext): Promise<CourseSession[]> {
    return loader<string, CourseSession[]>(ctx, 'sessionsByEdition', async (ids) =>
      groupByKeys(ids, await new EditionService(ctx.em).sessionsOf(ids), (s) => s.edition.id),
    ).load(edition.id);
  }

  @FieldResolver(() => [CourseHiringCommitment], { description: 'Companies committed to hire (and identified vacancies)' })
  async hiringCommitments(@Root() edition: CourseEdition, @Ctx() ctx: SubgraphContext): Promise<CourseHiringCommitment[]> {
    const rows = await loader<
      string,
      { id: string; edition: { id: string }; companyId: string; vacancyId: string | null; positions: number | null }[]
    >(ctx, 'commitmentsByEdition', async (ids) =>
      groupByKeys(ids, await new EditionService(ctx.em).commitmentsOf(ids), (c) => c.edition.id),
    ).load(edition.id);
    return rows.map((c) => ({
      id: c.id,
      company: { id: c.companyId },
      vacancy: c.vacancyId ? { id: c.vacancyId } : null,
      positions: c.positions,
    }));
  }

  @FieldResolver(() => [CompanyRef], { description: 'The companies committed to hire' })
  async committedCompanies(@Root() edition: CourseEdition, @Ctx() ctx: SubgraphContext): Promise<CompanyRef[]> {
    const commitments = await this.hiringCommitments(edition, ctx);
    return [...new Set(commitments.map((c) => c.company.id))].map((id) => ({ id }));
  }

  @FieldResolver(() => [Enrolment], { description: 'Participants (staff and the edition’s training body)' })
  async enrolments(@Root() edition: CourseEdition, @Ctx() ctx: SubgraphContext): Promise<Enrolment[]> {
    requireManage(ctx, edition);
    return loader<string, Enrolment[]>(ctx, 'enrolmentsByEdition', (ids) =>
      new TrainingService(ctx.em).enrolmentsOfEditions(ids, ctx.caller),
    ).load(edition.id);
  }

  @FieldResolver(() => CourseEditionKpis, { description: 'Course KPIs from the placements recorded by companies' })
  async kpis(
    @Root() edition: CourseEdition,
    @Ctx() ctx: SubgraphContext,
    @Arg('basis', () => CourseKpiBasis, { defaultValue: CourseKpiBasis.ALL_PARTICIPANTS }) basis: CourseKpiBasis,
    @Arg('windowMonths', () => Int, { nullable: true, description: 'Override the edition’s KPI window' }) windowMonths: number | null,
  ): Promise<CourseEditionKpis> {
    requireManage(ctx, edition);
    return (await editionKpis(ctx, edition.id, basis, windowMonths)) as CourseEditionKpis;
  }

  @FieldResolver(() => CourseRiskSharePosition, {
    nullable: true,
    description: 'Risk-sharing agreement and live position (staff and the edition’s body)',
  })
  async riskShare(@Root() edition: CourseEdition, @Ctx() ctx: SubgraphContext): Promise<CourseRiskSharePosition | null> {
    requireManage(ctx, edition);
    const view = await riskSharePositionOf(ctx, edition);
    return view ? positionView(view, edition.totalCostCents) : null;
  }
}
