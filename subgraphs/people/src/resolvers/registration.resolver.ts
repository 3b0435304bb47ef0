import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireAuthenticated, type SubgraphContext } from '@ixl/subgraph-kit';
import { Notifier } from '../services/notifier.service.js';
import { tokenSettings } from '../services/identity.service.js';
import { Beneficiary } from '../entities/beneficiary.entity.js';
import { UserAccount } from '../entities/user-account.entity.js';
import { RegisterBeneficiaryInput } from '../dto/registration.input.js';
import { BeneficiaryProfileInput } from '../dto/profile.input.js';
import { PRIVACY_NOTICE_VERSION, RegistrationService } from '../services/registration.service.js';
import { ProfileService } from '../services/profile.service.js';
import { BeneficiaryService } from '../services/beneficiary.service.js';
import { DemoDataService } from '../services/demo-data.service.js';
import { LoginThrottleService } from '../services/login-throttle.service.js';

@ObjectType()
class RegistrationResult {
  @Field(() => Beneficiary)
  beneficiary!: Beneficiary;

  @Field(() => String, { description: 'Bearer token: the person is logged in after registering' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => UserAccount)
  user!: UserAccount;

  @Field(() => String, { description: 'Refresh token for refreshSession (rotated on each use, revoked by logout), as after login' })
  refreshToken!: string;
}

@Resolver()
export class RegistrationResolver {
  @Query(() => String, { description: 'Version of the privacy notice registration must accept' })
  currentPrivacyNoticeVersion(): string {
    return PRIVACY_NOTICE_VERSION;
  }

  @Query(() => Boolean, { description: 'Public: whether the demo data (and its demo logins) is loaded; sign-in pages show them only then' })
  demoDataLoaded(@Ctx() ctx: SubgraphContext): Promise<boolean> {
    return new DemoDataService(ctx.em).loaded();
  }

  @Mutation(() => RegistrationResult, { description: 'Public: registers a person (and its BENEFICIARY login)' })
  async registerBeneficiary(
    @Arg('input', () => RegisterBeneficiaryInput) input: RegisterBeneficiaryInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RegistrationResult> {
    await new LoginThrottleService(ctx.em, ctx.config.people.loginLimit, ctx.config.internalSecret).registration(
      ctx.caller.clientIp,
      ctx.config.people.registrationLimitPerIp,
    );
    return new RegistrationService(ctx.em, new Notifier(ctx.config.publicUrl)).register(input, tokenSettings(ctx.config));
  }

  @Mutation(() => Beneficiary, { description: 'The person itself or staff: contacts, education, languages, skills, jobs, availability' })
  async updateBeneficiaryProfile(
    @Arg('beneficiaryId', () => ID) beneficiaryId: string,
    @Arg('input', () => BeneficiaryProfileInput) input: BeneficiaryProfileInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Beneficiary> {
    return new ProfileService(ctx.em).update(ctx.caller, beneficiaryId, input);
  }

  @Query(() => Beneficiary, { nullable: true, description: "A beneficiary's own record (null for other accounts)" })
  async myBeneficiary(@Ctx() ctx: SubgraphContext): Promise<Beneficiary | null> {
    requireAuthenticated(ctx.caller);
    if (ctx.caller.role !== 'BENEFICIARY' || !ctx.caller.beneficiaryId) return null;
    return new BeneficiaryService(ctx.em).get(ctx.caller, ctx.caller.beneficiaryId);
  }
}
