import { Entity, OptionalProps, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** One accepted attendance upload (CSV file or single row); a CSV is imported once per edition and content hash. */
@Entity({ tableName: 'attendance_upload' })
@Unique({ properties: ['editionId', 'contentHash'] })
@Unique({ properties: ['editionId', 'idempotencyKey'] })
export class AttendanceUpload {
  [OptionalProps]?: 'uploadedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  editionId!: string;

  /** 'CSV' or 'ROW'. */
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text', nullable: true })
  contentHash: string | null = null;

  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  @Property({ type: 'integer' })
  rows!: number;

  @Property({ type: 'uuid', nullable: true })
  uploadedBy: string | null = null;

  @Property({ type: 'timestamptz' })
  uploadedAt: Date = new Date();
}
