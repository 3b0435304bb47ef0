import { Arg, Ctx, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { consumerStatus, listDeadLetters, retryDeadLetter } from '@ixl/events';
import { requireRole } from './authz.js';
import type { SubgraphContext } from './context.js';
import { badInput, DomainError } from './errors.js';

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * ADMIN view of one subgraph's event consumers: offsets, open dead letters, and a retry.
 * Names are prefixed with the subgraph (`peopleEventConsumers`, `PeopleEventDeadLetter`, ...)
 * so the five subgraphs compose without clashes.
 */
export function eventAdminResolver(subgraph: string) {
  const P = pascal(subgraph);

  @ObjectType(`${P}EventConsumer`, { description: `A consumer of events in the ${subgraph} subgraph and its position` })
  class EventConsumer {
    @Field(() => String) consumer!: string;
    @Field(() => String, { description: 'Subgraph whose events it reads' }) source!: string;
    @Field(() => String, { description: 'Last handled event id in the source outbox' }) lastEventId!: string;
    @Field(() => Date) updatedAt!: Date;
    @Field(() => Int) openDeadLetters!: number;
  }

  @ObjectType(`${P}EventDeadLetter`, { description: `An event a ${subgraph} consumer could not handle after its retries` })
  class EventDeadLetter {
    @Field(() => ID) id!: string;
    @Field(() => String) consumer!: string;
    @Field(() => String) source!: string;
    @Field(() => String) eventId!: string;
    @Field(() => String) type!: string;
    @Field(() => String) aggregateType!: string;
    @Field(() => String) aggregateId!: string;
    @Field(() => GraphQLJSONObject) payload!: Record<string, unknown>;
    @Field(() => String) error!: string;
    @Field(() => Int) attempts!: number;
    @Field(() => Date) failedAt!: Date;
    @Field(() => Date, { nullable: true }) retryRequestedAt!: Date | null;
    @Field(() => Date, { nullable: true }) retriedAt!: Date | null;
  }

  @ObjectType(`${P}JobDeadLetter`, { description: `A periodic job of ${subgraph} that failed after its retries (dead-letter queue)` })
  class JobDeadLetter {
    @Field(() => ID) id!: string;
    @Field(() => String, { description: 'The job, e.g. settle-due-risk-shares' }) job!: string;
    @Field(() => String, { description: 'The error of the last attempt' }) error!: string;
    @Field(() => Int) attempts!: number;
    @Field(() => Date, { description: 'When the job was first queued' }) createdAt!: Date;
    @Field(() => Date, { description: 'When it was given up and dead-lettered' }) failedAt!: Date;
  }

  @ObjectType(`${P}ConsumerStatus`, { description: `Where a consumer of the ${subgraph} subgraph stands now` })
  class ConsumerStatus {
    @Field(() => String, { description: 'The consumer (the status page names it)' }) consumer!: string;
    @Field(() => String, { description: 'Subgraph whose events it reads' }) source!: string;
    @Field(() => Int, { description: 'Events of its source it has not handled yet' }) backlog!: number;
    @Field(() => Float, { description: 'Age in seconds of the oldest of them (0: none waits)' }) lagSeconds!: number;
    @Field(() => Int) openDeadLetters!: number;
  }

  @ObjectType(`${P}JobStatus`, { description: `A periodic job of ${subgraph}: its last success and recent failures` })
  class JobStatus {
    @Field(() => String, { description: 'The job, e.g. settle-due-risk-shares' }) job!: string;
    @Field(() => Date, { nullable: true, description: 'When it last completed (null: never in this database)' })
    lastSuccessAt!: Date | null;
    @Field(() => Int, { description: 'Runs that failed in the last 24 hours' }) failedLast24h!: number;
  }

  @ObjectType(`${P}ServiceStatus`, { description: `The ${subgraph} subgraph as the ADMIN status page shows it` })
  class ServiceStatus {
    @Field(() => [ConsumerStatus]) consumers!: ConsumerStatus[];
    @Field(() => [JobStatus]) jobs!: JobStatus[];
    @Field(() => Int, { nullable: true, description: 'Mails waiting to be sent (null: this subgraph sends none)' })
    queuedMail!: number | null;
    @Field(() => Int, { nullable: true, description: 'Mails that failed for good (null: this subgraph sends none)' })
    failedMail!: number | null;
  }

  @Resolver()
  class EventAdminResolver {
    @Query(() => ServiceStatus, {
      name: `${subgraph}ServiceStatus`,
      // Nullable: when this subgraph is down the gateway answers the other subgraphs' status and null here.
      nullable: true,
      description: 'ADMIN: event consumers, periodic jobs and mail queue of this subgraph, now (it answers: it is up)',
    })
    async serviceStatus(@Ctx() ctx: SubgraphContext): Promise<ServiceStatus> {
      requireRole(ctx.caller, 'ADMIN');
      if (!ctx.status) return { consumers: [], jobs: [], queuedMail: null, failedMail: null };
      return ctx.status();
    }

    @Query(() => [JobDeadLetter], {
      name: `${subgraph}JobDeadLetters`,
      description: 'ADMIN: periodic jobs that failed after their retries, newest first',
    })
    async jobDeadLetters(@Ctx() ctx: SubgraphContext): Promise<JobDeadLetter[]> {
      requireRole(ctx.caller, 'ADMIN');
      return (await ctx.jobs?.deadLetters()) ?? [];
    }

    @Mutation(() => Boolean, { name: `retry${P}JobDeadLetter`, description: 'ADMIN: put a dead-lettered job back in its queue' })
    async retryJob(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<boolean> {
      requireRole(ctx.caller, 'ADMIN');
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw badInput('id', 'JOB_DEAD_LETTER_ID_INVALID');
      if (!ctx.config.jobs || !ctx.jobs) throw new DomainError('JOBS_OFF', {}, 'id');
      if (!(await ctx.jobs.retryDeadLetter(id))) throw new DomainError('JOB_DEAD_LETTER_NOT_FOUND', {}, 'id');
      return true;
    }

    @Query(() => [EventConsumer], { name: `${subgraph}EventConsumers`, description: 'ADMIN: event consumers of this subgraph' })
    async consumers(@Ctx() ctx: SubgraphContext): Promise<EventConsumer[]> {
      requireRole(ctx.caller, 'ADMIN');
      return consumerStatus(ctx.em, subgraph);
    }

    @Query(() => [EventDeadLetter], { name: `${subgraph}EventDeadLetters`, description: 'ADMIN: dead-lettered events, newest first' })
    async deadLetters(
      @Arg('openOnly', () => Boolean, { defaultValue: true }) openOnly: boolean,
      @Ctx() ctx: SubgraphContext,
    ): Promise<EventDeadLetter[]> {
      requireRole(ctx.caller, 'ADMIN');
      return listDeadLetters(ctx.em, subgraph, { openOnly });
    }

    @Mutation(() => Boolean, { name: `retry${P}EventDeadLetter`, description: 'ADMIN: hand a dead-lettered event back to its consumer' })
    async retry(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<boolean> {
      requireRole(ctx.caller, 'ADMIN');
      if (!/^\d{1,18}$/.test(id)) throw new DomainError('UNKNOWN_DEAD_LETTER', {}, 'id');
      try {
        await retryDeadLetter(ctx.em, subgraph, id);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (message.includes('already retried')) throw new DomainError('EVENT_ALREADY_RETRIED', {}, 'id');
        throw new DomainError('DEAD_LETTER_NOT_FOUND', {}, 'id');
      }
      return true;
    }
  }
  return EventAdminResolver;
}
