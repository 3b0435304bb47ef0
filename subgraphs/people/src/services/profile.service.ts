import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import { findMunicipality } from '@ixl/territory';
import { DomainError, requireAuthenticated } from '@ixl/subgraph-kit';
import type { Beneficiary } from '../entities/beneficiary.entity.js';
import type { BeneficiaryProfileInput } from '../dto/profile.input.js';
import { validateProfileInput } from './profile.rules.js';
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

  /** Updates contacts, education, languages, skills, jobs and availability; publishes the new profile. */
  async update(caller: Caller, beneficiaryId: string, input: BeneficiaryProfileInput): Promise<Beneficiary> {
    requireAuthenticated(caller);
    if (!canEdit(caller, beneficiaryId)) throw new DomainError('PERSON_CHANGE_FORBIDDEN', {});
    const changes = validateProfileInput(input);
    return this.em.transactional(async (tx) => {
      const b = await lockBeneficiary(tx, beneficiaryId);
      const { domicileInArea, ...rest } = changes;
      Object.assign(b, rest);
      if (domicileInArea !== undefined) {
        b.outOfArea = !findMunicipality(b.municipalityCode) && !domicileInArea;
      }
      b.skillKeys = skillKeysOf(b);
      b.updatedAt = new Date();
      await tx.flush();
      const actor = actorOf(caller);
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
