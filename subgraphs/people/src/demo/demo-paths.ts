import { demoPlacements, pick, seededRandom, weighted, type DemoBeneficiary } from '@ixl/demo-data';
import {
  EducationLevel,
  FuoriProtocolloReason,
  LanguageLevel,
  Readiness,
  ReferringBody,
  ServiceKind,
  WorkShift,
} from '../entities/enums.js';
import { BeneficiaryStatus } from '../entities/beneficiary.entity.js';

/** What the demo knows of each person beyond @ixl/demo-data: profile, path and services (deterministic). */
export interface DemoPath {
  registeredAt: Date;
  status: BeneficiaryStatus;
  /** Statuses walked through after REGISTERED, in order (the last is `status`). */
  steps: BeneficiaryStatus[];
  score: number | null;
  readiness: Readiness | null;
  fuoriProtocolloReason: FuoriProtocolloReason | null;
  interviewedAfterDays: number | null;
  italianLevel: LanguageLevel;
  languages: { language: string; level: LanguageLevel }[];
  skills: { label: string; escoCode: string | null }[];
  pastJobs: { title: string; escoOccupationCode: string | null; employer: string | null; fromYear: number | null; toYear: number | null }[];
  educationLevel: EducationLevel;
  availableHoursPerWeek: number;
  shifts: WorkShift[];
  drivingLicence: boolean;
  ownVehicle: boolean;
  contractWishes: string[];
  cvShareConsent: boolean;
  referringBody: ReferringBody;
  services: ServiceKind[];
}

/** Job families aligned with the demo vacancies (skill labels and ISCO-based occupation codes). */
const FAMILIES = [
  { title: 'Addetto/a alle pulizie', code: '9112.1', skills: ['pulizia industriale', 'uso di detergenti professionali', 'uso lavasciuga'] },
  { title: 'Autista', code: '8331.1', skills: ['patente d', 'cqc persone', 'servizio clienti'] },
  { title: 'Magazziniere/a', code: '9333.1', skills: ['picking', 'imballaggio', 'uso del terminale rf', 'patentino muletto'] },
  { title: 'Operatore/trice socio-sanitario', code: '5322.1', skills: ['qualifica oss', 'assistenza alla persona', 'primo soccorso'] },
  { title: 'Addetto/a scaffali', code: '9334.1', skills: ['rifornimento scaffali', 'haccp'] },
  { title: 'Aiuto cuoco/a', code: '9412.1', skills: ['haccp', 'preparazione alimenti', 'lavaggio stoviglie'] },
] as const;
const MOTHER_TONGUE: Record<string, string> = { IT: 'it', MA: 'ar', RO: 'ro', AL: 'sq', PK: 'ur', NG: 'en', UA: 'uk' };
const EMPLOYERS = ['Coop Alleanza 3.0', 'Hera', 'Camst', 'Manutencoop', 'Gruppo Hera', 'Ristorante Da Nello', null];

const S = BeneficiaryStatus;
const placed = new Set(demoPlacements().map((p) => p.beneficiaryId));
/** Candidates the companies demo proposes: in target, ready, with the right skills. */
const CANDIDATE_FAMILY: Record<number, number> = { 201: 0, 202: 0, 203: 0, 204: 1 };

const take = <T>(rnd: () => number, items: readonly T[], count: number): T[] => [...items].sort(() => rnd() - 0.5).slice(0, count);

export function demoPath(p: DemoBeneficiary, now: Date): DemoPath {
  const rnd = seededRandom(7000 + p.index);
  // The last 15 people registered recently, so the SLA view has a realistic queue.
  const registeredAt = p.index >= 285 ? new Date(now.getTime() - (2 + (((p.index - 285) * 37) % 26)) * 86_400_000) : p.registeredAt;
  let status: BeneficiaryStatus;
  if (placed.has(p.id)) status = S.PLACED;
  else if (p.index in CANDIDATE_FAMILY || p.index === 0) status = S.ACTIVE;
  else if (p.index >= 285)
    status = weighted(rnd, [
      [S.REGISTERED, 6],
      [S.INTERVIEW_SCHEDULED, 5],
      [S.INTERVIEWED, 2],
      [S.IN_TARGET, 2],
    ] as const);
  else
    status = weighted(rnd, [
      [S.NOT_IN_TARGET, 36],
      [S.IN_TARGET, 30],
      [S.ACTIVE, 22],
      [S.FUORI_PROTOCOLLO, 12],
    ] as const);
  const fuoriProtocolloReason =
    status === S.FUORI_PROTOCOLLO
      ? weighted(rnd, [
          [FuoriProtocolloReason.WORKING, 5],
          [FuoriProtocolloReason.UNREACHABLE, 3],
          [FuoriProtocolloReason.NOT_COLLABORATING, 2],
        ] as const)
      : null;
  const assessedStatus =
    status === S.FUORI_PROTOCOLLO
      ? weighted(rnd, [
          [S.NOT_IN_TARGET, 1],
          [S.IN_TARGET, 2],
        ] as const)
      : status;
  const inTarget = [S.IN_TARGET, S.ACTIVE, S.PLACED].includes(assessedStatus);
  const assessed = inTarget || assessedStatus === S.NOT_IN_TARGET;
  const score = !assessed ? null : inTarget ? 11 + Math.floor(rnd() * 15) : Math.floor(rnd() * 11);
  let readiness: Readiness | null = null;
  if (inTarget)
    readiness =
      status === S.IN_TARGET
        ? weighted(rnd, [
            [Readiness.PRONTO, 82],
            [Readiness.NON_PRONTO, 13],
            [Readiness.FRAGILE, 3],
            [Readiness.IN_VALUTAZIONE, 2],
          ] as const)
        : Readiness.PRONTO;
  // A few of each rarer readiness, whatever the draw (the staff dashboard shows the shares).
  if (status === S.IN_TARGET && p.index % 37 === 3) readiness = Readiness.FRAGILE;
  if (status === S.IN_TARGET && p.index % 41 === 5) readiness = Readiness.IN_VALUTAZIONE;
  const pathTo: Record<string, BeneficiaryStatus[]> = {
    [S.REGISTERED]: [],
    [S.INTERVIEW_SCHEDULED]: [S.INTERVIEW_SCHEDULED],
    [S.INTERVIEWED]: [S.INTERVIEW_SCHEDULED, S.INTERVIEWED],
    [S.NOT_IN_TARGET]: [S.INTERVIEW_SCHEDULED, S.INTERVIEWED, S.NOT_IN_TARGET],
    [S.IN_TARGET]: [S.INTERVIEW_SCHEDULED, S.INTERVIEWED, S.IN_TARGET],
    [S.ACTIVE]: [S.INTERVIEW_SCHEDULED, S.INTERVIEWED, S.IN_TARGET, S.ACTIVE],
    [S.PLACED]: [S.INTERVIEW_SCHEDULED, S.INTERVIEWED, S.IN_TARGET, S.ACTIVE, S.PLACED],
  };
  const steps = [...(pathTo[assessedStatus] ?? []), ...(status === S.FUORI_PROTOCOLLO ? [S.FUORI_PROTOCOLLO] : [])];
  const interviewed = steps.includes(S.INTERVIEWED);

  const familyIndex = CANDIDATE_FAMILY[p.index] ?? Math.floor(rnd() * FAMILIES.length);
  const family = FAMILIES[familyIndex] ?? FAMILIES[0];
  const second = pick(rnd, FAMILIES);
  const skillLabels = [
    ...new Set([...take(rnd, family.skills, p.index in CANDIDATE_FAMILY ? family.skills.length : 2), ...take(rnd, second.skills, 1)]),
  ];
  const mother = MOTHER_TONGUE[p.citizenship] ?? 'en';
  const italianLevel =
    p.citizenship === 'IT'
      ? LanguageLevel.NATIVE
      : weighted(rnd, [
          [LanguageLevel.A1, 1],
          [LanguageLevel.A2, 3],
          [LanguageLevel.B1, 4],
          [LanguageLevel.B2, 2],
        ] as const);
  const year = registeredAt.getUTCFullYear();
  return {
    registeredAt,
    status,
    steps,
    score,
    readiness,
    fuoriProtocolloReason,
    interviewedAfterDays: interviewed ? 3 + Math.floor(rnd() * 14) : null,
    italianLevel,
    languages: [
      ...(mother === 'it' ? [] : [{ language: mother, level: LanguageLevel.NATIVE }]),
      { language: 'it', level: italianLevel },
      ...(rnd() < 0.3 ? [{ language: 'en', level: LanguageLevel.A2 }] : []),
    ],
    skills: skillLabels.map((label) => ({ label, escoCode: null })),
    pastJobs: [
      { title: family.title, escoOccupationCode: family.code, employer: pick(rnd, EMPLOYERS), fromYear: year - 3, toYear: year - 1 },
    ],
    educationLevel: weighted(rnd, [
      [EducationLevel.PRIMARY, 1],
      [EducationLevel.LOWER_SECONDARY, 4],
      [EducationLevel.UPPER_SECONDARY, 4],
      [EducationLevel.VOCATIONAL, 2],
      [EducationLevel.BACHELOR, 1],
    ] as const),
    availableHoursPerWeek: 20 + 4 * Math.floor(rnd() * 6),
    shifts: take(
      rnd,
      [WorkShift.MORNING, WorkShift.AFTERNOON, WorkShift.EVENING, WorkShift.NIGHT, WorkShift.WEEKEND],
      1 + Math.floor(rnd() * 3),
    ),
    drivingLicence: familyIndex === 1 || rnd() < 0.45,
    ownVehicle: rnd() < 0.3,
    contractWishes: rnd() < 0.7 ? ['TEMPO_DETERMINATO', 'TEMPO_INDETERMINATO'] : ['TEMPO_DETERMINATO', 'TEMPO_INDETERMINATO', 'A_CHIAMATA'],
    cvShareConsent: p.index in CANDIDATE_FAMILY || rnd() < 0.8,
    referringBody: weighted(rnd, [
      [ReferringBody.SOCIAL_SERVICES, 30],
      [ReferringBody.CARITAS, 15],
      [ReferringBody.JOB_CENTRE, 15],
      [ReferringBody.WORD_OF_MOUTH, 20],
      [ReferringBody.SELF, 12],
      [ReferringBody.THIRD_SECTOR, 8],
    ] as const),
    services: [
      ...(interviewed && rnd() < 0.5 ? [ServiceKind.CV_REVIEW] : []),
      ...(inTarget && rnd() < 0.6 ? [ServiceKind.JOB_OFFER_ALERTS] : []),
      ...(inTarget && italianLevel !== LanguageLevel.NATIVE && rnd() < 0.35 ? [ServiceKind.ITALIAN_LESSONS] : []),
      ...(status === S.ACTIVE && rnd() < 0.25 ? [ServiceKind.IPS] : []),
    ],
  };
}
