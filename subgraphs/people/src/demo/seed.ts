import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '@ixl/auth';
import { publishEvent } from '@ixl/events';
import { DEMO_BENEFICIARY_COUNT, DEMO_LOGINS, DEMO_PASSWORD, beneficiaryId, companyId, demoBeneficiaries, demoUserId, trainingBodyId } from '@ixl/demo-data';
import { Beneficiary, BeneficiaryStatus, Sex } from '../entities/beneficiary.entity.js';
import { UserAccount } from '../entities/user-account.entity.js';

/** Demo people and the demo logins; skipped when any account exists. */
export async function seedPeopleDemo(em: EntityManager): Promise<{ seeded: boolean; counts?: Record<string, number> }> {
  if (await em.count(UserAccount, {})) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = demoBeneficiaries(DEMO_BENEFICIARY_COUNT);
  await em.transactional(async (tx) => {
    for (const p of people) {
      tx.persist(
        tx.create(Beneficiary, {
          id: p.id,
          firstName: p.firstName,
          lastName: p.lastName,
          codiceFiscale: p.codiceFiscale,
          email: p.email,
          phone: p.phone,
          birthDate: p.birthDate,
          sex: p.sex === 'F' ? Sex.F : Sex.M,
          citizenship: p.citizenship,
          municipalityCode: p.municipalityCode,
          status: BeneficiaryStatus.REGISTERED,
          registeredAt: p.registeredAt,
        }),
      );
    }
    for (const login of DEMO_LOGINS) {
      tx.persist(
        tx.create(UserAccount, {
          id: demoUserId(login.email),
          email: login.email,
          passwordHash,
          role: login.role,
          displayName: login.displayName,
          beneficiaryId: 'beneficiaryIndex' in login ? beneficiaryId(login.beneficiaryIndex) : null,
          companyId: 'companyKey' in login ? companyId(login.companyKey) : null,
          trainingBodyId: 'trainingBodyKey' in login ? trainingBodyId(login.trainingBodyKey) : null,
          disabled: false,
          createdAt: new Date(),
          lastLoginAt: null,
        }),
      );
    }
    await tx.flush();
    for (const p of people) {
      await publishEvent(tx, 'people', { type: 'BeneficiaryRegistered', aggregateType: 'Beneficiary', aggregateId: p.id, payload: { municipalityCode: p.municipalityCode, registeredAt: p.registeredAt.toISOString(), demo: true } });
    }
  });
  return { seeded: true, counts: { beneficiaries: people.length, accounts: DEMO_LOGINS.length } };
}
