import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { Grant, GrantExpenseLine } from '../entities/grant.entity.js';
import { ProjectRef } from '../entities/project.ref.js';
import { addExpenseLine } from '../services/grant.service.js';
import { requestMoneyOperation, type OperationOutcome } from '../services/approval.service.js';
import { MoneyOperationKind } from '../entities/approval.entity.js';
import { GrantOutcome } from '../dto/approval.types.js';
import { grantDisbursedCents, grantExpenseLines, listGrants, projectGrants, visibleGrant } from '../services/grant-query.service.js';
import { GrantExpenseLineInput, GrantTrancheInput } from '../dto/finance.input.js';

@Resolver(() => Grant)
export class GrantResolver {
  @Query(() => [Grant], { description: 'Fondo perduto grants: staff see all, an applicant or beneficiary its own' })
  async grants(@Ctx() ctx: SubgraphContext): Promise<Grant[]> {
    return listGrants(ctx);
  }

  @Query(() => Grant)
  async grant(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Grant> {
    return visibleGrant(ctx, id);
  }

  @FieldResolver(() => ProjectRef)
  project(@Root() grant: Grant): ProjectRef {
    return { id: grant.projectId };
  }

  @FieldResolver(() => [GrantExpenseLine])
  async expenseLines(@Root() grant: Grant, @Ctx() ctx: SubgraphContext): Promise<GrantExpenseLine[]> {
    return grantExpenseLines(ctx, grant.id);
  }

  @FieldResolver(() => Int, { description: 'Paid out so far against receipts' })
  async disbursedCents(@Root() grant: Grant, @Ctx() ctx: SubgraphContext): Promise<number> {
    return grantDisbursedCents(ctx, 'grant_id', grant.id);
  }

  @Mutation(() => GrantExpenseLine, { description: 'Staff: a planned expense of a grant (category totals within the grant)' })
  async addGrantExpenseLine(
    @Arg('input', () => GrantExpenseLineInput) input: GrantExpenseLineInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<GrantExpenseLine> {
    requireStaff(ctx.caller);
    return addExpenseLine(ctx.em, input);
  }

  @Mutation(() => GrantOutcome, { description: 'Staff: pays a tranche of a grant against receipts (maker-checker)' })
  async disburseGrantTranche(
    @Arg('input', () => GrantTrancheInput) input: GrantTrancheInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OperationOutcome<Grant>> {
    return requestMoneyOperation(ctx.em, ctx.caller, MoneyOperationKind.DISBURSE_GRANT_TRANCHE, input);
  }
}

@Resolver(() => GrantExpenseLine)
export class GrantExpenseLineResolver {
  @FieldResolver(() => Int)
  async disbursedCents(@Root() line: GrantExpenseLine, @Ctx() ctx: SubgraphContext): Promise<number> {
    return grantDisbursedCents(ctx, 'expense_line_id', line.id);
  }
}

/** Adds `grants` to the projects subgraph's Project. */
@Resolver(() => ProjectRef)
export class ProjectGrantsResolver {
  @FieldResolver(() => [Grant], { nullable: true, description: 'Grants of the project (null only when the finance service cannot answer)' })
  async grants(@Root() project: ProjectRef, @Ctx() ctx: SubgraphContext): Promise<Grant[]> {
    return projectGrants(ctx, project.id);
  }
}
