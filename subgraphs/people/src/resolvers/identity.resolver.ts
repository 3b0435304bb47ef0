import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { UserAccount } from '../entities/user-account.entity.js';
import { IdentityService, tokenSettings } from '../services/identity.service.js';
import { startSession } from '../services/session.service.js';
import { LoginThrottleService } from '../services/login-throttle.service.js';

@ObjectType()
class LoginResult {
  @Field(() => String, {
    description: 'Bearer token for the Authorization header (short-lived: renew it with refreshSession before expiresAt)',
  })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => UserAccount)
  user!: UserAccount;

  @Field(() => String, { description: 'Refresh token for refreshSession (rotated on each use, revoked by logout)' })
  refreshToken!: string;
}

@Resolver()
export class IdentityResolver {
  @Mutation(() => LoginResult, { description: 'Exchanges email and password for an access token' })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LoginResult> {
    const throttle = new LoginThrottleService(ctx.em, ctx.config.people.loginLimit, ctx.config.internalSecret);
    const user = await new IdentityService(ctx.em).login(email, password, { service: throttle, clientIp: ctx.caller.clientIp });
    return { ...(await startSession(ctx.em, user, tokenSettings(ctx.config))), user };
  }

  @Query(() => UserAccount, { nullable: true, description: 'The logged-in account (null when anonymous)' })
  async me(@Ctx() ctx: SubgraphContext): Promise<UserAccount | null> {
    return new IdentityService(ctx.em).account(ctx.caller.userId);
  }
}
