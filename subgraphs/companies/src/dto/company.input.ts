import { Field, InputType } from 'type-graphql';

@InputType()
export class CompanyFieldsInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Partita IVA (11 digits)' }) vatNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Employers association' }) association?: string | null;
  @Field(() => String, { nullable: true, description: 'ATECO code, e.g. 81.21 or 81.21.00' }) atecoCode?: string | null;
  @Field(() => String, { nullable: true, description: 'ISTAT code of the main site municipality' }) municipalityCode?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date the company joined the board' }) boardJoinedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date the company left the board' }) boardLeftOn?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Registered as a Third Sector body (ETS, RUNTS)' }) thirdSector?: boolean | null;
}
