import type { EntityManager } from '@mikro-orm/postgresql';
import type { BeneficiaryMatchingProfile, CefrLevel, Shift } from '@ixl/contracts';
import type { Beneficiary } from '../entities/beneficiary.entity.js';
import type { Actor } from '../services/actor.js';
import { fiscalCodeHash } from '@ixl/subgraph-kit';
import { publishPeopleEvent } from './publish.js';

const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Keys a skill filter matches: normalised labels and ESCO codes. */
export function skillKeysOf(b: Pick<Beneficiary, 'skills'>): string[] {
  return [...new Set(b.skills.flatMap((s) => [normalise(s.label), ...(s.escoCode ? [s.escoCode.trim()] : [])]))];
}

/** What `companies` may know of a person (contract: BeneficiaryMatchingProfile). */
export function matchingProfileOf(
  b: Beneficiary,
): BeneficiaryMatchingProfile & { domicileMunicipalityCode: string | null; outOfArea: boolean; fiscalCodeHash: string } {
  return {
    beneficiaryId: b.id,
    firstName: b.firstName,
    lastInitial: b.lastName.trim().charAt(0).toUpperCase(),
    birthYear: Number(b.birthDate.slice(0, 4)),
    birthDate: b.birthDate,
    sex: b.sex,
    citizenship: b.citizenship,
    municipalityCode: b.municipalityCode,
    domicileMunicipalityCode: b.domicileMunicipalityCode,
    outOfArea: b.outOfArea,
    status: b.consentWithdrawnAt ? 'CONSENT_WITHDRAWN' : b.status,
    profile: b.profile,
    readiness: b.readiness,
    italianLevel: b.italianLevel as CefrLevel | null,
    skills: b.skills.map((s) => s.escoCode ?? normalise(s.label)),
    occupations: [...new Set([...b.pastJobs.map((j) => j.escoOccupationCode ?? normalise(j.title)), ...b.desiredOccupations])],
    drivingLicence: b.drivingLicence,
    ownVehicle: b.ownVehicle,
    availableHoursPerWeek: b.availableHoursPerWeek,
    shifts: b.shifts as Shift[],
    contractWishes: b.contractWishes,
    cvShareConsent: b.cvShareConsent,
    fiscalCodeHash: fiscalCodeHash(b.codiceFiscale),
  };
}

/** BeneficiaryProfileChanged: the full matching snapshot (consumers upsert it). */
export function publishProfileChanged(tx: EntityManager, b: Beneficiary, actor: Actor): Promise<void> {
  return publishPeopleEvent(
    tx,
    'BeneficiaryProfileChanged',
    { type: 'Beneficiary', id: b.id },
    { profile: matchingProfileOf(b) },
    actor.actorId,
  );
}
