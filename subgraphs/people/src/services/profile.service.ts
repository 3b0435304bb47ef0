import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import { findMunicipality } from '@ixl/territory';
import { DomainError, requireAuthenticated } from '@ixl/subgraph-kit';
import type { Beneficiary } from '../entities/beneficiary.entity.js';
import { ProfileChange } from '../entities/profile-change.entity.js';
import { UserAccount } from '../entities/user-account.entity.js';
import type { BeneficiaryProfileInput } from '../dto/profile.input.js';
import { profileDiff, validateProfileInput } from './profile.rules.js';
import { publishPeopleEvent } from '../events/publish.js';
import { publishProfileChanged, skillKeysOf } from '../events/profile-events.js';
import { actorOf } from './actor.js';
import { lockBeneficiary } from './lifecycle.service.js';

/** May the caller change this person's profile? Staff, or the person itself. */
export function canEdit(caller: Caller, beneficiaryId: string): boolean {
  return isStaff(caller) || (caller.role === 'BENEFICIARY' && caller.beneficiaryId === beneficiaryId);
}

export class ProfileService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Updates contacts, education, languages, skills, jobs and availability; records who changed which field
   * from what to what (`profile_change`, the record's history); publishes the new profile, which the matching
   * read model of `companies` takes at once.
   */
  async update(caller: Caller, beneficiaryId: string, input: BeneficiaryProfileInput): Promise<Beneficiary> {
    requireAuthenticated(caller);
    if (!canEdit(caller, beneficiaryId)) throw new DomainError('PERSON_CHANGE_FORBIDDEN', {});
    const changes = validateProfileInput(input);
    return this.em.transactional(async (tx) => {
      const b = await lockBeneficiary(tx, beneficiaryId);
      const { domicileInArea, ...rest } = changes;
      const diff = profileDiff(b as unknown as Record<string, unknown>, rest as Record<string, unknown>);
      Object.assign(b, rest);
      if (domicileInArea !== undefined) {
        b.outOfArea = !findMunicipality(b.municipalityCode) && !domicileInArea;
      }
      b.skillKeys = skillKeysOf(b);
      b.updatedAt = new Date();
      const actor = actorOf(caller);
      if (diff.length) {
        const account = caller.userId ? await tx.findOne(UserAccount, { id: caller.userId }) : null;
        tx.create(ProfileChange, {
          id: randomUUID(),
          beneficiaryId: b.id,
          at: new Date(),
          actorId: actor.actorId,
          actorRole: actor.actorRole,
          actorName: account?.displayName ?? actor.actorRole,
          changes: diff,
        });
      }
      await tx.flush();
      await publishPeopleEvent(
        tx,
        'BeneficiaryDetailsChanged',
        { type: 'Beneficiary', id: b.id },
        { beneficiaryId: b.id, fields: Object.keys(rest) },
        actor.actorId,
      );
      await publishProfileChanged(tx, b, actor);
      return b;
    });
  }
}
