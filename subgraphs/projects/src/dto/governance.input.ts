import { Field, InputType, Int } from 'type-graphql';
import { GovernanceTable } from '../entities/enums.js';

@InputType()
export class GovernanceMeetingInput {
  @Field(() => GovernanceTable) table!: GovernanceTable;
  @Field(() => String, { description: 'ISO date it was held (today or earlier, Europe/Rome)' }) heldOn!: string;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType()
export class WorkPlanInput {
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true, description: 'ISO date the Tavolo di coordinamento approved it (a recorded meeting of it)' })
  approvedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date the plan and results were presented publicly' })
  presentedOn?: string | null;
}
