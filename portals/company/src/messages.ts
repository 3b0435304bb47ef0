import { mergeCatalogs, type Catalog } from '@ixl/ui';
import { PROFILE_MESSAGES } from '@ixl/portal-client';
import { HIRE_MESSAGES } from './features/placements/hire-messages.js';
import { WORK_MESSAGES } from './features/work-messages.js';

const BASE_MESSAGES: Catalog = {
  it: {
    'portal.title': 'IXL · Aziende',
    'nav.home': 'La mia azienda',
    'home.title': 'La mia azienda',
    'company.details': 'Dati dell’azienda',
    'company.name': 'Ragione sociale',
    'company.vat': 'Partita IVA',
    'company.municipality': 'Sede',
    'company.boardSince': 'Nella rete dal',
    'company.none': 'Il tuo account non è collegato a un’azienda.',
    'vacancies.title': 'Fabbisogni di personale',
    'vacancies.none': 'Nessun fabbisogno di personale inserito.',
    'vacancies.count': '{count} fabbisogni',
    'vacancies.count.one': 'Un fabbisogno',
    'vacancy.title': 'Posizione',
    'vacancy.municipality': 'Luogo di lavoro',
    'vacancy.openings': 'Posti',
    'vacancy.status': 'Stato',
    'vacancy.createdAt': 'Inserito il',
    'vacancyStatus.DRAFT': 'Bozza',
    'vacancyStatus.OPEN': 'Aperto',
    'vacancyStatus.FILLED': 'Coperto',
    'vacancyStatus.CLOSED': 'Chiuso',
  },
  en: {
    'portal.title': 'IXL · Companies',
    'nav.home': 'My company',
    'home.title': 'My company',
    'company.details': 'Company details',
    'company.name': 'Company name',
    'company.vat': 'VAT number',
    'company.municipality': 'Registered in',
    'company.boardSince': 'In the network since',
    'company.none': 'Your account is not linked to a company.',
    'vacancies.title': 'Staffing needs',
    'vacancies.none': 'No staffing need yet.',
    'vacancies.count': '{count} staffing needs',
    'vacancies.count.one': 'One staffing need',
    'vacancy.title': 'Position',
    'vacancy.municipality': 'Workplace',
    'vacancy.openings': 'Openings',
    'vacancy.status': 'Status',
    'vacancy.createdAt': 'Posted on',
    'vacancyStatus.DRAFT': 'Draft',
    'vacancyStatus.OPEN': 'Open',
    'vacancyStatus.FILLED': 'Filled',
    'vacancyStatus.CLOSED': 'Closed',
  },
};

export const COMPANY_MESSAGES: Catalog = mergeCatalogs(BASE_MESSAGES, WORK_MESSAGES, PROFILE_MESSAGES, HIRE_MESSAGES);
