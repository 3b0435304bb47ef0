import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ROLES, type Role } from '@ixl/auth';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role', description: 'What an account may do' });

/** A login: beneficiaries, company and training-body users, committee members, staff and admins. */
@Directive('@key(fields: "id")')
@ObjectType('User')
@Entity({ tableName: 'user_account' })
export class UserAccount {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text', unique: true })
  email!: string;

  @Property({ type: 'text', lazy: true, hidden: true })
  passwordHash!: string;

  @Field(() => RoleEnum)
  @Enum({ items: () => [...ROLES], nativeEnumName: undefined, type: 'text' })
  role!: Role;

  @Field(() => String)
  @Property({ type: 'text' })
  displayName!: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  beneficiaryId: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  companyId: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  trainingBodyId: string | null = null;

  @Property({ type: 'boolean' })
  disabled: boolean = false;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null = null;
}
