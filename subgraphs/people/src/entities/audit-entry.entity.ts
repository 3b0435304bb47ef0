import { Entity, Enum, Index, JsonType, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { PersonalDataAction } from './enums.js';

/** Who read a person's personal data, when and how (GDPR accountability). */
@ObjectType('PersonalDataAuditEntry')
@Entity({ tableName: 'personal_data_audit' })
@Index({ properties: ['beneficiaryId', 'at'] })
@Index({ properties: ['actorId', 'at'] })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => Date)
  @Index()
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Field(() => String)
  @Property({ type: 'text' })
  actorId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  actorRole!: string;

  @Field(() => PersonalDataAction)
  @Enum({ items: () => PersonalDataAction, type: 'text' })
  action!: PersonalDataAction;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Field(() => String, { nullable: true, description: 'Operation or document read' })
  @Property({ type: 'text', nullable: true })
  detail: string | null = null;

  @Property({ type: JsonType, nullable: true })
  extra: Record<string, unknown> | null = null;
}
