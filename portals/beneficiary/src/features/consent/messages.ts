import type { Catalog } from '@ixl/ui';

/** The privacy page's own texts: added when the page loads (addMessages), not in the portal's first JS. */
export const CONSENT_MESSAGES: Catalog = {
  it: {
    'choices.title': 'Privacy ed email',
    'choices.mailTitle': 'Avvisi di offerte e newsletter',
    'choices.mailOn': 'Ricevi per email gli avvisi delle nuove offerte adatte a te e le newsletter del progetto.',
    'choices.mailOff':
      'Non ricevi avvisi di offerte né newsletter. Le email sul tuo percorso (appuntamenti, corsi, esiti) arrivano comunque.',
    'choices.mailOptOut': 'Non voglio ricevere avvisi di offerte e newsletter',
    'choices.mailHint': 'Le email sul tuo percorso (appuntamenti, corsi, esiti) arrivano sempre.',
    'choices.mailLocked': 'Hai revocato il consenso privacy: non ricevi avvisi né newsletter.',
    'choices.mailSavedOff': 'Fatto: non riceverai più avvisi di offerte e newsletter.',
    'choices.mailSavedOn': 'Fatto: riceverai di nuovo gli avvisi di offerte e le newsletter.',
    'choices.consentTitle': 'Consenso al trattamento dei dati',
    'choices.consentGiven': 'Hai dato il consenso all’informativa privacy (versione {version}) il {when}.',
    'choices.withdrawIntro': 'Puoi revocare il consenso in qualsiasi momento. Prima di confermare ti spieghiamo che cosa cambia.',
    'choices.withdraw': 'Revoca il consenso',
    'choices.confirmTitle': 'Che cosa succede se revochi il consenso',
    'choices.means.matching': 'Non verrai più proposto alle aziende e non vedrai nuove offerte adatte a te.',
    'choices.means.mail': 'Non riceverai più avvisi di offerte né newsletter.',
    'choices.means.path': 'Le email sul tuo percorso (appuntamenti, corsi già avviati) possono ancora arrivare.',
    'choices.means.keep':
      'I dati che il programma deve conservare restano per il tempo previsto e poi vengono resi anonimi; per chiederne la cancellazione rivolgiti agli operatori.',
    'choices.means.final': 'Per dare di nuovo il consenso dovrai parlarne con il tuo operatore.',
    'choices.keepConsent': 'No, mantieni il consenso',
    'choices.confirmWithdraw': 'Sì, revoco il consenso',
    'choices.withdrawing': 'Revoca in corso…',
    'choices.withdrawnOn': 'Hai revocato il consenso il {when}.',
    'choices.withdrawnMeans':
      'Non vieni proposto alle aziende e non ricevi avvisi di offerte né newsletter. Per dare di nuovo il consenso parla con il tuo operatore.',
    'choices.withdrawnSaved': 'Il consenso è stato revocato.',
  },
  en: {
    'choices.title': 'Privacy and email',
    'choices.mailTitle': 'Offer alerts and newsletters',
    'choices.mailOn': 'You receive alerts about new offers that suit you and the programme newsletters by email.',
    'choices.mailOff': 'You receive no offer alerts or newsletters. Emails about your path (appointments, courses, outcomes) still arrive.',
    'choices.mailOptOut': 'I do not want offer alerts and newsletters',
    'choices.mailHint': 'Emails about your path (appointments, courses, outcomes) always arrive.',
    'choices.mailLocked': 'You withdrew your privacy consent: you receive no alerts or newsletters.',
    'choices.mailSavedOff': 'Done: you will no longer receive offer alerts and newsletters.',
    'choices.mailSavedOn': 'Done: you will receive offer alerts and newsletters again.',
    'choices.consentTitle': 'Consent to data processing',
    'choices.consentGiven': 'You consented to the privacy notice (version {version}) on {when}.',
    'choices.withdrawIntro': 'You can withdraw your consent at any time. Before you confirm, we explain what changes.',
    'choices.withdraw': 'Withdraw consent',
    'choices.confirmTitle': 'What happens if you withdraw your consent',
    'choices.means.matching': 'You will no longer be proposed to companies and will not see new offers that suit you.',
    'choices.means.mail': 'You will no longer receive offer alerts or newsletters.',
    'choices.means.path': 'Emails about your path (appointments, courses already started) may still arrive.',
    'choices.means.keep':
      'The data the programme must keep stay for the required time and are then anonymised; to ask for their erasure, talk to the operators.',
    'choices.means.final': 'To give your consent again you will need to talk to your operator.',
    'choices.keepConsent': 'No, keep my consent',
    'choices.confirmWithdraw': 'Yes, withdraw my consent',
    'choices.withdrawing': 'Withdrawing…',
    'choices.withdrawnOn': 'You withdrew your consent on {when}.',
    'choices.withdrawnMeans':
      'You are not proposed to companies and receive no offer alerts or newsletters. To give your consent again, talk to your operator.',
    'choices.withdrawnSaved': 'Your consent has been withdrawn.',
  },
};
