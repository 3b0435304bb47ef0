import type { Catalog } from '@ixl/ui';

export const LANDING_MESSAGES: Catalog = {
  it: {
    'footer.title': 'Informazioni sul servizio',
    'footer.nav': 'Informazioni legali e contatti',
    'footer.privacy.title': 'Informativa privacy',
    'footer.privacy.text':
      'I dati che ci affidi servono solo a seguirti nel programma Insieme per il lavoro: colloqui, percorsi, offerte e corsi. Li vedono gli operatori del programma e, per le offerte, le aziende a cui proponiamo la tua candidatura. Puoi scaricare i tuoi dati e ritirare il consenso dal tuo portale, in qualsiasi momento. Al momento dell’iscrizione ti mostriamo l’informativa completa.',
    'footer.accessibility.title': 'Dichiarazione di accessibilità',
    'footer.accessibility.text':
      'I portali sono pensati per essere usati da tutti: da telefono e da computer, con la tastiera e con i lettori di schermo, in italiano e in inglese. Se qualcosa non funziona per te, scrivici: ti aiutiamo e lo correggiamo.',
    'footer.contacts.title': 'Contatti',
    'footer.contacts.text': 'Per informazioni sul programma e per segnalare un problema:',
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
    'footer.title': 'About the service',
    'footer.nav': 'Legal information and contacts',
    'footer.privacy.title': 'Privacy notice',
    'footer.privacy.text':
      'The data you give us is used only to support you in the Insieme per il lavoro programme: interviews, paths, offers and courses. The programme’s operators see it and, for offers, the companies we propose you to. You can download your data and withdraw your consent from your portal at any time. The full notice is shown when you register.',
    'footer.accessibility.title': 'Accessibility statement',
    'footer.accessibility.text':
      'The portals are meant for everyone: on a phone and on a computer, with a keyboard and with screen readers, in Italian and in English. If something does not work for you, write to us: we will help and fix it.',
    'footer.contacts.title': 'Contacts',
    'footer.contacts.text': 'For information about the programme and to report a problem:',
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
