import { DEMO_BENEFICIARY_COUNT, beneficiaryId } from './people.js';
import { DEMO_COMPANIES, companyId, trainingBodyId } from './organisations.js';
import { demoId, pick, seededRandom, weighted } from './random.js';

/** Placement kinds and contracts with the 2020 shares of docs/domain.md §2. */
const TYPE_SHARES = [
  ['ASSUNZIONE', 62],
  ['STAGE', 21],
  ['TIROCINIO', 8],
  ['MINI_JOB', 5],
  ['LAVORO_AUTONOMO', 4],
] as const;
const CONTRACT_SHARES = [
  ['TEMPO_DETERMINATO', 80],
  ['TEMPO_INDETERMINATO', 14],
  ['IN_PROPRIO', 4],
  ['A_CHIAMATA', 2],
] as const;

export interface DemoPlacement {
  id: string;
  beneficiaryId: string;
  companyId: string | null;
  type: (typeof TYPE_SHARES)[number][0];
  contract: (typeof CONTRACT_SHARES)[number][0] | null;
  startDate: string;
  endDate: string | null;
  /** Course edition the placement is credited to (training KPIs). */
  sourceEditionId?: string | null;
  /** Renewal or conversion: the placement it follows. */
  previousPlacementId?: string | null;
}

/** Every demo placement: the general ones and those of course participants (218 in all). */
export function demoPlacements(): DemoPlacement[] {
  return [...generalDemoPlacements(), ...demoCoursePlacements()];
}

/** About 120 placements for 60 people, spread over 2019–2026, with the 2020 shares of types and contracts. */
export function generalDemoPlacements(seed = 354): DemoPlacement[] {
  const rnd = seededRandom(seed);
  const placements: DemoPlacement[] = [];
  for (let i = 0; i < 120; i++) {
    const type = weighted(rnd, TYPE_SHARES);
    const start = new Date(Date.UTC(2019, 0, 1) + Math.floor(rnd() * 7.5 * 365 * 86400_000));
    const months = type === 'ASSUNZIONE' ? 6 + Math.floor(rnd() * 12) : 3 + Math.floor(rnd() * 4);
    const end = new Date(start);
    end.setUTCMonth(end.getUTCMonth() + months);
    const contract = type === 'ASSUNZIONE' ? weighted(rnd, CONTRACT_SHARES) : null;
    placements.push({
      id: demoId('placement', i),
      beneficiaryId: beneficiaryId(1 + Math.floor(rnd() * 60)),
      companyId: type === 'LAVORO_AUTONOMO' ? null : companyId(pick(rnd, DEMO_COMPANIES).key),
      type,
      contract,
      startDate: start.toISOString().slice(0, 10),
      endDate: contract === 'TEMPO_INDETERMINATO' ? null : end.toISOString().slice(0, 10),
    });
  }
  return placements;
}

export const DEMO_VACANCIES = [
  {
    key: 'rekeep-pulizie',
    companyKey: 'rekeep',
    title: 'Addetto/a alle pulizie industriali',
    municipalityCode: '037060',
    openings: 4,
    status: 'OPEN',
  },
  {
    key: 'tper-autista',
    companyKey: 'tper',
    title: 'Autista di autobus (patente D + CQC)',
    municipalityCode: '037006',
    openings: 6,
    status: 'OPEN',
  },
  {
    key: 'ynap-magazzino',
    companyKey: 'ynap',
    title: 'Operatore/trice di magazzino',
    municipalityCode: '037005',
    openings: 10,
    status: 'OPEN',
  },
  {
    key: 'fraternita-oss',
    companyKey: 'fraternita',
    title: 'Operatore/trice socio-sanitario (OSS)',
    municipalityCode: '037006',
    openings: 5,
    status: 'OPEN',
  },
  {
    key: 'conad-scaffali',
    companyKey: 'conad',
    title: 'Addetto/a al rifornimento scaffali',
    municipalityCode: '037006',
    openings: 3,
    status: 'DRAFT',
  },
  { key: 'camst-cucina', companyKey: 'camst', title: 'Aiuto cuoco/a in mensa', municipalityCode: '037006', openings: 2, status: 'FILLED' },
] as const;

/** The editions whose figures the reports publish (docs/domain.md §3). */
export const DEMO_EDITIONS = [
  {
    key: 'oss-2020',
    bodyKey: 'seneca',
    title: 'Operatore Socio-Sanitario (OSS) 2020',
    subject: 'OSS',
    stream: 'PROFESSIONAL',
    startDate: '2020-02-03',
    endDate: '2020-10-30',
    seats: 22,
    participants: 22,
    totalCostCents: 8_800_000,
  },
  {
    key: 'pulizie-2019',
    bodyKey: 'ecipar',
    title: 'Addetto alle pulizie 2019',
    subject: 'ADDETTO_PULIZIE',
    stream: 'PROFESSIONAL',
    startDate: '2019-03-04',
    endDate: '2019-05-31',
    seats: 14,
    participants: 14,
    totalCostCents: 1_960_000,
  },
  {
    key: 'pulizie-2020',
    bodyKey: 'ecipar',
    title: 'Addetto alle pulizie 2020 (FAD)',
    subject: 'ADDETTO_PULIZIE',
    stream: 'PROFESSIONAL',
    startDate: '2020-05-11',
    endDate: '2020-07-17',
    seats: 14,
    participants: 14,
    totalCostCents: 1_820_000,
  },
  {
    key: 'cqc-2018',
    bodyKey: 'irecoop',
    title: 'Patente D + CQC persone 2018',
    subject: 'CQC',
    stream: 'PROFESSIONAL',
    startDate: '2018-09-10',
    endDate: '2019-01-25',
    seats: 12,
    participants: 12,
    totalCostCents: 4_200_000,
  },
  {
    key: 'cv-2026',
    bodyKey: 'seneca',
    title: 'CV dinamico — laboratorio',
    subject: 'CV_DINAMICO',
    stream: 'TRANSVERSAL',
    startDate: '2026-10-05',
    endDate: '2026-12-18',
    seats: 15,
    participants: 9,
    totalCostCents: 300_000,
  },
] as const;

/** Enrolled people per edition: consecutive demo beneficiaries, starting after the placed ones. */
export function demoEnrolments(): { id: string; editionId: string; beneficiaryId: string }[] {
  const rows: { id: string; editionId: string; beneficiaryId: string }[] = [];
  let next = 100;
  for (const edition of DEMO_EDITIONS) {
    for (let i = 0; i < edition.participants; i++) {
      const index = (next++ % (DEMO_BENEFICIARY_COUNT - 1)) + 1;
      rows.push({
        id: demoId('enrolment', `${edition.key}:${i}`),
        editionId: demoId('edition', edition.key),
        beneficiaryId: beneficiaryId(index),
      });
    }
  }
  // The demo beneficiary login follows the open transversal course.
  rows.push({ id: demoId('enrolment', 'cv-2026:demo'), editionId: demoId('edition', 'cv-2026'), beneficiaryId: beneficiaryId(0) });
  return rows;
}

export const DEMO_PROJECTS = [
  {
    key: 'sartoria',
    title: 'Sartoria sociale di quartiere',
    organisationName: 'Associazione Fili Intrecciati APS',
    sector: 'ETHICAL_FASHION',
    status: 'FUNDED',
    expectedJobs: 3,
    submittedAt: '2019-04-12',
  },
  {
    key: 'orti',
    title: 'Orti in comune — agricoltura sociale a Budrio',
    organisationName: 'Cooperativa Terra Condivisa',
    sector: 'SOCIAL_FARMING',
    status: 'ACCOMPANIMENT',
    expectedJobs: 2,
    submittedAt: '2026-03-02',
  },
  {
    key: 'emporio',
    title: 'Emporio solidale e cucina di comunità',
    organisationName: 'Gruppo informale Piazza Aperta',
    sector: 'ETHICAL_FOOD',
    status: 'EVALUATION_COMMITTEE',
    expectedJobs: 2,
    submittedAt: '2026-01-20',
  },
  {
    key: 'badanti',
    title: 'Rete di welfare di comunità per anziani soli',
    organisationName: 'Welfare Insieme ODV',
    sector: 'COMMUNITY_WELFARE',
    status: 'SUBMITTED',
    expectedJobs: 4,
    submittedAt: '2026-10-28',
  },
  {
    key: 'ciclofficina',
    title: 'Ciclofficina e rigenerazione urbana',
    organisationName: 'Ruote Libere APS',
    sector: 'SPORT_CULTURE_REGENERATION',
    status: 'WITHDRAWN',
    expectedJobs: 1,
    submittedAt: '2025-05-15',
  },
] as const;

export const projectId = (key: string) => demoId('project', key);
export const editionId = (key: string) => demoId('edition', key);
export const vacancyId = (key: string) => demoId('vacancy', key);

/** The sartoria's social loan: €25,000 at 3.25% over 60 months with 6 grace months. */
export const DEMO_LOANS = [
  {
    key: 'sartoria-loan',
    projectKey: 'sartoria',
    bank: 'Emil Banca',
    principalCents: 2_500_000,
    annualRateBps: 325,
    termMonths: 60,
    graceMonths: 6,
    contractDate: '2020-09-15',
    status: 'REPAYING',
  },
] as const;
export { trainingBodyId };

/**
 * Placements of course participants that reproduce the published course figures (docs/domain.md §3), each
 * credited to its edition: OSS 2020 41 placements / 20 employed of 22; Addetto pulizie 2019 24 / 9 of 14;
 * 2020 (remote) 12 / 8 of 14; CQC 2018 21 / 6 of 12, all six licence holders, 5 of them permanent.
 * Participant i of an edition is the i-th enrolment of `demoEnrolments()`.
 */
export function demoCoursePlacements(): DemoPlacement[] {
  const enrolled = demoEnrolments();
  const plan = [
    // [edition, company keys, placements per employed participant (index = participant), permanent participants]
    {
      edition: 'oss-2020',
      companies: ['fraternita', 'coopaltra'],
      perPerson: [3, ...Array(19).fill(2)] as number[],
      permanent: [0, 1, 2, 3, 4],
    },
    { edition: 'pulizie-2019', companies: ['rekeep'], perPerson: [3, 3, 3, 3, 3, 3, 2, 2, 2], permanent: [0, 1] },
    { edition: 'pulizie-2020', companies: ['rekeep', 'camst'], perPerson: [2, 2, 2, 2, 1, 1, 1, 1], permanent: [0] },
    { edition: 'cqc-2018', companies: ['tper'], perPerson: [4, 4, 4, 3, 3, 3], permanent: [0, 1, 2, 3, 4] },
  ] as const;
  const out: DemoPlacement[] = [];
  for (const p of plan) {
    const edition = DEMO_EDITIONS.find((e) => e.key === p.edition);
    if (!edition) throw new Error(`unknown edition ${p.edition}`);
    const participants = enrolled.filter((e) => e.editionId === editionId(p.edition));
    p.perPerson.forEach((count, i) => {
      const person = participants[i];
      if (!person) throw new Error(`edition ${p.edition} has no participant ${i}`);
      let previous: string | null = null;
      for (let k = 0; k < count; k++) {
        // Successive contracts, each starting 2 months after the previous one, from 1 month after the course.
        const start = new Date(`${edition.endDate}T00:00:00Z`);
        start.setUTCMonth(start.getUTCMonth() + 1 + 2 * k);
        const last = k === count - 1;
        const permanent = last && (p.permanent as readonly number[]).includes(i);
        const end = new Date(start);
        end.setUTCMonth(end.getUTCMonth() + 2);
        const id = demoId('course-placement', `${p.edition}:${i}:${k}`);
        out.push({
          id,
          beneficiaryId: person.beneficiaryId,
          companyId: companyId(p.companies[(i + k) % p.companies.length] ?? 'rekeep'),
          type: 'ASSUNZIONE',
          contract: permanent ? 'TEMPO_INDETERMINATO' : 'TEMPO_DETERMINATO',
          startDate: start.toISOString().slice(0, 10),
          endDate: permanent ? null : end.toISOString().slice(0, 10),
          sourceEditionId: editionId(p.edition),
          previousPlacementId: previous,
        });
        previous = id;
      }
    });
  }
  return out;
}
