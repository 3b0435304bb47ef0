import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * One questionnaire sent to a person out of protocol in a survey wave (e.g. "2026-11"), and the answers:
 * working or not, contract type, offers received. The token is the secret of the answer link.
 */
@Entity({ tableName: 'fp_survey' })
@Unique({ properties: ['beneficiaryId', 'wave'] })
export class FuoriProtocolloSurvey {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Index()
  @Property({ type: 'text' })
  wave!: string;

  /** Why the person was out of protocol when the questionnaire was sent. */
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Unique()
  @Property({ type: 'text' })
  token!: string;

  @Property({ type: 'timestamptz' })
  sentAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null = null;

  @Property({ type: 'boolean', nullable: true })
  working: boolean | null = null;

  /** ContractType value of the current job (TEMPO_DETERMINATO, TEMPO_INDETERMINATO, IN_PROPRIO, A_CHIAMATA) or OTHER. */
  @Property({ type: 'text', nullable: true })
  contractType: string | null = null;

  @Property({ type: 'integer', nullable: true })
  offersReceived: number | null = null;

  /** 'BENEFICIARY' (answered by link) or the user id of the operator who recorded it. */
  @Property({ type: 'text', nullable: true })
  answeredBy: string | null = null;
}
