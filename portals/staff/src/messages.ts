import { mergeCatalogs, type Catalog } from '@ixl/ui';
import { COURSE_REQUEST_MESSAGES, PROFILE_MESSAGES } from '@ixl/portal-client';
import { BENEFICIARIES_MESSAGES } from './features/beneficiaries/messages.js';
import { QUEUES_MESSAGES } from './features/queues/messages.js';
import { ASSESSMENT_MESSAGES } from './features/assessment/messages.js';
import { MAIL_MESSAGES } from './features/mail/messages.js';
import { PLACEMENTS_MESSAGES } from './features/placements/messages.js';
import { VACANCIES_MESSAGES } from './features/vacancies/messages.js';
import { MONITORING_MESSAGES } from './features/monitoring/messages.js';
import { DEFINITIONS_MESSAGES } from './features/monitoring/definitions.js';
import { COMMITTEES_MESSAGES } from './features/committees/messages.js';
import { COURSES_MESSAGES } from './features/courses/messages.js';
import { FINANCE_MESSAGES } from './features/finance/messages.js';
import { APPROVALS_MESSAGES } from './features/approvals/messages.js';
import { PROJECTS_MESSAGES } from './features/projects/messages.js';
import { AUDIT_MESSAGES } from './features/audit/messages.js';
import { JOBS_MESSAGES } from './features/jobs/messages.js';
import { STATUS_MESSAGES } from './features/status/messages.js';
import { VOCABULARY_MESSAGES } from './features/vocabulary/messages.js';
import { IMPORTS_MESSAGES } from './features/imports/messages.js';
import { USERS_MESSAGES } from './features/users/messages.js';

/** The staff portal's own texts; each feature folder may add its own `messages.ts`, merged below. */
const BASE_MESSAGES: Catalog = {
  it: {
    'portal.title': 'IXL · Operatori',
    'nav.home': 'Home',
    'nav.beneficiaries': 'Beneficiari',
    'home.title': 'Buongiorno, {name}',
    'home.beneficiaries': 'Beneficiari',
    'home.beneficiariesText': '{count} persone iscritte al programma.',
    'home.openList': 'Apri l’elenco dei beneficiari',
    'live.title': 'In tempo reale',
    'live.status.connecting': 'Collegamento in corso…',
    'live.status.connected': 'Aggiornamenti in tempo reale attivi.',
    'live.status.closed': 'Collegamento interrotto: riprovo.',
    'live.empty': 'Nessuna novità da quando hai aperto la pagina.',
    'live.vacancyPosted': 'Nuovo fabbisogno: {title} ({company}, {openings} posti)',
    'live.placementRecorded': 'Inserimento: {name} presso {company} ({type})',
    'live.beneficiaryRegistered': 'Nuova iscrizione: {name}',
    'placementType.ASSUNZIONE': 'assunzione',
    'placementType.STAGE': 'stage',
    'placementType.TIROCINIO': 'tirocinio',
    'placementType.MINI_JOB': 'mini job',
    'placementType.LAVORO_AUTONOMO': 'lavoro autonomo',
    'beneficiaries.title': 'Beneficiari',
    'beneficiaries.caption': 'Beneficiari, pagina {page}',
    'beneficiary.name': 'Nome',
    'beneficiary.codiceFiscale': 'Codice fiscale',
    'beneficiary.municipality': 'Comune',
    'beneficiary.status': 'Stato',
    'beneficiary.registeredAt': 'Data di iscrizione',
    'beneficiary.placements': 'Inserimenti',
    'beneficiary.enrolments': 'Corsi',
    // By the person's recorded sex where the label is about one person ({sex}); the other branch names the category.
    'status.REGISTERED': '{sex, select, F {Iscritta} other {Iscritto}}',
    'status.INTERVIEW_SCHEDULED': 'Colloquio fissato',
    'status.INTERVIEWED': 'Colloquio svolto',
    'status.NOT_IN_TARGET': 'Non in target',
    'status.IN_TARGET': 'In target',
    'status.ACTIVE': 'In percorso',
    'status.PLACED': '{sex, select, F {Inserita} other {Inserito}}',
    'status.FUORI_PROTOCOLLO': 'Fuori protocollo',
  },
  en: {
    'portal.title': 'IXL · Operators',
    'nav.home': 'Home',
    'nav.beneficiaries': 'Beneficiaries',
    'home.title': 'Good morning, {name}',
    'home.beneficiaries': 'Beneficiaries',
    'home.beneficiariesText': '{count} people registered in the programme.',
    'home.openList': 'Open the list of beneficiaries',
    'live.title': 'Live',
    'live.status.connecting': 'Connecting to live updates…',
    'live.status.connected': 'Live updates on.',
    'live.status.closed': 'Live updates unavailable: retrying.',
    'live.empty': 'Nothing new since you opened the page.',
    'live.vacancyPosted': 'New staffing need: {title} ({company}, {openings} openings)',
    'live.placementRecorded': 'Placement: {name} at {company} ({type})',
    'live.beneficiaryRegistered': 'New registration: {name}',
    'placementType.ASSUNZIONE': 'employment',
    'placementType.STAGE': 'stage',
    'placementType.TIROCINIO': 'traineeship',
    'placementType.MINI_JOB': 'mini job',
    'placementType.LAVORO_AUTONOMO': 'self-employment',
    'beneficiaries.title': 'Beneficiaries',
    'beneficiaries.caption': 'Beneficiaries, page {page}',
    'beneficiary.name': 'Name',
    'beneficiary.codiceFiscale': 'Tax code',
    'beneficiary.municipality': 'Municipality',
    'beneficiary.status': 'Status',
    'beneficiary.registeredAt': 'Registered on',
    'beneficiary.placements': 'Placements',
    'beneficiary.enrolments': 'Courses',
    'status.REGISTERED': 'Registered',
    'status.INTERVIEW_SCHEDULED': 'Interview scheduled',
    'status.INTERVIEWED': 'Interviewed',
    'status.NOT_IN_TARGET': 'Not in target',
    'status.IN_TARGET': 'In target',
    'status.ACTIVE': 'On a path',
    'status.PLACED': 'Placed',
    'status.FUORI_PROTOCOLLO': 'Out of protocol',
  },
};

export const STAFF_MESSAGES: Catalog = mergeCatalogs(
  BASE_MESSAGES,
  PROFILE_MESSAGES,
  COURSE_REQUEST_MESSAGES,
  VACANCIES_MESSAGES,
  PLACEMENTS_MESSAGES,
  COURSES_MESSAGES,
  PROJECTS_MESSAGES,
  COMMITTEES_MESSAGES,
  FINANCE_MESSAGES,
  APPROVALS_MESSAGES,
  BENEFICIARIES_MESSAGES,
  QUEUES_MESSAGES,
  ASSESSMENT_MESSAGES,
  MAIL_MESSAGES,
  MONITORING_MESSAGES,
  DEFINITIONS_MESSAGES,
  AUDIT_MESSAGES,
  JOBS_MESSAGES,
  STATUS_MESSAGES,
  VOCABULARY_MESSAGES,
  IMPORTS_MESSAGES,
  USERS_MESSAGES,
);
