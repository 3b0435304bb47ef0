import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { personalDataResolver, requirePersonalDataAccess, type SubgraphContext } from '@ixl/subgraph-kit';
import { Beneficiary } from '../entities/beneficiary.entity.js';
import { AuditEntry } from '../entities/audit-entry.entity.js';
import { ConsentRecord } from '../entities/consent-record.entity.js';
import { UserAccount } from '../entities/user-account.entity.js';
import { ConsentService } from '../services/consent.service.js';
import { ErasureService } from '../services/erasure.service.js';
import { SessionService } from '../services/session.service.js';
import { tokenSettings } from '../services/identity.service.js';
import { peoplePersonalData } from '../services/people-export.service.js';

@ObjectType()
class RefreshedSession {
  @Field(() => String, { description: 'New bearer token' }) token!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => String, { description: 'The next refresh token (this one is now used up)' }) refreshToken!: string;
  @Field(() => UserAccount) user!: UserAccount;
}

/** GDPR: erasure (ADMIN), consent withdrawal (the person), consent history; session refresh and logout. */
@Resolver(() => Beneficiary)
export class PrivacyResolver {
  @Mutation(() => Beneficiary, {
    description: 'ADMIN: erase a person by pseudonymisation (statistics kept; every subgraph told; no more login)',
  })
  eraseBeneficiary(@Arg('beneficiaryId', () => ID) beneficiaryId: string, @Ctx() ctx: SubgraphContext): Promise<Beneficiary> {
    return new ErasureService(ctx.em).erase(ctx.caller, beneficiaryId);
  }

  @Mutation(() => Beneficiary, { description: 'The person withdraws the privacy consent: out of matching, no offer alerts or newsletters' })
  withdrawPrivacyConsent(
    @Arg('noticeVersion', () => String, { nullable: true }) noticeVersion: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Beneficiary> {
    return new ConsentService(ctx.em).withdraw(ctx.caller, noticeVersion);
  }

  @FieldResolver(() => [ConsentRecord], { description: 'Consent decisions with notice version and time (the person, staff)' })
  consentHistory(@Root() b: Beneficiary, @Ctx() ctx: SubgraphContext): Promise<ConsentRecord[]> {
    requirePersonalDataAccess(ctx.caller, b.id);
    return new ConsentService(ctx.em).history(b);
  }

  @Mutation(() => RefreshedSession, {
    description: 'Exchanges a refresh token (from login) for a new access token and a new refresh token',
  })
  refreshSession(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: SubgraphContext): Promise<RefreshedSession> {
    return new SessionService(ctx.em).refresh(refreshToken, tokenSettings(ctx.config));
  }

  @Mutation(() => Boolean, { description: 'Ends the session: the refresh token (and every token rotated from it) is revoked' })
  logout(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    return new SessionService(ctx.em).revoke(refreshToken);
  }
}

@Resolver(() => AuditEntry)
export class AuditEntryFieldsResolver {
  @FieldResolver(() => [String], { description: 'CHANGE entries: the fields that changed (names only)' })
  fields(@Root() entry: AuditEntry): string[] {
    const fields = entry.extra?.fields;
    return Array.isArray(fields) ? fields.filter((f): f is string => typeof f === 'string') : [];
  }
}

export const PeoplePersonalDataResolver = personalDataResolver('people', Beneficiary as unknown as new () => { id: string }, (ctx, id) =>
  peoplePersonalData(ctx.em, ctx.caller, id),
);
