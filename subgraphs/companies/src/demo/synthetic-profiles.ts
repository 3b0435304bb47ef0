import type { EntityManager } from '@mikro-orm/postgresql';
import { MUNICIPALITIES } from '@ixl/territory';

/** Skill labels of the synthetic population (vacancies of a benchmark should use some of them). */
export const SYNTHETIC_SKILLS = Array.from({ length: 40 }, (_, i) => `skill-${i + 1}`);

/**
 * Inserts `count` synthetic matching profiles straight into the read model, deterministically
 * (PostgreSQL `setseed`), for benchmarks of `matchCandidates` (e.g. 100k people). Shares: about 60% in the
 * matching pool (in target, PRONTO, active); residences spread over the 55 municipalities, Bologna heavier.
 */
export async function insertSyntheticMatchingProfiles(em: EntityManager, count: number, seed = 0.42): Promise<void> {
  const centroids = MUNICIPALITIES.map((m) => `(${Number(m.lat)}, ${Number(m.lon)}, '${m.istatCode.replace(/\D/g, '')}')`).join(', ');
  const bologna = 1 + MUNICIPALITIES.findIndex((m) => m.istatCode === '037006');
  await em.transactional(async (tx) => {
    await tx.execute('select setseed(?)', [seed]);
    await tx.execute(
      `with m(lat, lon, code) as (values ${centroids}), mm as (select row_number() over () as n, * from m)
       insert into "companies"."matching_profile" ("beneficiary_id", "first_name", "last_initial", "status", "profile", "readiness", "italian_level", "italian_rank",
         "municipality_code", "lat", "lon", "skills", "occupations", "available_hours_per_week", "shifts", "contract_wishes", "cv_share_consent", "updated_at")
       select md5('synthetic-' || g)::uuid, 'Persona' || g, chr(65 + g % 26),
         case when r1 < 0.85 then 'ACTIVE' else 'PLACED' end,
         case when r2 < 0.85 then 'IN_TARGET' else 'FORTE' end,
         case when r3 < 0.82 then 'PRONTO' when r3 < 0.95 then 'NON_PRONTO' else 'FRAGILE' end,
         (array['A1','A2','B1','B2','C1','C2','NATIVE'])[1 + (g % 7)], 1 + (g % 7),
         mm.code, mm.lat, mm.lon,
         array(select distinct 'skill-' || (1 + floor(random() * 40 + g * 0))::int from generate_series(1, 1 + g % 6)),
         '{}', 10 + g % 31, case g % 4 when 0 then array['MORNING'] when 1 then array['AFTERNOON'] when 2 then array['MORNING','AFTERNOON'] else array['EVENING','NIGHT'] end,
         case when g % 3 = 0 then array['TEMPO_INDETERMINATO'] else '{}' end, g % 2 = 0, now()
       from (select g, random() as r1, random() as r2, random() as r3,
               case when random() < 0.55 then ${bologna} else 1 + floor(random() * ${MUNICIPALITIES.length})::int end as mi
             from generate_series(1, ?::int) g) s
       join mm on mm.n = s.mi
       on conflict ("beneficiary_id") do nothing`,
      [count],
    );
  });
  await em.execute('analyze "companies"."matching_profile"');
}
