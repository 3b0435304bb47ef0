import type { Catalog } from '@ixl/ui';

export const LANDING_MESSAGES: Catalog = {
  it: {
    'landing.title': 'I portali di Insieme per il lavoro',
    'landing.intro': 'Scegli il portale per il tuo ruolo.',
    'landing.beneficiary.title': 'Beneficiari',
    'landing.beneficiary.text': 'Cerchi lavoro? Vedi i tuoi dati, il tuo percorso, i corsi e le offerte.',
    'landing.company.title': 'Aziende',
    'landing.company.text': 'Le aziende della rete: fabbisogni di personale e candidati proposti.',
    'landing.training.title': 'Enti di formazione',
    'landing.training.text': 'Edizioni dei corsi, iscritti, presenze ed esiti.',
    'landing.committee.title': 'Comitati',
    'landing.committee.text': 'Sedute, dossier dei progetti, voti e verbali.',
    'landing.staff.title': 'Operatori',
    'landing.staff.text': 'Il lavoro quotidiano degli operatori del programma.',
  },
  en: {
    'landing.title': 'The Together for work portals',
    'landing.intro': 'Choose the portal for your role.',
    'landing.beneficiary.title': 'Beneficiaries',
    'landing.beneficiary.text': 'Looking for work? See your data, your path, courses and offers.',
    'landing.company.title': 'Companies',
    'landing.company.text': 'The network’s companies: staffing needs and proposed candidates.',
    'landing.training.title': 'Training bodies',
    'landing.training.text': 'Course editions, enrolments, attendance and outcomes.',
    'landing.committee.title': 'Committees',
    'landing.committee.text': 'Sessions, project dossiers, votes and minutes.',
    'landing.staff.title': 'Operators',
    'landing.staff.text': 'The programme operators’ daily work.',
  },
};
