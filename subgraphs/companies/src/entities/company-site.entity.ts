import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Company } from './company.entity.js';

/** A site (sede) of a company: where vacancies' work happens. */
@ObjectType()
// Natural duplicate refused by the database (issue 28): a company does not have two sites with one name.
@Unique({ name: 'company_site_company_id_name_unique', properties: ['company', 'name'] })
@Entity({ tableName: 'company_site' })
export class CompanySite {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne({ entity: () => Company, deleteRule: 'cascade' })
  company!: Company;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'ISTAT code of the municipality' })
  @Property({ type: 'text' })
  municipalityCode!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  address: string | null = null;
}
