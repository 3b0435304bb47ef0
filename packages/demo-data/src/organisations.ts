import { demoId } from './random.js';

/** Board companies named in the programme's reports, with plausible sites and sectors. */
export const DEMO_COMPANIES = [
  {
    key: 'rekeep',
    name: 'Rekeep S.p.A.',
    association: 'Legacoop',
    atecoCode: '81.21',
    municipalityCode: '037060',
    boardJoinedOn: '2018-03-01',
  },
  {
    key: 'tper',
    name: 'TPER S.p.A.',
    association: 'Confservizi',
    atecoCode: '49.31',
    municipalityCode: '037006',
    boardJoinedOn: '2018-03-01',
  },
  {
    key: 'ynap',
    name: 'YOOX Net-a-Porter Group',
    association: 'Confindustria',
    atecoCode: '47.91',
    municipalityCode: '037005',
    boardJoinedOn: '2018-06-15',
  },
  {
    key: 'fraternita',
    name: 'La Fraternità Società Cooperativa Sociale',
    association: 'Confcooperative',
    atecoCode: '88.10',
    municipalityCode: '037006',
    boardJoinedOn: '2017-11-20',
  },
  {
    key: 'conad',
    name: 'Conad Nord Ovest',
    association: 'Legacoop',
    atecoCode: '47.11',
    municipalityCode: '037006',
    boardJoinedOn: '2019-02-01',
  },
  {
    key: 'gvs',
    name: 'GVS S.p.A.',
    association: 'Confindustria',
    atecoCode: '22.29',
    municipalityCode: '037060',
    boardJoinedOn: '2019-05-10',
  },
  {
    key: 'camst',
    name: 'Camst Soc. Coop. a r.l.',
    association: 'Legacoop',
    atecoCode: '56.29',
    municipalityCode: '037006',
    boardJoinedOn: '2018-09-01',
  },
  {
    key: 'coopaltra',
    name: 'Cooperativa Sociale Il Pettirosso',
    association: 'Confcooperative',
    atecoCode: '88.99',
    municipalityCode: '037032',
    boardJoinedOn: '2020-01-15',
  },
] as const;

export const DEMO_TRAINING_BODIES = [
  { key: 'seneca', name: 'Seneca', email: 'segreteria@seneca.demo' },
  { key: 'ecipar', name: 'Ecipar Bologna', email: 'info@ecipar.demo' },
  { key: 'irecoop', name: 'IRECOOP Emilia-Romagna', email: 'bologna@irecoop.demo' },
] as const;

export const companyId = (key: string) => demoId('company', key);
export const trainingBodyId = (key: string) => demoId('training-body', key);

/** The demo logins printed by `npm start` (password `demo-password`); they exist only in demo data. */
export const DEMO_PASSWORD = 'demo-password';
export const DEMO_LOGINS = [
  { email: 'admin@demo.ixl', role: 'ADMIN', displayName: 'Amministratore IXL' },
  { email: 'staff@demo.ixl', role: 'STAFF', displayName: 'Operatrice IXL' },
  // The second pair of eyes on money (maker-checker, issue 26): a named approver in the finance approval rules.
  { email: 'approvatore@demo.ixl', role: 'STAFF', displayName: 'Responsabile amministrativo IXL' },
  { email: 'azienda@demo.ixl', role: 'COMPANY', displayName: 'Referente Rekeep', companyKey: 'rekeep' },
  { email: 'azienda2@demo.ixl', role: 'COMPANY', displayName: 'Referente TPER', companyKey: 'tper' },
  { email: 'ente@demo.ixl', role: 'TRAINING_BODY', displayName: 'Referente Seneca', trainingBodyKey: 'seneca' },
  { email: 'comitato@demo.ixl', role: 'COMMITTEE_MEMBER', displayName: 'Giulia Marchetti' },
  { email: 'beneficiario@demo.ixl', role: 'BENEFICIARY', displayName: 'Beneficiario demo', beneficiaryIndex: 0 },
] as const;

export const demoUserId = (email: string) => demoId('user', email);
