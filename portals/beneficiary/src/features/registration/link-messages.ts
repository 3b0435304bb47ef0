import type { Catalog } from '@ixl/ui';

/** The texts of the registration link (under the sign-in form) and of "already registered": in the portal's first JS. */
export const REGISTRATION_LINK_MESSAGES: Catalog = {
  it: {
    'register.title': 'Iscriviti a Insieme per il lavoro',
    'register.goHome': 'Vai alla mia area',
    'register.noAccount': 'Non hai ancora un account?',
    'register.cta': 'Registrati',
    'register.already': 'Hai già un account e hai effettuato l’accesso.',
  },
  en: {
    'register.title': 'Join Insieme per il lavoro',
    'register.goHome': 'Go to my area',
    'register.noAccount': 'No account yet?',
    'register.cta': 'Register',
    'register.already': 'You are already registered and signed in.',
  },
};
