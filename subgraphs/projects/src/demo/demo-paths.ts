import { beneficiaryId, demoId, demoUserId, projectId } from '@ixl/demo-data';
import {
  CallKind,
  CommitteeKind,
  CommitteeMemberRole,
  MonitoringMode,
  OutcomeKind,
  PathKind,
  SelfEmploymentStatus,
} from '../entities/enums.js';

/** Calls: the autumn 2026 social-innovation call and the intermediaries call are open on the demo date. */
export const DEMO_CALLS = [
  {
    key: 'si-2019',
    kind: CallKind.SOCIAL_INNOVATION,
    title: 'Call progetti di innovazione sociale 2019',
    opensOn: '2019-02-01',
    closesOn: '2019-04-30',
    maxAmountCents: 2_500_000,
  },
  {
    key: 'si-2025',
    kind: CallKind.SOCIAL_INNOVATION,
    title: 'Call progetti di innovazione sociale — primavera 2025',
    opensOn: '2025-03-01',
    closesOn: '2025-05-31',
    maxAmountCents: 2_500_000,
  },
  {
    key: 'si-2026-spring',
    kind: CallKind.SOCIAL_INNOVATION,
    title: 'Call progetti di innovazione sociale — inverno 2026',
    opensOn: '2026-01-07',
    closesOn: '2026-03-15',
    maxAmountCents: 2_500_000,
  },
  {
    key: 'si-2026-autumn',
    kind: CallKind.SOCIAL_INNOVATION,
    title: 'Call progetti di innovazione sociale — autunno 2026',
    opensOn: '2026-10-01',
    closesOn: '2026-12-15',
    maxAmountCents: 2_500_000,
  },
  {
    key: 'over55',
    kind: CallKind.OVER_55_HIRING,
    title: 'Call Terzo settore: assunzione di beneficiari over 55',
    opensOn: '2020-12-01',
    closesOn: null,
    maxAmountCents: 1_000_000,
  },
  {
    key: 'apl-2027',
    kind: CallKind.LABOUR_INTERMEDIARIES,
    title: 'Call soggetti abilitati all’intermediazione (APL) 2027',
    opensOn: '2026-11-02',
    closesOn: '2027-01-31',
    maxAmountCents: 4_000_000,
  },
] as const;
export const callId = (key: string) => demoId('call', key);

export const DEMO_COMMITTEES = [
  { key: 'evaluation', kind: CommitteeKind.EVALUATION, name: 'Comitato di valutazione', quorum: 3 },
  { key: 'management', kind: CommitteeKind.MANAGEMENT, name: 'Comitato di gestione', quorum: 3 },
  { key: 'coordination', kind: CommitteeKind.COORDINATION, name: 'Tavolo di coordinamento', quorum: 5 },
  { key: 'technical', kind: CommitteeKind.TECHNICAL, name: 'Tavolo tecnico', quorum: 3 },
] as const;
export const committeeId = (key: string) => demoId('committee', key);

/**
 * Members, with real-looking names (they appear in the verbale): the demo login comitato@demo.ixl is Giulia Marchetti,
 * secretary of the evaluation committee (she records decisions and edits the minutes template); each committee has a chair.
 */
export const DEMO_MEMBERS = [
  {
    committee: 'evaluation',
    userId: demoUserId('comitato@demo.ixl'),
    displayName: 'Giulia Marchetti',
    represents: 'Città metropolitana di Bologna',
    role: CommitteeMemberRole.SECRETARY,
  },
  {
    committee: 'evaluation',
    userId: demoId('user', 'valutazione-2'),
    displayName: 'Chiara Bellini',
    represents: 'Fondazione San Petronio',
    role: CommitteeMemberRole.CHAIR,
  },
  { committee: 'evaluation', userId: demoId('user', 'valutazione-3'), displayName: 'Marco Gentili', represents: 'Social Seed' },
  { committee: 'evaluation', userId: demoId('user', 'valutazione-4'), displayName: 'Laura Ferri', represents: 'Comune di Bologna' },
  {
    committee: 'management',
    userId: demoId('user', 'gestione-1'),
    displayName: 'Paolo Venturi',
    represents: 'Comune di Bologna',
    role: CommitteeMemberRole.CHAIR,
  },
  {
    committee: 'management',
    userId: demoId('user', 'gestione-2'),
    displayName: 'Anna Morandi',
    represents: 'Città metropolitana di Bologna',
    role: CommitteeMemberRole.SECRETARY,
  },
  { committee: 'management', userId: demoId('user', 'gestione-3'), displayName: 'don Luca Serra', represents: 'Fondazione San Petronio' },
] as const;

type Step = readonly [string, string, string?];
/** Each demo project's history (status, ISO date, reason) and path details; ids and final statuses as in @ixl/demo-data. */
export const DEMO_PROJECT_PATHS: Record<
  string,
  {
    call: string;
    history: readonly Step[];
    intake?: string;
    pathKind?: PathKind;
    labs?: readonly [string, string][];
    monitoring?: { mode: MonitoringMode; startedOn: string; meetings: readonly string[] };
  }
> = {
  sartoria: {
    call: 'si-2019',
    intake: '2019-05-20',
    pathKind: PathKind.THREE_LABS,
    labs: [
      ['2019-06-05', 'Canvas del valore e mappa degli attori'],
      ['2019-06-26', 'Prototipo del servizio di sartoria'],
      ['2019-07-10', 'Piano economico a 3 anni'],
    ],
    history: [
      ['SUBMITTED', '2019-04-12'],
      ['PRE_SELECTION', '2019-04-30'],
      ['INTAKE_MEETING', '2019-05-20'],
      ['ACCOMPANIMENT', '2019-05-20'],
      ['REVIEW', '2019-07-20'],
      ['EVALUATION_COMMITTEE', '2019-09-10'],
      ['MANAGEMENT_COMMITTEE', '2019-10-15'],
      ['FUNDED', '2020-07-20'],
    ],
  },
  orti: {
    call: 'si-2026-spring',
    intake: '2026-09-28',
    pathKind: PathKind.THREE_LABS,
    labs: [
      ['2026-10-08', 'Bisogni del territorio di Budrio'],
      ['2026-10-29', 'Modello di servizio e partner agricoli'],
    ],
    history: [
      ['SUBMITTED', '2026-03-02'],
      ['PRE_SELECTION', '2026-04-15'],
      ['INTAKE_MEETING', '2026-09-28'],
      ['ACCOMPANIMENT', '2026-09-28'],
    ],
  },
  emporio: {
    call: 'si-2026-spring',
    intake: '2026-04-20',
    pathKind: PathKind.SHORT,
    history: [
      ['SUBMITTED', '2026-01-20'],
      ['PRE_SELECTION', '2026-02-10'],
      ['INTAKE_MEETING', '2026-04-20'],
      ['ACCOMPANIMENT', '2026-04-20'],
      ['REVIEW', '2026-06-30'],
      ['EVALUATION_COMMITTEE', '2026-10-15'],
    ],
  },
  badanti: { call: 'si-2026-autumn', history: [['SUBMITTED', '2026-10-28']] },
  ciclofficina: {
    call: 'si-2025',
    intake: '2025-07-01',
    pathKind: PathKind.THREE_LABS,
    labs: [
      ['2025-07-15', 'Mappatura della domanda'],
      ['2025-08-26', 'Modello di ricavi'],
    ],
    history: [
      ['SUBMITTED', '2025-05-15'],
      ['PRE_SELECTION', '2025-06-05'],
      ['INTAKE_MEETING', '2025-07-01'],
      ['ACCOMPANIMENT', '2025-07-01'],
      ['WITHDRAWN', '2025-09-12', 'Il gruppo ha perso la sede in concessione: progetto ritirato dopo l’accompagnamento'],
    ],
  },
};

export const DEMO_OUTCOMES = [
  {
    project: 'sartoria',
    kind: OutcomeKind.PARTNERSHIP,
    description: 'Accordo con il mercato di quartiere per il punto vendita',
    on: '2020-10-01',
  },
  { project: 'sartoria', kind: OutcomeKind.STAGE, description: 'Stage di sartoria (6 mesi)', on: '2020-11-02', beneficiary: 12 },
  {
    project: 'sartoria',
    kind: OutcomeKind.JOB,
    description: 'Assunzione a tempo determinato, addetta alla sartoria',
    on: '2021-05-03',
    beneficiary: 12,
  },
  {
    project: 'sartoria',
    kind: OutcomeKind.JOB,
    description: 'Assunzione a tempo determinato, addetta alle vendite',
    on: '2021-09-01',
    beneficiary: 47,
  },
  { project: 'sartoria', kind: OutcomeKind.LOGO_USE, description: 'Logo IXL sul sito e in negozio', on: '2020-10-15' },
  {
    project: 'sartoria',
    kind: OutcomeKind.TESTIMONIAL,
    description: 'Testimonianza alla presentazione del piano di lavoro 2021',
    on: '2021-02-18',
  },
] as const;

/** Self-employment paths: the demo beneficiary (index 0) is in accompaniment. */
export const DEMO_SELF_EMPLOYMENT = [
  {
    key: 'sartoria-domicilio',
    beneficiary: 0,
    idea: 'Riparazioni sartoriali a domicilio nel quartiere Navile',
    sector: 'ETHICAL_FASHION',
    status: SelfEmploymentStatus.ACCOMPANIMENT,
    history: [
      ['SUBMITTED', '2026-09-15'],
      ['ACCOMPANIMENT', '2026-10-01'],
    ] as const,
    meetings: ['2026-10-01', '2026-10-22'],
  },
  {
    key: 'minimarket',
    beneficiary: 31,
    idea: 'Minimarket di prossimità a San Lazzaro',
    sector: 'ETHICAL_FOOD',
    status: SelfEmploymentStatus.MONITORING,
    history: [
      ['SUBMITTED', '2020-01-20'],
      ['ACCOMPANIMENT', '2020-02-03'],
      ['BUSINESS_PLAN', '2020-03-16'],
      ['EVALUATION', '2020-05-04'],
      ['APPROVED', '2020-06-10'],
      ['STARTED', '2020-07-01'],
      ['MONITORING', '2020-07-01'],
    ] as const,
    meetings: ['2020-02-03', '2020-02-24'],
    monitoring: { mode: MonitoringMode.THREE_MEETINGS, meetings: ['2020-09-01', '2020-11-03', '2021-01-12'] },
  },
  {
    key: 'food-truck',
    beneficiary: 58,
    idea: 'Food truck di cucina etnica per eventi',
    sector: 'ETHICAL_FOOD',
    status: SelfEmploymentStatus.REJECTED,
    history: [
      ['SUBMITTED', '2025-02-11'],
      ['ACCOMPANIMENT', '2025-03-03'],
      ['REJECTED', '2025-04-14', 'Piano economico non sostenibile: costi di avvio superiori alla capacità di rimborso'],
    ] as const,
    meetings: ['2025-03-03'],
  },
] as const;
export const selfEmploymentId = (key: string) => demoId('self-employment', key);
export { beneficiaryId, projectId };
