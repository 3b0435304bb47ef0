import { FINANCE_EVENTS, type GrantOpenedPayload, type LoanOpenedPayload, type SupportWithdrawnPayload } from '@ixl/contracts';
import type { DomainEvent, SubscriptionSpec } from '@ixl/events';
import { isoDateInRome } from '@ixl/calendar';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ProjectSupportRef } from '../entities/project-support.entity.js';

async function keep(
  em: EntityManager,
  event: DomainEvent,
  row: { id: string; projectId: string; kind: string; valueCents: number; approvedOn?: string | undefined },
) {
  const { approvedOn, ...rest } = row;
  // Upsert by the finance record's id: a redelivered event writes the same row. The day is the approval's when the
  // event carries it, else the day the event happened (Europe/Rome).
  await em.upsert(ProjectSupportRef, { ...rest, on: approvedOn ?? isoDateInRome(event.occurredAt) });
}

/**
 * The support `finance` opened for a project (grant, loan), kept as a read model for the project-results
 * aggregate ("euro granted": seeds/002_17a94da3cd3539a0.txt:5 "Il fondo perduto erogato … ammontato ad un totale di
 * 140mila euro"). Hook for non-cash support: when finance publishes it (a paid course, funded stages, services in
 * kind, with their value), add its handler here writing `kind` = its kind and `valueCents` = its value: the
 * aggregate's `supportValueCents` sums every kind, so nothing else changes.
 */
export const supportConsumer: SubscriptionSpec = {
  consumer: 'projects.support',
  source: 'finance',
  handlers: {
    [FINANCE_EVENTS.GrantOpened]: async (event, em) => {
      const p = event.payload as unknown as GrantOpenedPayload;
      await keep(em, event, { id: p.grantId, projectId: p.projectId, kind: 'GRANT', valueCents: p.totalCents, approvedOn: p.approvedOn });
    },
    [FINANCE_EVENTS.LoanOpened]: async (event, em) => {
      const p = event.payload as unknown as LoanOpenedPayload;
      await keep(em, event, { id: p.loanId, projectId: p.projectId, kind: 'LOAN', valueCents: p.principalCents, approvedOn: p.approvedOn });
    },
    // A loan or grant of the history import taken back (its batch undone): it no longer counts.
    [FINANCE_EVENTS.SupportWithdrawn]: async (event, em) => {
      const p = event.payload as unknown as SupportWithdrawnPayload;
      await em.nativeDelete(ProjectSupportRef, { id: p.id });
    },
  },
};
