import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** One changed field of a profile edit: the values before and after, as JSON text (null: empty). */
@ObjectType('BeneficiaryProfileFieldChange')
export class ProfileFieldChange {
  @Field(() => String, { description: 'The BeneficiaryProfileInput field, e.g. skills, italianLevel' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'JSON of the value before the change (null when empty)' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the value after the change (null when empty)' })
  after!: string | null;
}

/** One edit of a person's profile: who (account, role, name at the time), when, and each field before and after. */
@ObjectType('BeneficiaryProfileChange')
@Entity({ tableName: 'profile_change' })
@Index({ properties: ['beneficiaryId', 'at'] })
export class ProfileChange {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Field(() => String, { description: 'User id of who made the change' })
  @Property({ type: 'text' })
  actorId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  actorRole!: string;

  @Field(() => String, { description: 'Display name of the account that made the change, as it was then' })
  @Property({ type: 'text' })
  actorName!: string;

  @Field(() => [ProfileFieldChange])
  @Property({ type: 'jsonb' })
  changes: ProfileFieldChange[] = [];
}
