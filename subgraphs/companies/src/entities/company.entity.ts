import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A company in contact with IXL; board members (Board di imprese) get the company portal. */
@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ tableName: 'company' })
export class Company {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Partita IVA' })
  @Property({ type: 'text', nullable: true, unique: true })
  vatNumber: string | null = null;

  @Field(() => String, { nullable: true, description: 'Employers association (Confindustria, Legacoop, ...)' })
  @Property({ type: 'text', nullable: true })
  association: string | null = null;

  @Field(() => String, { nullable: true, description: 'ATECO sector code' })
  @Property({ type: 'text', nullable: true })
  atecoCode: string | null = null;

  @Field(() => String, { description: 'ISTAT code of the main site municipality' })
  @Property({ type: 'text' })
  municipalityCode!: string;

  @Field(() => String, { nullable: true, description: 'ISO date the company joined the board' })
  @Property({ type: 'date', nullable: true })
  boardJoinedOn: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  boardLeftOn: string | null = null;

  /**
   * Registered as a Third Sector body (ETS, RUNTS): only such employers can receive the over-55 hiring incentive
   * ("La prima call, destinata ad enti del Terzo settore", seeds/003_fe62a26ba95cc30f.txt:1565).
   */
  @Field(() => Boolean, { description: 'Registered as a Third Sector body (ETS): eligible for the over-55 hiring call' })
  @Property({ type: 'boolean', default: false })
  thirdSector: boolean = false;
}
