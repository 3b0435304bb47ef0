import { Arg, Ctx, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { FuoriProtocolloReason } from '../entities/enums.js';
import { FuoriProtocolloSurveyService } from '../services/fp-survey.service.js';

@ObjectType({ description: 'Questionnaires queued for a wave' })
class PeopleSurveySendResult {
  @Field(() => String) wave!: string;
  @Field(() => Int) invited!: number;
  @Field(() => Int) alreadyInvited!: number;
  @Field(() => Int) skippedWithoutEmail!: number;
}

@ObjectType()
class PeopleSurveyShare {
  @Field(() => String) key!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true }) share!: number | null;
}

@ObjectType()
class PeopleSurveyDefinition {
  @Field(() => String) figure!: string;
  @Field(() => String) definition!: string;
}

@ObjectType({ description: 'Answers of the fuori-protocollo questionnaire, one wave' })
class PeopleFuoriProtocolloSurveyReport {
  @Field(() => String) wave!: string;
  @Field(() => Int) invited!: number;
  @Field(() => Int) answered!: number;
  @Field(() => Float, { nullable: true }) responseRate!: number | null;
  @Field(() => Int) working!: number;
  @Field(() => Float, { nullable: true }) workingShare!: number | null;
  @Field(() => [PeopleSurveyShare]) byContract!: PeopleSurveyShare[];
  @Field(() => Int) withOffers!: number;
  @Field(() => Float, { nullable: true }) withOffersShare!: number | null;
  @Field(() => Int) offersTotal!: number;
  @Field(() => [PeopleSurveyDefinition]) definitions!: PeopleSurveyDefinition[];
}

@ObjectType({ description: 'One questionnaire of a wave (staff view, without the link secret)' })
class PeopleFuoriProtocolloSurvey {
  @Field(() => ID) id!: string;
  @Field(() => ID) beneficiaryId!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => Date) sentAt!: Date;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
  @Field(() => Boolean, { nullable: true }) working!: boolean | null;
  @Field(() => String, { nullable: true }) contractType!: string | null;
  @Field(() => Int, { nullable: true }) offersReceived!: number | null;
}

@Resolver()
export class FuoriProtocolloSurveyResolver {
  @Mutation(() => PeopleSurveySendResult, {
    description: 'STAFF/ADMIN: mails the questionnaire to every person out of protocol (optionally one reason), once per person per wave',
  })
  peopleSendFuoriProtocolloSurvey(
    @Arg('wave', () => String) wave: string,
    @Arg('reason', () => FuoriProtocolloReason, { nullable: true }) reason: FuoriProtocolloReason | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PeopleSurveySendResult> {
    return new FuoriProtocolloSurveyService(ctx.em, ctx.config.publicUrl).send(ctx.caller, wave, reason);
  }

  @Mutation(() => Boolean, {
    description:
      'Answers the questionnaire: the person with the link token (no login), or staff with the survey id (answers given by phone or paper); once',
  })
  peopleAnswerFuoriProtocolloSurvey(
    @Arg('token', () => String, { nullable: true }) token: string | null,
    @Arg('surveyId', () => ID, { nullable: true }) surveyId: string | null,
    @Arg('working', () => Boolean) working: boolean,
    @Arg('contractType', () => String, {
      nullable: true,
      description: 'TEMPO_DETERMINATO, TEMPO_INDETERMINATO, IN_PROPRIO, A_CHIAMATA or OTHER (when working)',
    })
    contractType: string | null,
    @Arg('offersReceived', () => Int) offersReceived: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<boolean> {
    return new FuoriProtocolloSurveyService(ctx.em).answer(ctx.caller, { token, surveyId }, { working, contractType, offersReceived });
  }

  @Query(() => PeopleFuoriProtocolloSurveyReport, {
    description: 'STAFF/ADMIN: response rate, working share, contract types and offers received of a wave',
  })
  peopleFuoriProtocolloSurveyReport(
    @Arg('wave', () => String) wave: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PeopleFuoriProtocolloSurveyReport> {
    return new FuoriProtocolloSurveyService(ctx.em).report(ctx.caller, wave);
  }

  @Query(() => [PeopleFuoriProtocolloSurvey], { description: 'STAFF/ADMIN: the questionnaires of a wave' })
  peopleFuoriProtocolloSurveys(
    @Arg('wave', () => String) wave: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PeopleFuoriProtocolloSurvey[]> {
    return new FuoriProtocolloSurveyService(ctx.em).list(ctx.caller, wave);
  }
}
