import type { Catalog } from '@ixl/ui';

export const COMMITTEE_MESSAGES: Catalog = {
  it: {
    'portal.title': 'IXL · Comitati',
    'nav.sessions': 'Le mie sedute',
    'sessions.title': 'Le mie sedute',
    'sessions.empty': 'Non ci sono sedute da mostrare.',
    'sessions.notYet': 'Le sedute dei comitati, i dossier dei progetti e il voto arriveranno in questo portale a breve. Per ora puoi verificare il tuo account.',
  },
  en: {
    'portal.title': 'IXL · Committees',
    'nav.sessions': 'My sessions',
    'sessions.title': 'My sessions',
    'sessions.empty': 'There are no sessions to show.',
    'sessions.notYet': 'Committee sessions, project dossiers and voting are coming to this portal soon. For now you can check your account.',
  },
};
