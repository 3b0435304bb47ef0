import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { InviteToInterviewInput, MyJobInterview } from '../dto/interview.input.js';
import { CandidateRecord } from '../entities/candidate.entity.js';
import { InterviewInvitationService } from '../services/interview-invitation.service.js';

@Resolver(() => MyJobInterview)
export class InterviewInvitationResolver {
  @Mutation(() => CandidateRecord, {
    description:
      'Company (its own proposed candidates) or staff: invite to a job interview on a day and time (Europe/Rome) at a place or by link; reschedules one already invited. The person sees it and gets a mail',
  })
  async inviteToInterview(
    @Arg('input', () => InviteToInterviewInput) input: InviteToInterviewInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CandidateRecord> {
    return new InterviewInvitationService(ctx.em).invite(ctx.caller, input);
  }

  @Query(() => [MyJobInterview], { description: 'The signed-in person: the job interviews companies invited them to, soonest first' })
  async myJobInterviews(@Ctx() ctx: SubgraphContext): Promise<MyJobInterview[]> {
    return new InterviewInvitationService(ctx.em).mine(ctx.caller);
  }
}
