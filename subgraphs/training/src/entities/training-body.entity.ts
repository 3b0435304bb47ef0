import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A partner training body (ente di formazione: Seneca, Ecipar, IRECOOP, ...). */
@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ tableName: 'training_body' })
export class TrainingBody {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text', unique: true })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  email: string | null = null;
}
