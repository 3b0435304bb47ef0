import { Entity, OptionalProps, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** Hours (in minutes) one participant was present at one session; written set-based by the attendance service. */
@Entity({ tableName: 'attendance' })
@Unique({ properties: ['enrolmentId', 'sessionId'] })
export class Attendance {
  [OptionalProps]?: 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  enrolmentId!: string;

  @Index()
  @Property({ type: 'uuid' })
  sessionId!: string;

  @Property({ type: 'integer' })
  minutesPresent!: number;

  @Property({ type: 'uuid', nullable: true })
  uploadId: string | null = null;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
