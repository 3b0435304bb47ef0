import { Entity, OptionalProps, Enum, Index, OneToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { CourseEdition } from './course-edition.entity.js';
import { CourseKpiBasis, RiskShareMetric, RiskShareMode, RiskShareReasonCode, RiskShareWindowFrom } from './enums.js';

/** The risk-sharing agreement of an edition: a share of the cost paid only in relation to placement success. */
@Entity({ tableName: 'risk_share_agreement' })
export class RiskShareAgreement {
  [OptionalProps]?: 'atRiskBps' | 'basis' | 'windowFrom';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @OneToOne({ entity: () => CourseEdition, owner: true, unique: true, deleteRule: 'cascade' })
  edition!: CourseEdition;

  /** Share of the total cost at risk, in basis points (3000 = 30%). */
  @Property({ type: 'integer', default: 3000 })
  atRiskBps: number = 3000;

  @Enum({ items: () => RiskShareMetric, type: 'text' })
  metric!: RiskShareMetric;

  /** Target rate in basis points of a percentage (6000 = 60%). */
  @Property({ type: 'integer' })
  targetBps!: number;

  /** The window ends this many months after the course end. */
  @Property({ type: 'integer' })
  windowMonths!: number;

  /** Where the window starts (default: the course start). */
  @Enum({ items: () => RiskShareWindowFrom, type: 'text', default: 'COURSE_START' })
  windowFrom: RiskShareWindowFrom = RiskShareWindowFrom.COURSE_START;

  @Enum({ items: () => RiskShareMode, type: 'text' })
  mode!: RiskShareMode;

  @Enum({ items: () => CourseKpiBasis, type: 'text', default: 'ALL_PARTICIPANTS' })
  basis: CourseKpiBasis = CourseKpiBasis.ALL_PARTICIPANTS;
}

/** Audit of an agreement: every creation or change, with who, when, why and the terms before and after. */
@Entity({ tableName: 'risk_share_agreement_change' })
export class RiskShareAgreementChange {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  editionId!: string;

  @Property({ type: 'timestamptz' })
  changedAt!: Date;

  /** The user (null: the system, e.g. activation of a 2.b course or a migration). */
  @Property({ type: 'uuid', nullable: true })
  changedBy: string | null = null;

  @Property({ type: 'text' })
  changedByRole!: string;

  /** The reason as written (English for the system's own, as typed for a person's). */
  @Property({ type: 'text' })
  reason!: string;

  /** The system's reason as a code the portals word (null: a person's reason, shown as typed). */
  @Property({ type: 'text', nullable: true })
  reasonCode: RiskShareReasonCode | null = null;

  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;

  @Property({ type: 'json' })
  after!: Record<string, unknown>;
}

/** The one settlement of an edition's agreement, computed when its window closed and sent to finance. */
@Entity({ tableName: 'risk_share_settlement' })
export class RiskShareSettlement {
  [OptionalProps]?: 'settledAt' | 'revision';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @OneToOne({ entity: () => CourseEdition, owner: true, unique: true, deleteRule: 'restrict' })
  edition!: CourseEdition;

  @Property({ type: 'date' })
  windowEnd!: string;

  @Property({ type: 'date' })
  asOf!: string;

  @Property({ type: 'bigint', runtimeType: 'number' })
  totalCostCents!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  atRiskCents!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  payableCents!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  withheldCents!: number;

  /** Achieved rate, percent with one decimal (as the reports print it). */
  @Property({ type: 'double' })
  achievedRatePercent!: number;

  @Property({ type: 'double' })
  targetRatePercent!: number;

  @Enum({ items: () => RiskShareMode, type: 'text' })
  mode!: RiskShareMode;

  @Property({ type: 'timestamptz' })
  settledAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  settledBy: string | null = null;

  /** 0 as settled; +1 for each adjustment (late placements inside the window), see RiskShareSettlementRevision. */
  @Property({ type: 'integer', default: 0 })
  revision: number = 0;
}

/** An adjustment of a settlement: a placement recorded after settlement inside its window; amounts before and after. */
@Entity({ tableName: 'risk_share_settlement_revision' })
@Unique({ properties: ['settlementId', 'revision'] })
export class RiskShareSettlementRevision {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  settlementId!: string;

  @Index()
  @Property({ type: 'uuid' })
  editionId!: string;

  @Property({ type: 'integer' })
  revision!: number;

  @Property({ type: 'text' })
  reason!: string;

  /** The cause as a code the portals word (null: written by a person). */
  @Property({ type: 'text', nullable: true })
  reasonCode: RiskShareReasonCode | null = null;

  /** The start day of the placement that caused it (ISO), shown with the reason. */
  @Property({ type: 'date', nullable: true })
  placementStartDate: string | null = null;

  /** The late placement that caused it (null: another cause, e.g. a corrected placement). */
  @Property({ type: 'uuid', nullable: true })
  placementId: string | null = null;

  @Property({ type: 'timestamptz' })
  revisedAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  revisedBy: string | null = null;

  @Property({ type: 'double' })
  achievedRateBefore!: number;

  @Property({ type: 'double' })
  achievedRateAfter!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  payableBeforeCents!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  payableAfterCents!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  withheldBeforeCents!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  withheldAfterCents!: number;
}
