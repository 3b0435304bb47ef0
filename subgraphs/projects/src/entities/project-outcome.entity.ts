import { ReadableBy } from '@ixl/subgraph-kit';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { OutcomeKind } from './enums.js';

/** A result or an obligation fulfilled by a project: partnership, stage, job, change reported, … */
@ObjectType('ProjectOutcome')
// Natural duplicate refused by the database (issue 28): the same outcome (kind, day, description) of a project once.
@Unique({ name: 'project_outcome_natural_key_unique', properties: ['projectId', 'kind', 'on', 'description'] })
@Entity({ tableName: 'project_outcome' })
export class ProjectOutcome {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Index()
  @Property({ type: 'uuid' })
  projectId!: string;

  @Field(() => OutcomeKind)
  @Enum({ items: () => OutcomeKind, type: 'text' })
  kind!: OutcomeKind;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { description: 'ISO date' })
  @Property({ type: 'date' })
  on!: string;

  @Field(() => ID, { nullable: true, description: 'Placement in `companies` (stage or job) when known; STAFF/ADMIN only' })
  @ReadableBy('STAFF', 'ADMIN')
  @Property({ type: 'uuid', nullable: true })
  placementId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'Beneficiary placed (stage or job) when known; STAFF/ADMIN only' })
  @ReadableBy('STAFF', 'ADMIN')
  @Property({ type: 'uuid', nullable: true })
  beneficiaryId: string | null = null;
}
