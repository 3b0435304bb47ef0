import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Company } from './company.entity.js';

/** A contact person at a company (HR, referent for IXL). */
@ObjectType()
// Natural duplicate refused by the database (issue 28): one contact per person and company.
@Unique({ name: 'company_contact_company_id_full_name_unique', properties: ['company', 'fullName'] })
@Entity({ tableName: 'company_contact' })
export class CompanyContact {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne({ entity: () => Company, deleteRule: 'cascade' })
  company!: Company;

  @Field(() => String)
  @Property({ type: 'text' })
  fullName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  role: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;
}
