import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { Decision } from '../entities/decision.entity.js';
import { Project, ProjectStatus } from '../entities/project.entity.js';
import { ProjectResultsService } from '../services/project-results.service.js';

@ObjectType({ description: 'Project results of one year (or the total of the range when `year` is null); see `definitions`' })
export class ProjectResultsRow {
  @Field(() => Int, { nullable: true, description: 'Calendar year (Europe/Rome); null on the total row' }) year!: number | null;
  @Field(() => Int, { description: 'Applications submitted' }) applications!: number;
  @Field(() => Int, { description: 'Projects that started the accompaniment' }) accompanied!: number;
  @Field(() => Int, { description: 'Projects funded (management committee approval)' }) funded!: number;
  @Field(() => Int, { description: 'Placements generated: stages + jobs' }) placements!: number;
  @Field(() => Int) stages!: number;
  @Field(() => Int) jobs!: number;
  @Field(() => Int, { description: 'Distinct people with a stage or job (total: each person once)' }) peopleEmployed!: number;
  @Field(() => Int, { description: 'Stage and job results recorded without the person' }) placementsWithoutPerson!: number;
  @Field(() => Int, { description: 'Partnerships activated on the territory' }) partnerships!: number;
  @Field(() => Int, { description: 'Grants opened by finance, euro cents' }) grantedCents!: number;
  @Field(() => Int, { description: 'Loans opened by finance (principal), euro cents' }) loanCents!: number;
  @Field(() => Int, { description: 'Value of all support: grants, loans, non-cash support, euro cents' }) supportValueCents!: number;
  @Field(() => Int, { description: 'Projects presented to the evaluation committee' }) presented!: number;
  @Field(() => Int, { description: 'Of those presented, not funded (so far)' }) presentedNotFunded!: number;
  @Field(() => Int, { description: 'Not funded: rejected' }) notFundedRejected!: number;
  @Field(() => Int, { description: 'Not funded: withdrawn' }) notFundedWithdrawn!: number;
  @Field(() => Int, { description: 'Not funded: in stand-by' }) notFundedStandBy!: number;
  @Field(() => Int, { description: 'Not funded: still before the committees' }) notFundedPending!: number;
}

@ObjectType({ description: 'A project presented to the evaluation committee and not funded: what happened to it' })
export class NotFundedProject {
  @Field(() => Project) project!: Project;
  @Field(() => String, { description: 'ISO date it was presented to the evaluation committee' }) presentedOn!: string;
  @Field(() => ProjectStatus, { description: 'Where it stands today' }) status!: ProjectStatus;
  @Field(() => Decision, { nullable: true, description: 'The last committee decision on it' }) lastDecision!: Decision | null;
  @Field(() => String, { nullable: true, description: 'ISO date of its last step' }) lastStepOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Reason of its last step (why it was rejected, withdrawn, put on stand-by)' })
  lastStepReason!: string | null;
  @Field(() => Int, { description: 'Partnerships recorded for it anyway' }) partnerships!: number;
  @Field(() => Int, { description: 'Stages recorded for it anyway' }) stages!: number;
  @Field(() => Int, { description: 'Jobs recorded for it anyway' }) jobs!: number;
}

@ObjectType({ description: 'What a project-results figure counts' })
export class ProjectResultsDefinition {
  @Field(() => String) figure!: string;
  @Field(() => String, { description: 'English' }) definition!: string;
  @Field(() => String, { description: 'Italian' }) definitionIt!: string;
}

@ObjectType({ description: 'The Social Seed summary table, from records: per year and in total' })
export class ProjectResults {
  @Field(() => Int) fromYear!: number;
  @Field(() => Int) toYear!: number;
  @Field(() => [ProjectResultsRow], { description: 'Every year of the range, in order, empty years included' }) years!: ProjectResultsRow[];
  @Field(() => ProjectResultsRow) total!: ProjectResultsRow;
  @Field(() => [NotFundedProject], { description: 'Projects presented in the range and not funded, by presentation date' })
  notFunded!: NotFundedProject[];
  @Field(() => [ProjectResultsDefinition]) definitions!: ProjectResultsDefinition[];
}

@Resolver()
export class ProjectResultsResolver {
  @Query(() => ProjectResults, {
    description: 'Staff: applications, accompanied, funded, placements (stages, jobs), people employed, partnerships, euro granted',
  })
  projectResults(
    @Arg('fromYear', () => Int) fromYear: number,
    @Arg('toYear', () => Int) toYear: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ProjectResults> {
    return new ProjectResultsService(ctx.em).results(ctx.caller, fromYear, toYear);
  }
}
