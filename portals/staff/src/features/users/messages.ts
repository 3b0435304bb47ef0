import type { Catalog } from '@ixl/ui';

export const USERS_MESSAGES: Catalog = {
  it: {
    'invite.title': 'Invita un utente di un’azienda o di un ente',
    'invite.lead':
      'L’account viene creato senza password: la persona riceve per email un collegamento (valido 72 ore) per scegliere la sua password. Se scade, può usare «Password dimenticata?» nella pagina di accesso.',
    'invite.role': 'Tipo di utente',
    'invite.role.COMPANY': 'Utente di un’azienda',
    'invite.role.TRAINING_BODY': 'Utente di un ente di formazione',
    'invite.company': 'Azienda',
    'invite.trainingBody': 'Ente di formazione',
    'invite.choose': '— Scegli —',
    'invite.chooseRoleFirst': 'Scegli prima il tipo di utente',
    'invite.displayName': 'Nome e cognome',
    'invite.email': 'Email',
    'invite.emailHint': 'Sarà il suo nome utente per accedere.',
    'invite.submit': 'Invia l’invito',
    'invite.sending': 'Invio in corso…',
    'invite.done': 'Invito inviato a {name} ({email}): l’account sarà attivo quando avrà scelto la password.',
  },
  en: {
    'invite.title': 'Invite a company or training-body user',
    'invite.lead':
      'The account is created without a password: the person gets a link by email (valid for 72 hours) to choose their password. If it expires, they can use “Forgotten password?” on the sign-in page.',
    'invite.role': 'Kind of user',
    'invite.role.COMPANY': 'Company user',
    'invite.role.TRAINING_BODY': 'Training-body user',
    'invite.company': 'Company',
    'invite.trainingBody': 'Training body',
    'invite.choose': '— Choose —',
    'invite.chooseRoleFirst': 'Choose the kind of user first',
    'invite.displayName': 'Name and surname',
    'invite.email': 'Email',
    'invite.emailHint': 'It will be their user name to sign in.',
    'invite.submit': 'Send the invitation',
    'invite.sending': 'Sending…',
    'invite.done': 'Invitation sent to {name} ({email}): the account is active once they have chosen their password.',
  },
};
