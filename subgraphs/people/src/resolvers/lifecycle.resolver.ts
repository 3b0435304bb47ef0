import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { Notifier } from '../services/notifier.service.js';
import { Beneficiary, BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { ContactAttempt } from '../entities/contact-attempt.entity.js';
import { Interview } from '../entities/interview.entity.js';
import { ServiceRecord } from '../entities/service-record.entity.js';
import { ContactChannel, FuoriProtocolloReason, InterviewMode, ServiceKind } from '../entities/enums.js';
import { InterviewService } from '../services/interview.service.js';
import { FuoriProtocolloService } from '../services/fuori-protocollo.service.js';
import { StatusService } from '../services/status.service.js';
import { ServiceRecordService } from '../services/service-record.service.js';
import { FuoriProtocolloProposalView } from './beneficiary-fields.resolver.js';

@ObjectType()
class ContactAttemptResult {
  @Field(() => ContactAttempt) attempt!: ContactAttempt;
  @Field(() => FuoriProtocolloProposalView) proposal!: FuoriProtocolloProposalView;
}

/** Staff operations along a person's path. */
@Resolver()
export class LifecycleResolver {
  @Mutation(() => Interview, { description: 'Staff: schedules (or reschedules) the intake interview' })
  scheduleIntakeInterview(
    @Arg('beneficiaryId', () => ID) beneficiaryId: string,
    @Arg('scheduledAt', () => Date) scheduledAt: Date,
    @Arg('mode', () => InterviewMode) mode: InterviewMode,
    @Arg('operatorId', () => ID, { nullable: true, description: 'Default: the caller' }) operatorId: string | null,
    @Arg('location', () => String, { nullable: true }) location: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Interview> {
    return new InterviewService(ctx.em, new Notifier(ctx.config.publicUrl)).schedule(ctx.caller, {
      beneficiaryId,
      scheduledAt,
      mode,
      operatorId,
      location,
    });
  }

  @Mutation(() => Interview, { description: 'Staff: the interview was held (→ INTERVIEWED) or missed (→ REGISTERED)' })
  recordIntakeInterviewOutcome(
    @Arg('interviewId', () => ID) interviewId: string,
    @Arg('attended', () => Boolean) attended: boolean,
    @Arg('notes', () => String, { nullable: true }) notes: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Interview> {
    return new InterviewService(ctx.em).recordOutcome(ctx.caller, { interviewId, attended, notes });
  }

  @Mutation(() => ContactAttemptResult, { description: 'Staff: a call or message, answered or not; returns the fuori protocollo proposal' })
  recordContactAttempt(
    @Arg('beneficiaryId', () => ID) beneficiaryId: string,
    @Arg('channel', () => ContactChannel) channel: ContactChannel,
    @Arg('answered', () => Boolean) answered: boolean,
    @Arg('at', () => Date, { nullable: true, description: 'Default: now' }) at: Date | null,
    @Arg('notes', () => String, { nullable: true }) notes: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ContactAttemptResult> {
    return new FuoriProtocolloService(ctx.em).recordContactAttempt(ctx.caller, { beneficiaryId, channel, answered, at, notes });
  }

  @Mutation(() => Beneficiary, { description: 'Staff: puts a person out of protocol (working, unreachable, not collaborating)' })
  putBeneficiaryOutOfProtocol(
    @Arg('beneficiaryId', () => ID) beneficiaryId: string,
    @Arg('reason', () => FuoriProtocolloReason) reason: FuoriProtocolloReason,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Beneficiary> {
    return new FuoriProtocolloService(ctx.em, new Notifier(ctx.config.publicUrl)).putOutOfProtocol(ctx.caller, {
      beneficiaryId,
      reason,
      note,
    });
  }

  @Mutation(() => Beneficiary, { description: 'Staff: readmits a person out of protocol (back to where they were)' })
  readmitBeneficiary(
    @Arg('beneficiaryId', () => ID) beneficiaryId: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Beneficiary> {
    return new FuoriProtocolloService(ctx.em).readmit(ctx.caller, { beneficiaryId, note });
  }

  @Mutation(() => Beneficiary, { description: 'Staff: ACTIVE (in matching, training, IPS), back to IN_TARGET, or PLACED' })
  changeBeneficiaryStatus(
    @Arg('beneficiaryId', () => ID) beneficiaryId: string,
    @Arg('to', () => BeneficiaryStatus) to: BeneficiaryStatus,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Beneficiary> {
    return new StatusService(ctx.em).change(ctx.caller, { beneficiaryId, to, reason });
  }

  @Mutation(() => ServiceRecord, { description: 'Staff: starts a service (IPS: expected end 9 months after the start unless given)' })
  startBeneficiaryService(
    @Arg('beneficiaryId', () => ID) beneficiaryId: string,
    @Arg('kind', () => ServiceKind) kind: ServiceKind,
    @Arg('startedOn', () => String, { nullable: true }) startedOn: string | null,
    @Arg('expectedEndOn', () => String, { nullable: true }) expectedEndOn: string | null,
    @Arg('operatorId', () => ID, { nullable: true }) operatorId: string | null,
    @Arg('notes', () => String, { nullable: true }) notes: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ServiceRecord> {
    return new ServiceRecordService(ctx.em).start(ctx.caller, { beneficiaryId, kind, startedOn, expectedEndOn, operatorId, notes });
  }

  @Mutation(() => ServiceRecord, { description: 'Staff: ends a service' })
  endBeneficiaryService(
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('endedOn', () => String, { nullable: true }) endedOn: string | null,
    @Arg('notes', () => String, { nullable: true }) notes: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ServiceRecord> {
    return new ServiceRecordService(ctx.em).end(ctx.caller, { serviceId, endedOn, notes });
  }
}
