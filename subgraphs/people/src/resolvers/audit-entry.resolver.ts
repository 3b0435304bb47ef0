import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ReadableBy, isUuid, loadById, type SubgraphContext } from '@ixl/subgraph-kit';
import { AuditEntry } from '../entities/audit-entry.entity.js';
import { Beneficiary } from '../entities/beneficiary.entity.js';
import { UserAccount } from '../entities/user-account.entity.js';

/**
 * The names in the access log (issue 20): who acted and whose data it was, batched per request (one query for all the
 * accounts and one for all the people of a page, not one per row). Only ADMIN reads the log.
 */
@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @ReadableBy('ADMIN')
  @FieldResolver(() => String, { nullable: true, description: 'The actor’s account name; null for the system or a deleted account' })
  async actorName(@Root() e: AuditEntry, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    if (!isUuid(e.actorId)) return null;
    return (await loadById(ctx, UserAccount, e.actorId))?.displayName ?? null;
  }

  @ReadableBy('ADMIN')
  @FieldResolver(() => String, { nullable: true, description: 'The person’s name; null once the record is erased' })
  async beneficiaryName(@Root() e: AuditEntry, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    const b = await loadById(ctx, Beneficiary, e.beneficiaryId);
    return b ? `${b.firstName} ${b.lastName}`.trim() : null;
  }
}
