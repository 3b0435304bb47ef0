import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { AuditEntry } from '../entities/audit-entry.entity.js';
import { PersonalDataAction } from '../entities/enums.js';
import { AUDIT_SOURCES, AuditService } from '../services/audit.service.js';

@ObjectType()
class PersonalDataAuditPage {
  @Field(() => [AuditEntry]) nodes!: AuditEntry[];
  @Field(() => Int) totalCount!: number;
}

@Resolver()
export class AuditResolver {
  @Query(() => PersonalDataAuditPage, {
    description: 'ADMIN: who read or changed which person’s personal data, where (`detail` = `<subgraph>:<what>`), newest first',
  })
  personalDataAudit(
    @Arg('beneficiaryId', () => ID, { nullable: true }) beneficiaryId: string | null,
    @Arg('actorId', () => String, { nullable: true }) actorId: string | null,
    @Arg('action', () => PersonalDataAction, { nullable: true }) action: PersonalDataAction | null,
    @Arg('source', () => String, {
      nullable: true,
      description: `Subgraph where the data was read or changed: ${AUDIT_SOURCES.slice(0, -1).join(', ')} or ${AUDIT_SOURCES.at(-1)}`,
    })
    source: string | null,
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PersonalDataAuditPage> {
    return new AuditService(ctx.em).search(ctx.caller, { beneficiaryId, actorId, action, source, from, to, first });
  }
}
