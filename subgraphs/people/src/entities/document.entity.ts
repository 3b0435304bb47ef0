import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DocumentKind } from './enums.js';

/** An uploaded CV or identity document; the bytes stay in PostgreSQL (lazy column). */
@ObjectType('BeneficiaryDocument')
@Entity({ tableName: 'document' })
export class BeneficiaryDocument {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Field(() => DocumentKind)
  @Enum({ items: () => DocumentKind, type: 'text' })
  kind!: DocumentKind;

  @Field(() => String)
  @Property({ type: 'text' })
  fileName!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  contentType!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  size!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'blob', lazy: true })
  content!: Buffer;

  @Property({ type: 'text' })
  uploadedBy!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  uploadedAt: Date = new Date();
}
