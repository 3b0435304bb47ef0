import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Staff were alerted that this person's first interview is due on `dueDate` (one alert per due date). */
@Entity({ tableName: 'interview_due_alert' })
export class InterviewDueAlert {
  @PrimaryKey({ type: 'uuid' })
  beneficiaryId!: string;

  @PrimaryKey({ type: 'date' })
  dueDate!: string;

  @Property({ type: 'timestamptz' })
  alertedAt: Date = new Date();
}
