import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireAuthenticated, type SubgraphContext } from '@ixl/subgraph-kit';
import { Notifier } from '../services/notifier.service.js';
import { Beneficiary } from '../entities/beneficiary.entity.js';
import { RegisterBeneficiaryInput } from '../dto/registration.input.js';
import { BeneficiaryProfileInput } from '../dto/profile.input.js';
import { PRIVACY_NOTICE_VERSION, RegistrationService } from '../services/registration.service.js';
import { ProfileService } from '../services/profile.service.js';
import { BeneficiaryService } from '../services/beneficiary.service.js';
import { DemoDataService } from '../services/demo-data.service.js';
import { LoginThrottleService } from '../services/login-throttle.service.js';

@ObjectType({ description: 'The answer to a registration: the same whether or not the person or the address is already known' })
class RegistrationReceipt {
  @Field(() => String, { description: 'Where the verification link was sent (the address given, normalised)' })
  email!: string;

  @Field(() => Date, { description: 'Until when the link works' })
  linkValidUntil!: Date;
}

@ObjectType()
class EmailVerificationResult {
  @Field(() => String, { description: 'The verified address: the login of the new account' })
  email!: string;
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

  @Mutation(() => RegistrationReceipt, {
    description:
      'Public: registers a person. The answer is the same whether or not the person or the address is known: a new one gets a verification link by mail (the account exists, and can sign in, once it is followed: verifyEmail), a known one is told by mail',
  })
  async registerBeneficiary(
    @Arg('input', () => RegisterBeneficiaryInput) input: RegisterBeneficiaryInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RegistrationReceipt> {
    await new LoginThrottleService(ctx.em, ctx.config.people.loginLimit, ctx.config.internalSecret).registration(
      ctx.caller.clientIp,
      ctx.config.people.registrationLimitPerIp,
    );
    return new RegistrationService(ctx.em, new Notifier(ctx.config.publicUrl), ctx.config.publicUrl).register(input);
  }

  @Mutation(() => EmailVerificationResult, {
    description: 'Public: the registration mail link (single use, 24 h); creates the person and the account, which can then sign in',
  })
  verifyEmail(@Arg('token', () => String) token: string, @Ctx() ctx: SubgraphContext): Promise<EmailVerificationResult> {
    return new RegistrationService(ctx.em, new Notifier(ctx.config.publicUrl), ctx.config.publicUrl).verify(token);
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
