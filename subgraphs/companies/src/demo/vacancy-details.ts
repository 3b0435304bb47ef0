import { CompanyCefrLevel, WorkShift } from '../entities/enums.js';
import { ContractType } from '../entities/placement.entity.js';

/** Richer demo fields of the shared demo vacancies (@ixl/demo-data DEMO_VACANCIES), by key. */
export const DEMO_VACANCY_DETAILS: Record<
  string,
  {
    occupationCode: string;
    tasks: string;
    requiredSkills: string[];
    niceToHaveSkills: string[];
    italianLevel: CompanyCefrLevel | null;
    drivingLicenceRequired: boolean;
    contractType: ContractType;
    hoursPerWeek: number;
    shifts: WorkShift[];
    startDate: string;
  }
> = {
  'rekeep-pulizie': {
    occupationCode: '9112.1',
    tasks: 'Pulizia di uffici e capannoni industriali, uso di macchinari lavapavimenti',
    requiredSkills: ['pulizia industriale', 'uso di detergenti professionali'],
    niceToHaveSkills: ['uso lavasciuga'],
    italianLevel: CompanyCefrLevel.A2,
    drivingLicenceRequired: false,
    contractType: ContractType.TEMPO_DETERMINATO,
    hoursPerWeek: 30,
    shifts: [WorkShift.MORNING, WorkShift.EVENING],
    startDate: '2026-12-01',
  },
  'tper-autista': {
    occupationCode: '8331.1',
    tasks: 'Guida di autobus urbani ed extraurbani',
    requiredSkills: ['patente d', 'cqc persone'],
    niceToHaveSkills: ['servizio clienti'],
    italianLevel: CompanyCefrLevel.B1,
    drivingLicenceRequired: true,
    contractType: ContractType.TEMPO_INDETERMINATO,
    hoursPerWeek: 39,
    shifts: [WorkShift.MORNING, WorkShift.AFTERNOON, WorkShift.WEEKEND],
    startDate: '2027-01-15',
  },
  'ynap-magazzino': {
    occupationCode: '9333.1',
    tasks: 'Picking, imballaggio e spedizione ordini e-commerce',
    requiredSkills: ['picking', 'imballaggio'],
    niceToHaveSkills: ['uso del terminale rf', 'patentino muletto'],
    italianLevel: CompanyCefrLevel.A2,
    drivingLicenceRequired: false,
    contractType: ContractType.TEMPO_DETERMINATO,
    hoursPerWeek: 36,
    shifts: [WorkShift.MORNING, WorkShift.AFTERNOON],
    startDate: '2026-12-07',
  },
  'fraternita-oss': {
    occupationCode: '5322.1',
    tasks: 'Assistenza di base a persone anziane in struttura',
    requiredSkills: ['qualifica oss', 'assistenza alla persona'],
    niceToHaveSkills: ['primo soccorso'],
    italianLevel: CompanyCefrLevel.B1,
    drivingLicenceRequired: false,
    contractType: ContractType.TEMPO_DETERMINATO,
    hoursPerWeek: 38,
    shifts: [WorkShift.MORNING, WorkShift.AFTERNOON, WorkShift.NIGHT],
    startDate: '2026-12-01',
  },
  'conad-scaffali': {
    occupationCode: '9334.1',
    tasks: 'Rifornimento scaffali e controllo scadenze',
    requiredSkills: ['rifornimento scaffali'],
    niceToHaveSkills: ['haccp'],
    italianLevel: CompanyCefrLevel.A2,
    drivingLicenceRequired: false,
    contractType: ContractType.TEMPO_DETERMINATO,
    hoursPerWeek: 24,
    shifts: [WorkShift.EVENING],
    startDate: '2027-01-07',
  },
  'camst-cucina': {
    occupationCode: '9412.1',
    tasks: 'Preparazione pasti e pulizia della cucina in mensa aziendale',
    requiredSkills: ['haccp', 'preparazione alimenti'],
    niceToHaveSkills: ['lavaggio stoviglie'],
    italianLevel: CompanyCefrLevel.A2,
    drivingLicenceRequired: false,
    contractType: ContractType.TEMPO_DETERMINATO,
    hoursPerWeek: 30,
    shifts: [WorkShift.MORNING],
    startDate: '2026-09-01',
  },
};

export const DEMO_SITES = [
  { key: 'rekeep-sede', companyKey: 'rekeep', name: 'Sede e magazzino', municipalityCode: '037060', address: 'Via Poli 4' },
  { key: 'rekeep-bologna', companyKey: 'rekeep', name: 'Cantiere ospedaliero', municipalityCode: '037006', address: 'Via Albertoni 15' },
  { key: 'tper-deposito', companyKey: 'tper', name: 'Deposito Due Madonne', municipalityCode: '037006', address: 'Via Due Madonne 10' },
  { key: 'ynap-polo', companyKey: 'ynap', name: 'Polo logistico Interporto', municipalityCode: '037005', address: 'Interporto di Bologna' },
] as const;

export const DEMO_CONTACTS = [
  { key: 'rekeep-hr', companyKey: 'rekeep', fullName: 'Paola Benassi', role: 'HR recruiting', email: 'paola.benassi@rekeep.demo' },
  { key: 'tper-hr', companyKey: 'tper', fullName: 'Marco Lenzi', role: 'Selezione personale', email: 'marco.lenzi@tper.demo' },
  {
    key: 'fraternita-hr',
    companyKey: 'fraternita',
    fullName: 'Chiara Gardini',
    role: 'Coordinatrice',
    email: 'chiara.gardini@fraternita.demo',
  },
] as const;

/** Demo candidates of the Rekeep cleaning vacancy (beneficiary indexes outside the placed ones). */
export const DEMO_CANDIDATES = [
  { key: 'rekeep-1', vacancyKey: 'rekeep-pulizie', beneficiaryIndex: 201, status: 'PROPOSED', score: 78 },
  { key: 'rekeep-2', vacancyKey: 'rekeep-pulizie', beneficiaryIndex: 202, status: 'INTERVIEW', score: 71 },
  {
    key: 'rekeep-3',
    vacancyKey: 'rekeep-pulizie',
    beneficiaryIndex: 203,
    status: 'DECLINED_BY_CANDIDATE',
    score: 66,
    reasonCode: 'FEAR_OF_INFECTION',
  },
  { key: 'tper-1', vacancyKey: 'tper-autista', beneficiaryIndex: 204, status: 'SHORTLISTED', score: 62 },
] as const;
