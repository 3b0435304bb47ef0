import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Read model of the support `finance` gave a project (from its events: GrantOpened, LoanOpened), so the
 * project-results aggregate counts euro without reading finance's tables (ARCHITECTURE.md "Data ownership").
 * `kind` is free text on purpose: non-cash support (a paid course, funded stages, services in kind) is another
 * kind whose `valueCents` is summed in `supportValueCents` as soon as its event is consumed here.
 */
@Entity({ tableName: 'project_support_ref' })
export class ProjectSupportRef {
  /** The finance record's id (grant id, loan id, …): one row per record, so redelivery is idempotent. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  projectId!: string;

  /** GRANT, LOAN (and, once published by finance, non-cash kinds). */
  @Property({ type: 'text' })
  kind!: string;

  /** Amount granted or lent, or the value of the support in kind, euro cents. */
  @Property({ type: 'bigint', runtimeType: 'number' })
  valueCents!: number;

  /** ISO date (Europe/Rome) the support was opened. */
  @Property({ type: 'date' })
  on!: string;
}
