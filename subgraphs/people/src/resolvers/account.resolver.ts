import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { UserAccount, RoleEnum } from '../entities/user-account.entity.js';
import { AccountService } from '../services/account.service.js';
import { LoginThrottleService } from '../services/login-throttle.service.js';
import type { Role } from '@ixl/auth';

export enum AccountLinkPurpose {
  RESET = 'RESET',
  INVITATION = 'INVITATION',
}
registerEnumType(AccountLinkPurpose, { name: 'AccountLinkPurpose', description: 'Why a password link was sent' });

@ObjectType({ description: 'A password link that still works (an unknown, used or expired one is an error)' })
class PasswordLink {
  @Field(() => AccountLinkPurpose)
  purpose!: AccountLinkPurpose;

  @Field(() => String, { description: 'The account the link is for (whoever holds the link has the mailbox)' })
  email!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@ObjectType()
class PasswordSet {
  @Field(() => String, { description: 'The account to sign in with' })
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;
}

@InputType()
class InviteUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { description: 'Name and surname' })
  displayName!: string;

  @Field(() => RoleEnum, { description: 'COMPANY or TRAINING_BODY' })
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'The company (role COMPANY)' })
  companyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The training body (role TRAINING_BODY)' })
  trainingBodyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Its name, for the invitation mail' })
  organisationName?: string | null;
}

@Resolver()
export class AccountResolver {
  @Mutation(() => Boolean, {
    description:
      'Public: "Password dimenticata?": mails a single-use link (1 h) to the account with this address. Always true, whether or not the address has an account',
  })
  requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    const throttle = new LoginThrottleService(ctx.em, ctx.config.people.loginLimit, ctx.config.internalSecret);
    return new AccountService(ctx.em, ctx.config.publicUrl).requestReset(email, { service: throttle, clientIp: ctx.caller.clientIp });
  }

  @Query(() => PasswordLink, { description: 'Public: what a password link (reset or invitation) is for, if it still works' })
  passwordLink(@Arg('token', () => String) token: string, @Ctx() ctx: SubgraphContext): Promise<PasswordLink> {
    return new AccountService(ctx.em, ctx.config.publicUrl).describeLink(token) as Promise<PasswordLink>;
  }

  @Mutation(() => PasswordSet, {
    description: 'Public: sets the password from a reset or invitation link (single use); ends the account’s sessions',
  })
  resetPassword(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PasswordSet> {
    return new AccountService(ctx.em, ctx.config.publicUrl).setPassword(token, password);
  }

  @Mutation(() => UserAccount, {
    description: 'ADMIN: creates a company or training-body user without a password and mails the first-password link (72 h)',
  })
  inviteUser(@Arg('input', () => InviteUserInput) input: InviteUserInput, @Ctx() ctx: SubgraphContext): Promise<UserAccount> {
    return new AccountService(ctx.em, ctx.config.publicUrl).invite(ctx.caller, input);
  }
}

/** A User named by another subgraph (finance's approvals): staff accounts, for staff callers only (else null). */
export function resolveUserReference(ref: { id: string }, ctx: SubgraphContext): Promise<UserAccount | null> {
  return loader<string, UserAccount | null>(ctx, 'staff-account', (ids) => new AccountService(ctx.em).staffAccounts(ctx.caller, ids)).load(
    ref.id,
  );
}
