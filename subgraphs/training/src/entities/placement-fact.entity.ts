import { Entity, OptionalProps, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** Read model of `companies`' PlacementRecorded events (upserted by placementId), for course KPIs. */
@Entity({ tableName: 'placement_fact' })
export class PlacementFact {
  [OptionalProps]?: 'receivedAt';

  @PrimaryKey({ type: 'uuid' })
  placementId!: string;

  @Index()
  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Property({ type: 'uuid', nullable: true })
  companyId: string | null = null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  sourceEditionId: string | null = null;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'text', nullable: true })
  contract: string | null = null;

  @Property({ type: 'date' })
  startDate!: string;

  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Property({ type: 'timestamptz' })
  receivedAt: Date = new Date();
}
