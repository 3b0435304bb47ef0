import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Read model of `companies` placements (from PlacementRecorded), to link project jobs and stages to them. */
@Entity({ tableName: 'placement_ref' })
export class PlacementRef {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Property({ type: 'uuid', nullable: true })
  companyId: string | null = null;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'date' })
  startDate!: string;
}

/** The companies subgraph's Placement (resolved there). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Placement')
export class PlacementEntityRef {
  @Field(() => ID)
  id!: string;
}
