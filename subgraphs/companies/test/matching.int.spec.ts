import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '@ixl/demo-data';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';
import { MUNICIPALITIES, distanceBetweenMunicipalitiesKm } from '@ixl/territory';
import { count, eraseBeneficiary, matchingProfile, postVacancy, publishProfiles, seedProfiles, sql } from './factories.js';

let t: TestStack;
let staff: string;
let vacancyId: string;

const vacancy = {
  title: 'Addetto/a alle pulizie',
  requiredSkills: ['pulizia industriale', 'uso di detergenti professionali'],
  niceToHaveSkills: ['uso lavasciuga'],
  italianLevel: 'B1',
  contractType: 'TEMPO_DETERMINATO',
  hoursPerWeek: 30,
  shifts: ['MORNING', 'EVENING'],
  municipalityCode: '037006',
  maxDistanceKm: 40,
  status: 'OPEN',
};

const perfect = matchingProfile({
  firstName: 'Amina',
  lastInitial: 'B',
  skills: ['pulizia industriale', 'uso di detergenti professionali', 'uso lavasciuga'],
  italianLevel: 'B2',
  shifts: ['MORNING', 'EVENING'],
  availableHoursPerWeek: 40,
});
const partial = matchingProfile({
  firstName: 'Luca',
  lastInitial: 'V',
  municipalityCode: '037011',
  skills: ['Pulizia industriale', 'giardinaggio'],
  italianLevel: 'A2',
  shifts: ['MORNING'],
  availableHoursPerWeek: 20,
  contractWishes: ['TEMPO_INDETERMINATO'],
});
const excluded = {
  notReady: matchingProfile({ firstName: 'NonPronto', readiness: 'NON_PRONTO', skills: perfect.skills }),
  strong: matchingProfile({ firstName: 'Forte', profile: 'FORTE', skills: perfect.skills }),
  placed: matchingProfile({ firstName: 'Placed', status: 'PLACED', skills: perfect.skills }),
  farAway: matchingProfile({ firstName: 'Lontano', municipalityCode: '037033', skills: perfect.skills }),
  noSkills: matchingProfile({ firstName: 'Nessuna', skills: ['saldatura'] }),
  erased: matchingProfile({ firstName: 'Cancellata', skills: perfect.skills }),
};

/** A noisy population: random skills, places, levels and readiness (deterministic). */
function population(n: number) {
  const rnd = seededRandom(42);
  const skills = ['pulizia industriale', 'uso di detergenti professionali', 'uso lavasciuga', 'magazzino', 'haccp', 'guida muletto'];
  const levels = ['A1', 'A2', 'B1', 'B2', 'C1', null] as const;
  return Array.from({ length: n }, (_, i) =>
    matchingProfile({
      firstName: `Persona${i}`,
      municipalityCode: MUNICIPALITIES[Math.floor(rnd() * MUNICIPALITIES.length)]?.istatCode ?? '037006',
      skills: skills.filter(() => rnd() < 0.35),
      italianLevel: levels[Math.floor(rnd() * levels.length)] ?? null,
      readiness: rnd() < 0.8 ? 'PRONTO' : 'NON_PRONTO',
      availableHoursPerWeek: 10 + Math.floor(rnd() * 30),
      shifts: rnd() < 0.5 ? ['MORNING'] : ['EVENING', 'NIGHT'],
    }),
  );
}

interface Match {
  beneficiaryId: string;
  firstName: string;
  score: number;
  explanation: {
    matchedSkills: string[];
    missingSkills: string[];
    matchedNiceToHave: string[];
    italianFit: string;
    italianLevel: string | null;
    distanceKm: number;
    matchedShifts: string[];
    missingShifts: string[];
    contractFit: boolean;
    components: { name: string; weight: number; points: number }[];
    summary: string;
    formula: string;
  };
}
const MATCH = `query($v: ID!, $l: Int) { matchCandidates(vacancyId: $v, limit: $l) { beneficiaryId firstName score
  explanation { matchedSkills missingSkills matchedNiceToHave italianFit italianLevel distanceKm matchedShifts missingShifts contractFit components { name weight points } summary formula } } }`;

const crowd = population(400);
const REQUIRED_OR_NICE = [...vacancy.requiredSkills, ...vacancy.niceToHaveSkills];

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  const company = await factories.createCompany(t.stack, 'Alfa Pulizie');
  vacancyId = (await postVacancy(t, staff, { ...vacancy, companyId: company.id })).id;
  await seedProfiles(t, [perfect, partial, ...Object.values(excluded), ...crowd]);
  await eraseBeneficiary(t, excluded.erased.beneficiaryId);
});
afterAll(async () => {
  await t?.stop();
});

describe('the matching read model', () => {
  it('holds one row per person, upserted idempotently from BeneficiaryProfileChanged, with the residence centroid', async () => {
    expect(await count(t, 'matching_profile')).toBe(2 + 6 + 400);
    await seedProfiles(t, [
      { ...partial, availableHoursPerWeek: 20 },
      { ...partial, availableHoursPerWeek: 20 },
    ]);
    expect(await count(t, 'matching_profile')).toBe(408);
    const [row] = await sql<{ lat: number; skills: string[] }>(
      t,
      'select "lat", "skills" from "companies"."matching_profile" where "beneficiary_id" = ?',
      [partial.beneficiaryId],
    );
    expect(row?.lat).toBeCloseTo(MUNICIPALITIES.find((m) => m.istatCode === '037011')?.lat ?? 0, 3);
    expect(row?.skills).toEqual(['pulizia industriale', 'giardinaggio']);
  });

  it('pseudonymises an erased person and ignores later profile events for them', async () => {
    await publishProfiles(t, [excluded.erased]);
    await factories.drainEvents(t.stack);
    const [row] = await sql<{ first_name: string; erased: boolean; skills: string[] }>(
      t,
      'select "first_name", "erased", "skills" from "companies"."matching_profile" where "beneficiary_id" = ?',
      [excluded.erased.beneficiaryId],
    );
    expect(row).toEqual({ first_name: '', erased: true, skills: [] });
  });
});

describe('matchCandidates', () => {
  it('ranks the perfect fit first with 100 and explains every component', async () => {
    const r = await t.graphql<{ matchCandidates: Match[] }>(MATCH, { token: staff, variables: { v: vacancyId, l: 10 } });
    expect(r.errors).toBeUndefined();
    const list = r.data?.matchCandidates ?? [];
    expect(list).toHaveLength(10);
    expect(list[0]).toMatchObject({ beneficiaryId: perfect.beneficiaryId, firstName: 'Amina', score: 100 });
    expect(list[0]?.explanation).toMatchObject({
      matchedSkills: vacancy.requiredSkills,
      missingSkills: [],
      matchedNiceToHave: ['uso lavasciuga'],
      italianFit: 'MEETS',
      italianLevel: 'B2',
      distanceKm: 0,
      matchedShifts: ['MORNING', 'EVENING'],
      missingShifts: [],
      contractFit: true,
    });
    expect(list[0]?.explanation.components.map((c) => [c.name, c.weight, c.points])).toEqual([
      ['requiredSkills', 45, 45],
      ['niceToHaveSkills', 10, 10],
      ['italian', 15, 15],
      ['distance', 15, 15],
      ['availability', 10, 10],
      ['contract', 5, 5],
    ]);
    expect(list[0]?.explanation.summary).toContain('score 100/100');
    const scores = list.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('computes a partial fit exactly by the documented formula', async () => {
    const r = await t.graphql<{ matchCandidates: Match[] }>(MATCH, { token: staff, variables: { v: vacancyId, l: 200 } });
    const m = r.data?.matchCandidates.find((x) => x.beneficiaryId === partial.beneficiaryId);
    expect(m).toBeDefined();
    const km = distanceBetweenMunicipalitiesKm('037006', '037011') ?? NaN;
    const expected = 45 * (1 / 2) + 10 * 0 + 7.5 + 15 * (1 - km / 40) + (5 * (1 / 2) + 5 * (20 / 30)) + 0;
    expect(m?.score).toBe(Math.round(expected));
    expect(m?.explanation).toMatchObject({
      matchedSkills: ['pulizia industriale'],
      missingSkills: ['uso di detergenti professionali'],
      matchedNiceToHave: [],
      italianFit: 'ONE_LEVEL_BELOW',
      matchedShifts: ['MORNING'],
      missingShifts: ['EVENING'],
      contractFit: false,
    });
    expect(m?.explanation.distanceKm).toBeCloseTo(km, 1);
  });

  it('leaves out people not in target, not PRONTO, not active, erased, beyond the radius, or without any of the skills', async () => {
    const r = await t.graphql<{ matchCandidates: Match[] }>(MATCH, { token: staff, variables: { v: vacancyId, l: 200 } });
    const ids = new Set(r.data?.matchCandidates.map((m) => m.beneficiaryId));
    for (const p of Object.values(excluded)) expect(ids.has(p.beneficiaryId), p.firstName).toBe(false);
    const eligible = [perfect, partial, ...crowd].filter(
      (p) =>
        p.readiness === 'PRONTO' &&
        p.skills.some((s) => REQUIRED_OR_NICE.includes(s.toLowerCase())) &&
        (distanceBetweenMunicipalitiesKm('037006', p.municipalityCode) ?? 999) <= 40,
    );
    expect(eligible.length).toBeGreaterThan(50);
    expect(eligible.length).toBeLessThan(200);
    expect([...ids].sort()).toEqual(eligible.map((p) => p.beneficiaryId).sort());
  });

  it('is staff-only and validates the limit', async () => {
    const company = await t.tokenFor('COMPANY', { companyId: (await factories.createCompany(t.stack)).id });
    expect(errorCodes(await t.graphql(MATCH, { token: company, variables: { v: vacancyId } }))).toEqual(['FORBIDDEN']);
    const bad = await t.graphql(MATCH, { token: staff, variables: { v: vacancyId, l: 0 } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.field).toBe('limit');
    expect(errorCodes(await t.graphql(MATCH, { token: staff, variables: { v: '7d7e4f6e-2d0a-4c1b-9a43-0f2b7e1c9a11' } }))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('answers the pre-filter from an index of the pool, whichever the planner prefers', async () => {
    const { plan, poolIndexes } = await t.stack.subgraphs.companies.orm.em.fork().transactional(async (em) => {
      // The pool's partial indexes, read from the catalogue: the planner may pick any of them (the
      // (lat, lon) one, the skills GIN one, or both in a BitmapAnd) depending on the statistics of the run.
      const indexes = await em.execute<{ indexname: string }[]>(
        `select indexname from pg_indexes where schemaname = 'companies' and tablename = 'matching_profile'
           and indexdef like '%WHERE%' and indexdef like '%IN_TARGET%' and indexdef like '%PRONTO%'`,
      );
      await em.execute('set local enable_seqscan = off');
      const rows = await em.execute<{ 'QUERY PLAN': string }[]>(
        `explain select 1 from "companies"."matching_profile" m where m."erased" = false and m."profile" = 'IN_TARGET' and m."readiness" = 'PRONTO'
           and m."status" in ('IN_TARGET', 'ACTIVE') and m."lat" between 44 and 45 and m."lon" between 11 and 12 and m."skills" && '{"haccp"}'::text[]`,
      );
      return { plan: rows.map((r) => r['QUERY PLAN']).join('\n'), poolIndexes: indexes.map((r) => r.indexname) };
    });
    expect(poolIndexes.length).toBeGreaterThanOrEqual(2);
    const used = [...plan.matchAll(/Index(?: Only)? Scan(?: Backward)? (?:using|on) (\w+)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    expect(used.every((name) => poolIndexes.includes(name!))).toBe(true);
    expect(plan).not.toMatch(/Seq Scan/);
  });
});
