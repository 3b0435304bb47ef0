import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** Lifecycle of a person in the programme (DOMAIN.md §1). */
export enum BeneficiaryStatus {
  REGISTERED = 'REGISTERED',
  INTERVIEW_SCHEDULED = 'INTERVIEW_SCHEDULED',
  INTERVIEWED = 'INTERVIEWED',
  NOT_IN_TARGET = 'NOT_IN_TARGET',
  IN_TARGET = 'IN_TARGET',
  ACTIVE = 'ACTIVE',
  PLACED = 'PLACED',
  /** fuori protocollo: out of the programme's protocol (working, unreachable, not collaborating). */
  FUORI_PROTOCOLLO = 'FUORI_PROTOCOLLO',
}
registerEnumType(BeneficiaryStatus, { name: 'BeneficiaryStatus' });

export enum Sex {
  F = 'F',
  M = 'M',
}
registerEnumType(Sex, { name: 'Sex' });

/** A person registered with IXL (beneficiario). */
@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ tableName: 'beneficiary' })
export class Beneficiary {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  firstName!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  lastName!: string;

  @Field(() => String, { description: 'Italian tax code (codice fiscale)' })
  @Property({ type: 'text', unique: true })
  codiceFiscale!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Field(() => String, { description: 'ISO date' })
  @Property({ type: 'date' })
  birthDate!: string;

  @Field(() => Sex)
  @Enum({ items: () => Sex, type: 'text' })
  sex!: Sex;

  @Field(() => String, { description: 'Citizenship, ISO 3166-1 alpha-2 (IT for Italian)' })
  @Property({ type: 'text' })
  citizenship!: string;

  @Field(() => String, { description: 'ISTAT code of the residence municipality' })
  @Index()
  @Property({ type: 'text' })
  municipalityCode!: string;

  @Field(() => BeneficiaryStatus)
  @Index()
  @Enum({ items: () => BeneficiaryStatus, type: 'text' })
  status: BeneficiaryStatus = BeneficiaryStatus.REGISTERED;

  @Field(() => Date)
  @Index()
  @Property({ type: 'timestamptz' })
  registeredAt: Date = new Date();
}
