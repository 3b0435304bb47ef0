import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Placement, PlacementType } from '../entities/placement.entity.js';

/** Staff filters of the placement list: type, company, start-date period (inclusive ISO dates). */
@InputType()
export class PlacementListFilter {
  @Field(() => PlacementType, { nullable: true }) type?: PlacementType | null;
  @Field(() => ID, { nullable: true }) companyId?: string | null;
  @Field(() => String, { nullable: true, description: 'Started on or after this ISO date' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'Started on or before this ISO date' }) to?: string | null;
}

@ObjectType()
export class PlacementPage {
  @Field(() => Int) totalCount!: number;
  @Field(() => [Placement]) nodes!: Placement[];
}
