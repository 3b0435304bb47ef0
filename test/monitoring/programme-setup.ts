import type { TestStack } from '@ixl/testkit';
import { createCommittee } from '../../subgraphs/projects/test/factories.js';
import { CommitteeKind } from '../../subgraphs/projects/src/entities/enums.js';

/**
 * Configuration a running programme has before its history goes in (not part of the history files): its two
 * committees, on whose sessions imported decisions are recorded, and the guarantee fund's plafond since 2017, which
 * an imported loan's guarantee needs free capacity on (as the finance owner's own import test sets it).
 */
export async function configureProgramme(t: TestStack): Promise<void> {
  await createCommittee(t, CommitteeKind.EVALUATION, 3, 0);
  await createCommittee(t, CommitteeKind.MANAGEMENT, 3, 0);
  await t.stack.subgraphs.finance.orm.em
    .getConnection()
    .execute(
      `insert into finance.guarantee_plafond ("id", "amount_cents", "effective_from", "note", "recorded_at") values (gen_random_uuid(), 15000000, '2017-01-01', 'test', now())`,
    );
}
