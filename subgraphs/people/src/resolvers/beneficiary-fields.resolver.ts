import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { DomainError, ReadableBy, type SubgraphContext } from '@ixl/subgraph-kit';
import { findMunicipality } from '@ixl/territory';
import { Beneficiary } from '../entities/beneficiary.entity.js';
import { Assessment } from '../entities/assessment.entity.js';
import { BeneficiaryDocument } from '../entities/document.entity.js';
import { ContactAttempt } from '../entities/contact-attempt.entity.js';
import { Interview } from '../entities/interview.entity.js';
import { ServiceRecord } from '../entities/service-record.entity.js';
import { StatusChange } from '../entities/status-change.entity.js';
import { ProfileChange } from '../entities/profile-change.entity.js';
import { isStaff } from '@ixl/auth';
import { FragilityProfile, FuoriProtocolloReason, Readiness } from '../entities/enums.js';
import { interviewSla } from '../services/interview.service.js';
import { fuoriProtocolloProposal } from '../services/fuori-protocollo.service.js';
import { requireStaffReader, rowsPerPerson } from '../services/person-rows.service.js';
import { ageOn, isoDateInRome } from '@ixl/calendar';

@ObjectType()
export class InterviewSlaView {
  @Field(() => String, { description: 'Registration + 15 days (Europe/Rome)' }) dueDate!: string;
  @Field(() => Int, { description: 'Days from registration to the interview, or to today while waiting' }) daysWaited!: number;
  @Field(() => Boolean) overdue!: boolean;
  @Field(() => Date, { nullable: true }) interviewedAt!: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'Interviewed within the due date (null while waiting)' }) metSla!: boolean | null;
}

@ObjectType()
export class FuoriProtocolloProposalView {
  @Field(() => Boolean) propose!: boolean;
  @Field(() => FuoriProtocolloReason, { nullable: true }) reason!: FuoriProtocolloReason | null;
  @Field(() => String, { nullable: true }) explanation!: string | null;
  @Field(() => Int) unansweredCalls!: number;
  @Field(() => Int) missedInterviews!: number;
}

@Resolver(() => Beneficiary)
export class BeneficiaryFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Name of the residence municipality' })
  municipalityName(@Root() b: Beneficiary): string | null {
    return b.municipalityName ?? findMunicipality(b.municipalityCode)?.name ?? null;
  }

  @FieldResolver(() => Int)
  age(@Root() b: Beneficiary): number {
    return ageOn(b.birthDate, isoDateInRome(new Date()));
  }

  @FieldResolver(() => FragilityProfile, { nullable: true, description: 'STAFF/ADMIN only' })
  @ReadableBy('STAFF', 'ADMIN')
  profile(@Root() b: Beneficiary): FragilityProfile | null {
    return b.profile;
  }

  @FieldResolver(() => Readiness, { nullable: true, description: 'STAFF/ADMIN only' })
  @ReadableBy('STAFF', 'ADMIN')
  readiness(@Root() b: Beneficiary): Readiness | null {
    return b.readiness;
  }

  @FieldResolver(() => InterviewSlaView, { description: 'The 15-day intake interview SLA' })
  interviewSla(@Root() b: Beneficiary): InterviewSlaView {
    return interviewSla(b);
  }

  @FieldResolver(() => [StatusChange], { description: 'STAFF/ADMIN only: lifecycle history, oldest first' })
  statusHistory(@Root() b: Beneficiary, @Ctx() ctx: SubgraphContext): Promise<StatusChange[]> {
    requireStaffReader(ctx);
    return rowsPerPerson(ctx, StatusChange, { at: 'asc' }, b.id);
  }

  @FieldResolver(() => [ProfileChange], {
    description:
      'Profile edits (skills, languages, education, availability…): who changed which field from what to what, newest first; staff and the person',
  })
  profileHistory(@Root() b: Beneficiary, @Ctx() ctx: SubgraphContext): Promise<ProfileChange[]> {
    if (!isStaff(ctx.caller) && !(ctx.caller.role === 'BENEFICIARY' && ctx.caller.beneficiaryId === b.id))
      throw new DomainError('PROFILE_HISTORY_FORBIDDEN', {});
    return rowsPerPerson(ctx, ProfileChange, { at: 'desc' }, b.id);
  }

  @FieldResolver(() => [Interview], { description: 'Intake interviews, newest first' })
  interviews(@Root() b: Beneficiary, @Ctx() ctx: SubgraphContext): Promise<Interview[]> {
    return rowsPerPerson(ctx, Interview, { scheduledAt: 'desc' }, b.id);
  }

  @FieldResolver(() => [ContactAttempt], { description: 'STAFF/ADMIN only' })
  @ReadableBy('STAFF', 'ADMIN')
  contactAttempts(@Root() b: Beneficiary, @Ctx() ctx: SubgraphContext): Promise<ContactAttempt[]> {
    return rowsPerPerson(ctx, ContactAttempt, { at: 'desc' }, b.id);
  }

  @FieldResolver(() => [Assessment], { description: 'STAFF/ADMIN only: fragility assessments, newest first' })
  @ReadableBy('STAFF', 'ADMIN')
  assessments(@Root() b: Beneficiary, @Ctx() ctx: SubgraphContext): Promise<Assessment[]> {
    return rowsPerPerson(ctx, Assessment, { assessedAt: 'desc' }, b.id);
  }

  @FieldResolver(() => [ServiceRecord], { description: 'Services: CV review, job-offer alerts, Italian lessons, IPS' })
  services(@Root() b: Beneficiary, @Ctx() ctx: SubgraphContext): Promise<ServiceRecord[]> {
    return rowsPerPerson(ctx, ServiceRecord, { startedOn: 'desc' }, b.id);
  }

  @FieldResolver(() => [BeneficiaryDocument], { description: 'Uploaded documents (download at /files/people/documents/<id>)' })
  documents(@Root() b: Beneficiary, @Ctx() ctx: SubgraphContext): Promise<BeneficiaryDocument[]> {
    return rowsPerPerson(ctx, BeneficiaryDocument, { uploadedAt: 'desc' }, b.id);
  }

  @FieldResolver(() => FuoriProtocolloProposalView, { description: 'STAFF/ADMIN only: whether the rules propose fuori protocollo' })
  @ReadableBy('STAFF', 'ADMIN')
  fuoriProtocolloProposal(@Root() b: Beneficiary, @Ctx() ctx: SubgraphContext): Promise<FuoriProtocolloProposalView> {
    return fuoriProtocolloProposal(ctx.em, b);
  }
}

@Resolver(() => BeneficiaryDocument)
export class DocumentFieldsResolver {
  @FieldResolver(() => String, { description: 'Download path on the gateway (send the Authorization header)' })
  downloadPath(@Root() d: BeneficiaryDocument): string {
    return `/files/people/documents/${d.id}`;
  }
}

@Resolver(() => Interview)
export class InterviewFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'STAFF/ADMIN only' })
  @ReadableBy('STAFF', 'ADMIN')
  outcomeNotes(@Root() i: Interview): string | null {
    return i.outcomeNotes;
  }
}
