import { Field, InputType } from 'type-graphql';
import { ReferringBody } from '../entities/enums.js';
import { Sex } from '../entities/beneficiary.entity.js';
import { BeneficiaryProfileInput } from './profile.input.js';

/** Online registration (public): personal data, residence, profile, referring body, privacy consent. */
@InputType()
export class RegisterBeneficiaryInput extends BeneficiaryProfileInput {
  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String)
  codiceFiscale!: string;

  @Field(() => String, { description: 'ISO date' })
  birthDate!: string;

  @Field(() => Sex)
  sex!: Sex;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2' })
  citizenship!: string;

  @Field(() => String, { description: 'Also the login' })
  email!: string;

  @Field(() => String, { description: 'At least 10 characters' })
  password!: string;

  @Field(() => String, { description: 'ISTAT code of the residence municipality (6 digits)' })
  municipalityCode!: string;

  @Field(() => String, { nullable: true, description: 'Required when the municipality is outside the Città metropolitana' })
  municipalityName?: string | null;

  @Field(() => ReferringBody, { nullable: true })
  referringBody?: ReferringBody | null;

  @Field(() => String, { nullable: true })
  referringBodyName?: string | null;

  @Field(() => Boolean, { description: 'Consent to the privacy notice; without it nothing is stored' })
  privacyConsent!: boolean;

  @Field(() => String, { description: 'Version of the privacy notice shown to the person' })
  privacyNoticeVersion!: string;
}
