import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import {
  CourseRiskShareAgreementChange,
  CourseRiskSharePosition,
  CourseRiskShareSettlement,
  CourseRiskShareSettlementRevision,
} from '../dto/risk-share.types.js';
import { agreementChangeView, revisionView } from '../dto/views.js';
import { RiskShareService } from '../services/risk-share.service.js';

/** A settlement's adjustments (reached only through `CourseEdition.riskShare`, which checks who may manage the edition). */
@Resolver(() => CourseRiskShareSettlement)
export class RiskShareSettlementResolver {
  @FieldResolver(() => [CourseRiskShareSettlementRevision], { description: 'Adjustments after settlement, newest first' })
  async revisions(@Root() s: CourseRiskShareSettlement, @Ctx() ctx: SubgraphContext): Promise<CourseRiskShareSettlementRevision[]> {
    return (await new RiskShareService(ctx.em).revisionsOf(s.id)).map(revisionView);
  }
}

/** An agreement's audit (who, when, why, terms before and after). */
@Resolver(() => CourseRiskSharePosition)
export class RiskSharePositionResolver {
  @FieldResolver(() => [CourseRiskShareAgreementChange], { description: 'Creation and changes of the agreement, newest first' })
  async changes(@Root() p: CourseRiskSharePosition, @Ctx() ctx: SubgraphContext): Promise<CourseRiskShareAgreementChange[]> {
    return (await new RiskShareService(ctx.em).changesOf(p.editionId)).map(agreementChangeView);
  }
}
