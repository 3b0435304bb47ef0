import { Entity, OptionalProps, Enum, OneToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { CourseEdition } from './course-edition.entity.js';
import { CourseKpiBasis, RiskShareMetric, RiskShareMode } from './enums.js';

/** The risk-sharing agreement of an edition: a share of the cost paid only in relation to placement success. */
@Entity({ tableName: 'risk_share_agreement' })
export class RiskShareAgreement {
  [OptionalProps]?: 'atRiskBps' | 'basis';

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

  @Property({ type: 'integer' })
  windowMonths!: number;

  @Enum({ items: () => RiskShareMode, type: 'text' })
  mode!: RiskShareMode;

  @Enum({ items: () => CourseKpiBasis, type: 'text', default: 'ALL_PARTICIPANTS' })
  basis: CourseKpiBasis = CourseKpiBasis.ALL_PARTICIPANTS;
}

/** The one settlement of an edition's agreement, computed when its window closed and sent to finance. */
@Entity({ tableName: 'risk_share_settlement' })
export class RiskShareSettlement {
  [OptionalProps]?: 'settledAt';

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
}
