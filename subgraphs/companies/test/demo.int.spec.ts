import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, vacancyId } from '@ixl/demo-data';
import { bootTestStack, type TestStack } from '@ixl/testkit';
import { matchingProfile, seedProfiles } from './factories.js';

let t: TestStack;

/** A few people around Zola Predosa as `people` would publish them (the people seed publishes its own). */
const people = [
  matchingProfile({
    firstName: 'Fatima',
    lastInitial: 'E',
    municipalityCode: '037060',
    skills: ['pulizia industriale', 'uso di detergenti professionali', 'uso lavasciuga'],
    italianLevel: 'B1',
    shifts: ['MORNING', 'EVENING'],
    availableHoursPerWeek: 30,
    contractWishes: ['TEMPO_DETERMINATO'],
  }),
  matchingProfile({
    firstName: 'Ioana',
    lastInitial: 'P',
    municipalityCode: '037011',
    skills: ['pulizia industriale', 'uso di detergenti professionali'],
    italianLevel: 'A2',
    shifts: ['MORNING'],
    availableHoursPerWeek: 25,
  }),
  matchingProfile({
    firstName: 'Marco',
    lastInitial: 'B',
    municipalityCode: '037006',
    skills: ['pulizia industriale'],
    italianLevel: 'NATIVE',
    shifts: ['EVENING'],
    availableHoursPerWeek: 40,
    contractWishes: ['TEMPO_INDETERMINATO'],
  }),
  matchingProfile({
    firstName: 'Arben',
    lastInitial: 'H',
    municipalityCode: '037061',
    skills: ['uso lavasciuga', 'magazzino'],
    italianLevel: 'A1',
    shifts: ['MORNING', 'EVENING'],
    availableHoursPerWeek: 30,
  }),
  matchingProfile({
    firstName: 'Blessing',
    lastInitial: 'O',
    municipalityCode: '037032',
    skills: ['pulizia industriale', 'uso di detergenti professionali'],
    italianLevel: 'B2',
    shifts: ['MORNING', 'EVENING'],
    availableHoursPerWeek: 30,
  }),
];

beforeAll(async () => {
  t = await bootTestStack({ seedDemo: true });
  await seedProfiles(t, people);
});
afterAll(async () => {
  await t?.stop();
});

describe('companies demo data', () => {
  it('ranks people for the Rekeep cleaning vacancy with explanations', async () => {
    const token = await t.login('staff@demo.ixl', DEMO_PASSWORD);
    const r = await t.graphql<{
      matchCandidates: { firstName: string; lastInitial: string; score: number; explanation: { distanceKm: number; summary: string } }[];
    }>('query($v: ID!) { matchCandidates(vacancyId: $v, limit: 5) { firstName lastInitial score explanation { distanceKm summary } } }', {
      token,
      variables: { v: vacancyId('rekeep-pulizie') },
    });
    expect(r.errors).toBeUndefined();
    const list = r.data?.matchCandidates ?? [];
    expect(list.length).toBeGreaterThanOrEqual(4);
    const fatima = list.find((m) => m.firstName === 'Fatima');
    expect(fatima?.score).toBe(100);
    for (const m of list) console.log(`${m.score.toString().padStart(3)}  ${m.firstName} ${m.lastInitial}.  ${m.explanation.summary}`);
  });

  it('shows Rekeep its proposed candidates and TPER nothing of its shortlist', async () => {
    const rekeep = await t.login('azienda@demo.ixl', DEMO_PASSWORD);
    const a = await t.graphql<{ vacancies: { title: string; candidates: { status: string }[] }[] }>(
      '{ vacancies { title candidates { status } } }',
      { token: rekeep },
    );
    expect(a.data?.vacancies.map((v) => v.candidates.map((c) => c.status).sort())).toEqual([
      ['DECLINED_BY_CANDIDATE', 'INTERVIEW', 'PROPOSED'],
    ]);
    const tper = await t.login('azienda2@demo.ixl', DEMO_PASSWORD);
    const b = await t.graphql<{ vacancies: { candidates: unknown[] }[] }>('{ vacancies { candidates { status } } }', { token: tper });
    expect(b.data?.vacancies.map((v) => v.candidates)).toEqual([[]]);
    const staff = await t.login('staff@demo.ixl', DEMO_PASSWORD);
    const c = await t.graphql<{ companies: { sites: unknown[]; contacts: unknown[] }[]; vacancies: unknown[] }>(
      '{ companies { sites { name } contacts { fullName } } vacancies { id } }',
      { token: staff },
    );
    expect(c.data?.companies).toHaveLength(8);
    expect(c.data?.vacancies).toHaveLength(6);
    expect(c.data?.companies.flatMap((x) => x.sites)).toHaveLength(4);
  });
});
