import type { Catalog } from '@ixl/ui';

/** The email confirmation page's own texts: added when the page loads (addMessages), not in the portal's first JS. */
export const VERIFY_MESSAGES: Catalog = {
  it: {
    'verify.title': 'Conferma dell’indirizzo email',
    'verify.checking': 'Conferma in corso…',
    'verify.done': 'Grazie: l’indirizzo {email} è confermato e il tuo account è attivo.',
    'verify.next': 'Ora puoi accedere con la tua email e la password che hai scelto. Ti abbiamo mandato anche una email di benvenuto.',
    'verify.signIn': 'Accedi',
    'verify.registerAgain': 'Iscriviti di nuovo',
    'verify.noToken': 'Il collegamento è incompleto: aprilo di nuovo dalla email, per intero.',
    'verify.usedHelp': 'Se hai già confermato l’indirizzo, il tuo account è attivo: accedi con la tua email e la tua password.',
    'verify.expiredHelp': 'Il collegamento vale 24 ore: iscriviti di nuovo con gli stessi dati e ti manderemo un nuovo collegamento.',
    'verify.otherHelp': 'Iscriviti di nuovo oppure contatta lo sportello di Insieme per il lavoro.',
  },
  en: {
    'verify.title': 'Email address confirmation',
    'verify.checking': 'Confirming…',
    'verify.done': 'Thank you: the address {email} is confirmed and your account is active.',
    'verify.next': 'You can now sign in with your email and the password you chose. We have also sent you a welcome email.',
    'verify.signIn': 'Sign in',
    'verify.registerAgain': 'Register again',
    'verify.noToken': 'The link is incomplete: open it again from the email, all of it.',
    'verify.usedHelp': 'If you already confirmed the address, your account is active: sign in with your email and password.',
    'verify.expiredHelp': 'The link works for 24 hours: register again with the same details and we will send you a new link.',
    'verify.otherHelp': 'Register again or contact the Insieme per il lavoro help desk.',
  },
};
