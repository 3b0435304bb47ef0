import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** Placements reported by `companies` (PlacementRecorded), kept so the consumer is idempotent. */
@Entity({ tableName: 'received_placement' })
export class ReceivedPlacement {
  @PrimaryKey({ type: 'uuid' })
  placementId!: string;

  @Index()
  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'date' })
  startDate!: string;

  @Property({ type: 'timestamptz' })
  receivedAt: Date = new Date();
}
