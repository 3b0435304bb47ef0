import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ConsentAction {
  GIVEN = 'GIVEN',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ConsentAction, { name: 'ConsentAction' });

/** One consent decision of a person: the privacy notice version and the time (GDPR accountability). */
@ObjectType('ConsentRecord')
@Entity({ tableName: 'consent_record' })
@Index({ properties: ['beneficiaryId', 'at'] })
export class ConsentRecord {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Field(() => ConsentAction)
  @Enum({ items: () => ConsentAction, type: 'text' })
  action!: ConsentAction;

  @Field(() => String, { description: 'Version of the privacy notice the decision refers to' })
  @Property({ type: 'text' })
  noticeVersion!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Property({ type: 'text' })
  actorId!: string;
}
