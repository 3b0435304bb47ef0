import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { CourseEdition } from './course-edition.entity.js';

/** A company committed to hire from an edition, optionally for an identified vacancy (2.b rule). */
@Entity({ tableName: 'hiring_commitment' })
export class HiringCommitment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne({ entity: () => CourseEdition, deleteRule: 'cascade' })
  edition!: CourseEdition;

  /** Owned by `companies`; referenced by id. */
  @Property({ type: 'uuid' })
  companyId!: string;

  @Property({ type: 'uuid', nullable: true })
  vacancyId: string | null = null;

  @Property({ type: 'integer', nullable: true })
  positions: number | null = null;
}
