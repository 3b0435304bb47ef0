import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GovernanceTable } from './enums.js';

/** A meeting of a governance table that was held (recorded afterwards, never ahead). */
@ObjectType()
@Entity({ tableName: 'governance_meeting' })
@Unique({ name: 'governance_meeting_table_held_on_unique', properties: ['table', 'heldOn'] })
export class GovernanceMeeting {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => GovernanceTable)
  @Enum({ items: () => GovernanceTable, type: 'text' })
  table!: GovernanceTable;

  @Field(() => String, { description: 'ISO date (Europe/Rome) the meeting was held' })
  @Property({ type: 'date' })
  heldOn!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  notes: string = '';

  @Property({ type: 'uuid', nullable: true })
  recordedBy: string | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}

/** The yearly work plan (piano di lavoro annuale): approved by the Tavolo di coordinamento, then presented publicly. */
@ObjectType()
@Entity({ tableName: 'work_plan' })
export class WorkPlan {
  @Field(() => Int, { description: 'The year the plan is for' })
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Field(() => String, { nullable: true, description: 'ISO date the Tavolo di coordinamento approved it' })
  @Property({ type: 'date', nullable: true })
  approvedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'ISO date the plan and the results were presented publicly' })
  @Property({ type: 'date', nullable: true })
  presentedOn: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
