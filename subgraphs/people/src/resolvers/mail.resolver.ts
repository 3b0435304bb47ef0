import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { BeneficiaryFilter } from '../dto/beneficiary-filter.input.js';
import { Beneficiary } from '../entities/beneficiary.entity.js';
import { MailService } from '../services/mail.service.js';
import { Notifier } from '../services/notifier.service.js';

@InputType()
class MassMailInput {
  @Field(() => String) subject!: string;
  @Field(() => String) message!: string;
  @Field(() => BeneficiaryFilter, { nullable: true, description: 'The same filters as the staff search' })
  filter?: BeneficiaryFilter | null;
}

@ObjectType()
class MassMailBatch {
  @Field(() => ID) batchId!: string;
  @Field(() => Int, { description: 'Messages queued' }) recipients!: number;
  @Field(() => Int) skippedOptedOut!: number;
  @Field(() => Int) skippedWithoutEmail!: number;
}

@ObjectType()
class MassMailProgress {
  @Field(() => Int) total!: number;
  @Field(() => Int) sent!: number;
  @Field(() => Int) pending!: number;
  @Field(() => Int) failed!: number;
}

@ObjectType({ description: 'A mail in the local capture inbox (no SMTP server configured)' })
class CapturedMail {
  @Field(() => ID) id!: string;
  @Field(() => String) to!: string;
  @Field(() => String) subject!: string;
  @Field(() => String) text!: string;
  @Field(() => String) html!: string;
  @Field(() => Date) capturedAt!: Date;
}

@ObjectType({ description: 'A message that could not be delivered: given up, or waiting for a retry after an error' })
class MailDeliveryProblem {
  @Field(() => ID) id!: string;
  @Field(() => String) to!: string;
  @Field(() => String) subject!: string;
  @Field(() => String, { description: 'FAILED (no more attempts) or RETRYING' }) status!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { description: 'The error of the last attempt (e.g. the SMTP server did not answer in time)' }) lastError!: string;
  @Field(() => Date, { nullable: true, description: 'When the next attempt is due; null once FAILED' }) nextAttemptAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

@Resolver()
export class MailResolver {
  @Query(() => [MailDeliveryProblem], { description: 'Staff: mail that failed for good or waits for a retry after an error, newest first' })
  mailDeliveryProblems(
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<MailDeliveryProblem[]> {
    return new MailService(ctx.em).deliveryProblems(ctx.caller, first);
  }

  @Mutation(() => MassMailBatch, {
    description: 'Staff: a message to every person matching the filter (opt-outs respected, once per person)',
  })
  sendMassMail(@Arg('input', () => MassMailInput) input: MassMailInput, @Ctx() ctx: SubgraphContext): Promise<MassMailBatch> {
    return new MailService(ctx.em, new Notifier(ctx.config.publicUrl)).sendMassMail(ctx.caller, input);
  }

  @Query(() => MassMailProgress, { description: 'Staff: delivery progress of a mass mailing' })
  massMailProgress(@Arg('batchId', () => ID) batchId: string, @Ctx() ctx: SubgraphContext): Promise<MassMailProgress> {
    return new MailService(ctx.em).progress(ctx.caller, batchId);
  }

  @Mutation(() => Beneficiary, { description: 'Opt out of (or back into) offer alerts and newsletters: the person itself or staff' })
  setMailOptOut(
    @Arg('beneficiaryId', () => ID) beneficiaryId: string,
    @Arg('optOut', () => Boolean) optOut: boolean,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Beneficiary> {
    return new MailService(ctx.em).setOptOut(ctx.caller, beneficiaryId, optOut);
  }

  @Query(() => [CapturedMail], { description: 'Staff: the local mail inbox, newest first' })
  capturedMail(
    @Arg('to', () => String, { nullable: true }) to: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CapturedMail[]> {
    return new MailService(ctx.em).capturedMail(ctx.caller, to, first);
  }
}
