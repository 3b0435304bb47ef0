import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { ApprovalRequest, ApprovalRule, ApprovalRuleChange, ApprovalState } from '../entities/approval.entity.js';
import {
  approveRequest,
  listRequests,
  listRuleChanges,
  listRules,
  oneRequest,
  proposeRuleChange,
  rejectRequest,
} from '../services/approval.service.js';
import { approvalChanges, approvalResult } from '../services/approval-query.service.js';
import { UserRef } from '../entities/user.ref.js';
import { ApprovalChange, ApprovalLedgerLine, ApprovalResult, ApprovalRuleChangeInput } from '../dto/approval.types.js';

@Resolver(() => ApprovalRequest)
export class ApprovalResolver {
  @Query(() => [ApprovalRequest], { description: 'Staff: maker-checker requests, newest first (state filter; mine: those I prepared)' })
  approvalRequests(
    @Ctx() ctx: SubgraphContext,
    @Arg('state', () => ApprovalState, { nullable: true }) state?: ApprovalState | null,
    @Arg('mine', () => Boolean, { nullable: true }) mine?: boolean | null,
    @Arg('first', () => Int, { defaultValue: 100 }) first = 100,
  ): Promise<ApprovalRequest[]> {
    return listRequests(ctx.em, ctx.caller, { state, mine, first });
  }

  @Query(() => ApprovalRequest, { description: 'Staff: one maker-checker request' })
  approvalRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<ApprovalRequest> {
    return oneRequest(ctx.em, ctx.caller, id);
  }

  @Query(() => [ApprovalRule], { description: 'Staff: which money operations need a second person, from which amount, who approves' })
  approvalRules(@Ctx() ctx: SubgraphContext): Promise<ApprovalRule[]> {
    return listRules(ctx.em, ctx.caller);
  }

  @Query(() => [ApprovalRuleChange], { description: 'Staff: the audit of approved rule changes, newest first' })
  approvalRuleChanges(@Ctx() ctx: SubgraphContext): Promise<ApprovalRuleChange[]> {
    return listRuleChanges(ctx.em, ctx.caller);
  }

  @Mutation(() => ApprovalRequest, {
    description: 'Staff (not the maker, allowed by the rule): approves a request; its effect (ledger lines, events) happens now',
  })
  approveApprovalRequest(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: SubgraphContext,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<ApprovalRequest> {
    return approveRequest(ctx.em, ctx.caller, id, note);
  }

  @Mutation(() => ApprovalRequest, {
    description: 'Staff (not the maker, allowed by the rule): rejects a request with a reason; nothing is booked',
  })
  rejectApprovalRequest(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ApprovalRequest> {
    return rejectRequest(ctx.em, ctx.caller, id, reason);
  }

  @Mutation(() => ApprovalRequest, { description: 'ADMIN: proposes a change of an approval rule (always approved by a second person)' })
  proposeApprovalRuleChange(
    @Arg('input', () => ApprovalRuleChangeInput) input: ApprovalRuleChangeInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ApprovalRequest> {
    return proposeRuleChange(ctx.em, ctx.caller, input);
  }

  @FieldResolver(() => String, { description: 'The full content of the operation (JSON)' })
  payloadJson(@Root() r: ApprovalRequest): string {
    return JSON.stringify(r.payload);
  }

  @FieldResolver(() => [ApprovalLedgerLine], { description: 'The journal lines it writes when approved (none when rejected)' })
  ledgerLines(@Root() r: ApprovalRequest): ApprovalLedgerLine[] {
    return r.preview.ledgerLines.map((l) => ({
      account: l.account,
      amountCents: l.amountCents,
      bookedOn: l.bookedOn,
      memo: l.memo,
      loanId: (l.dimensions.loanId as string | undefined) ?? null,
      grantId: (l.dimensions.grantId as string | undefined) ?? null,
      budgetLineId: (l.dimensions.budgetLineId as string | undefined) ?? null,
      installmentNumber: (l.dimensions.installmentNumber as number | undefined) ?? null,
    }));
  }

  @FieldResolver(() => [ApprovalChange], { description: 'What changes on the target: each value before and after' })
  changes(@Root() r: ApprovalRequest): ApprovalChange[] {
    return approvalChanges(r.preview);
  }

  @FieldResolver(() => Boolean, { description: 'Still pending after its due time' })
  overdue(@Root() r: ApprovalRequest): boolean {
    return r.state === ApprovalState.PENDING && r.dueAt.getTime() < Date.now();
  }

  @FieldResolver(() => Boolean, { description: 'Prepared by the caller (who may therefore not decide it)' })
  mine(@Root() r: ApprovalRequest, @Ctx() ctx: SubgraphContext): boolean {
    return r.makerId === ctx.caller.userId;
  }

  @FieldResolver(() => UserRef, { nullable: true, description: 'Who prepared it (named for staff callers)' })
  maker(@Root() r: ApprovalRequest): UserRef {
    return { id: r.makerId };
  }

  @FieldResolver(() => UserRef, { nullable: true, description: 'Who decided it, once decided' })
  decider(@Root() r: ApprovalRequest): UserRef | null {
    return r.deciderId ? { id: r.deciderId } : null;
  }

  @FieldResolver(() => ApprovalResult, { nullable: true, description: 'What it produced, once approved' })
  result(@Root() r: ApprovalRequest, @Ctx() ctx: SubgraphContext): Promise<object | null> {
    return approvalResult(ctx.em, r);
  }
}
