import { SURVEY_TEMPLATES } from './survey-templates.js';

/** Mail templates, Italian first. `{{name}}` placeholders are filled from data (HTML-escaped in HTML). */
export type Locale = 'it' | 'en';

export const TEMPLATES = {
  registration_confirmation: {
    it: {
      // {{welcome}}: Benvenuta / Benvenuto by the recorded sex, else the neutral "Ti diamo il benvenuto".
      subject: '{{welcome}} in Insieme per il lavoro',
      body: 'Ciao {{firstName}},\n\nla tua iscrizione a Insieme per il lavoro è stata registrata in data {{registeredOn}}.\nEntro 15 giorni ti contatteremo per fissare il primo colloquio.\n\nPuoi vedere il tuo percorso qui: {{portalUrl}}',
    },
    en: {
      subject: 'Welcome to Insieme per il lavoro',
      body: 'Hello {{firstName}},\n\nyour registration with Insieme per il lavoro was recorded on {{registeredOn}}.\nWithin 15 days we will contact you to book your first interview.\n\nYou can follow your path here: {{portalUrl}}',
    },
  },
  interview_appointment: {
    it: {
      subject: 'Il tuo colloquio con Insieme per il lavoro',
      body: 'Ciao {{firstName}},\n\nil tuo colloquio è fissato per {{when}} ({{mode}}) con {{operator}}.\n{{details}}\n\nSe non puoi partecipare, rispondi a questa email o chiamaci.',
    },
    en: {
      subject: 'Your interview with Insieme per il lavoro',
      body: 'Hello {{firstName}},\n\nyour interview is booked for {{when}} ({{mode}}) with {{operator}}.\n{{details}}\n\nIf you cannot attend, reply to this email or call us.',
    },
  },
  job_interview_invitation: {
    it: {
      subject: 'Colloquio di lavoro con {{company}}',
      body: 'Ciao {{firstName}},\n\n{{company}} ti invita a un colloquio di lavoro per «{{title}}»: {{when}}.\n{{where}}\n{{note}}\n\nTrovi il colloquio anche nel tuo portale: {{portalUrl}}\nSe non puoi partecipare, avvisa il tuo operatore.',
    },
    en: {
      subject: 'Job interview with {{company}}',
      body: 'Hello {{firstName}},\n\n{{company}} invites you to a job interview for “{{title}}” on {{when}}.\n{{where}}\n{{note}}\n\nYou also find it in your portal: {{portalUrl}}\nIf you cannot attend, tell your operator.',
    },
  },
  fuori_protocollo_notice: {
    it: {
      subject: 'La tua posizione in Insieme per il lavoro',
      body: 'Ciao {{firstName}},\n\nabbiamo sospeso il tuo percorso: {{reason}}.\nPuoi chiedere di riprendere il percorso in qualsiasi momento: {{readmissionUrl}}',
    },
    en: {
      subject: 'Your position in Insieme per il lavoro',
      body: 'Hello {{firstName}},\n\nwe have paused your path: {{reason}}.\nYou can ask to be readmitted at any time: {{readmissionUrl}}',
    },
  },
  offer_alert: {
    it: {
      subject: 'Nuova offerta adatta a te: {{title}}',
      body: "Ciao {{firstName}},\n\nc'è una nuova offerta che corrisponde alle tue competenze: {{title}} a {{municipality}}.\nPerché te la proponiamo: {{why}}\n\nDettagli: {{portalUrl}}",
    },
    en: {
      subject: 'A new offer for you: {{title}}',
      body: 'Hello {{firstName}},\n\nthere is a new offer matching your skills: {{title}} in {{municipality}}.\nWhy we suggest it: {{why}}\n\nDetails: {{portalUrl}}',
    },
  },
  committee_convocation: {
    it: {
      subject: 'Convocazione: {{committee}}, {{when}}',
      body: 'Gentile {{name}},\n\nla seduta del {{committee}} è convocata in data {{when}} ({{place}}).\nOrdine del giorno:\n{{agenda}}\n\nI dossier sono nel portale del comitato: {{portalUrl}}',
    },
    en: {
      subject: 'Meeting notice: {{committee}} on {{when}}',
      body: 'Dear {{name}},\n\nthe {{committee}} meets on {{when}} ({{place}}).\nAgenda:\n{{agenda}}\n\nThe dossiers are in the committee portal: {{portalUrl}}',
    },
  },
  course_request_accepted: {
    it: {
      subject: 'Iscrizione confermata: {{title}}',
      body: 'Ciao {{firstName}},\n\nla tua richiesta è stata accolta: la tua iscrizione al corso «{{title}}» di {{body}} è confermata. Data di inizio del corso: {{startDate}}.\n\nI dettagli sono nel portale: {{portalUrl}}',
    },
    en: {
      subject: 'Enrolment confirmed: {{title}}',
      body: 'Hello {{firstName}},\n\nyour request was accepted: you are enrolled in the course “{{title}}” by {{body}}, starting on {{startDate}}.\n\nDetails are in the portal: {{portalUrl}}',
    },
  },
  course_request_declined: {
    it: {
      subject: 'Richiesta di iscrizione non accolta: {{title}}',
      body: 'Ciao {{firstName}},\n\nla tua richiesta di iscrizione al corso «{{title}}» di {{body}} non è stata accolta.\nMotivo: {{reason}}\n\nPuoi scegliere un altro corso nel portale o parlarne con il tuo operatore: {{portalUrl}}',
    },
    en: {
      subject: 'Enrolment request not accepted: {{title}}',
      body: 'Hello {{firstName}},\n\nyour request to join the course “{{title}}” by {{body}} was not accepted.\nReason: {{reason}}\n\nYou can choose another course in the portal or talk to your operator: {{portalUrl}}',
    },
  },
  risk_share_adjusted: {
    it: {
      subject: 'Rettifica della liquidazione: {{edition}}',
      body: 'Gentile {{name}},\n\nla liquidazione della quota a rischio (30%) del corso {{edition}} è stata rettificata in data {{adjustedOn}} (revisione {{revision}}).\nMotivo: {{reason}}\nTasso raggiunto: {{rateBefore}} → {{rateAfter}}\nImporto riconosciuto: {{payableBefore}} → {{payableAfter}} (differenza {{delta}})\n\nIl dettaglio è nel portale: {{portalUrl}}',
    },
    en: {
      subject: 'Settlement adjusted: {{edition}}',
      body: 'Dear {{name}},\n\nthe settlement of the share at risk (30%) of the course {{edition}} was adjusted on {{adjustedOn}} (revision {{revision}}).\nReason: {{reason}}\nAchieved rate: {{rateBefore}} → {{rateAfter}}\nAmount due: {{payableBefore}} → {{payableAfter}} (difference {{delta}})\n\nDetails in the portal: {{portalUrl}}',
    },
  },
  mass_message: {
    it: { subject: '{{subject}}', body: 'Ciao {{firstName}},\n\n{{message}}\n\nPer non ricevere più queste comunicazioni: {{optOutUrl}}' },
    en: { subject: '{{subject}}', body: 'Hello {{firstName}},\n\n{{message}}\n\nTo stop receiving these messages: {{optOutUrl}}' },
  },
  // Issue 18 (finding 2): the address is verified before anything carries the name typed in the form, so
  // this mail has no name in it (neutral); it goes only to the address given.
  email_verification: {
    it: {
      subject: 'Conferma il tuo indirizzo email — Insieme per il lavoro',
      body: 'Ciao,\n\nqualcuno, probabilmente tu, ha chiesto di iscriversi a Insieme per il lavoro con questo indirizzo email.\nPer confermare l’indirizzo e completare l’iscrizione apri questo collegamento entro {{validFor}}:\n{{link}}\n\nIl collegamento si può usare una sola volta. Se la richiesta non è partita da te, ignora questo messaggio: senza conferma non viene creato nessun account.',
    },
    en: {
      subject: 'Confirm your email address — Insieme per il lavoro',
      body: 'Hello,\n\nsomeone, probably you, asked to register with Insieme per il lavoro using this email address.\nTo confirm the address and complete the registration open this link within {{validFor}}:\n{{link}}\n\nThe link works once. If this was not you, ignore this message: without confirmation no account is created.',
    },
  },
  // To the owner of a record or address that already exists (the one on record, addressed by the recorded sex).
  registration_attempt: {
    it: {
      subject: 'Tentativo di iscrizione con i tuoi dati — Insieme per il lavoro',
      body: '{{greeting}},\n\nin data {{when}} qualcuno ha provato a iscriversi a Insieme per il lavoro con {{what}}, che risultano già iscritti.\nNon è stato creato nessun nuovo account.\n\nSe la richiesta era tua, accedi qui: {{signInUrl}}\nSe non ricordi la password, scegline una nuova da «Password dimenticata?» nella stessa pagina.\nAltrimenti non devi fare nulla; se ricevi spesso questo messaggio, avvisa il tuo operatore.',
    },
    en: {
      subject: 'Registration attempt with your details — Insieme per il lavoro',
      body: '{{greeting}},\n\non {{when}} someone tried to register with Insieme per il lavoro using {{what}}, which are already registered.\nNo new account was created.\n\nIf it was you, sign in here: {{signInUrl}}\nIf you do not remember your password, choose a new one from “Forgotten password?” on the same page.\nIf it was not you, there is nothing to do; if you receive this message often, tell your operator.',
    },
  },
  password_reset: {
    it: {
      subject: 'Scegli una nuova password — Insieme per il lavoro',
      body: '{{greeting}},\n\nabbiamo ricevuto una richiesta di nuova password per il tuo account di Insieme per il lavoro.\nPer scegliere la nuova password apri questo collegamento entro {{validFor}}:\n{{link}}\n\nIl collegamento si può usare una sola volta. Se non hai chiesto tu di cambiare la password, ignora questo messaggio: la password attuale resta valida.',
    },
    en: {
      subject: 'Choose a new password — Insieme per il lavoro',
      body: '{{greeting}},\n\nwe received a request for a new password for your Insieme per il lavoro account.\nTo choose the new password open this link within {{validFor}}:\n{{link}}\n\nThe link works once. If you did not ask to change your password, ignore this message: your current password stays valid.',
    },
  },
  account_invitation: {
    it: {
      subject: 'Il tuo account per Insieme per il lavoro',
      body: '{{greeting}},\n\nlo staff di Insieme per il lavoro ha creato per te un account per {{organisation}} ({{portalName}}).\nPer attivarlo scegli la tua password da questo collegamento entro {{validFor}}:\n{{link}}\n\nIl collegamento si può usare una sola volta. Se è scaduto, chiedi un nuovo collegamento da «Password dimenticata?» nella pagina di accesso: {{signInUrl}}',
    },
    en: {
      subject: 'Your Insieme per il lavoro account',
      body: '{{greeting}},\n\nthe Insieme per il lavoro staff created an account for you for {{organisation}} ({{portalName}}).\nTo activate it, choose your password from this link within {{validFor}}:\n{{link}}\n\nThe link works once. If it has expired, ask for a new link from “Forgotten password?” on the sign-in page: {{signInUrl}}',
    },
  },
  password_changed: {
    it: {
      subject: 'La tua password è stata cambiata — Insieme per il lavoro',
      body: '{{greeting}},\n\nla password del tuo account di Insieme per il lavoro è stata cambiata in data {{when}} e gli accessi aperti sono stati chiusi.\nSe il cambio non è partito da te, scegli subito una nuova password da «Password dimenticata?» ({{signInUrl}}) e avvisa il tuo operatore.',
    },
    en: {
      subject: 'Your password was changed — Insieme per il lavoro',
      body: '{{greeting}},\n\nthe password of your Insieme per il lavoro account was changed on {{when}} and open sessions were closed.\nIf this was not you, choose a new password at once from “Forgotten password?” ({{signInUrl}}) and tell your operator.',
    },
  },
  ...SURVEY_TEMPLATES,
} as const;

export type TemplateName = keyof typeof TEMPLATES;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Fills a template; a missing placeholder is an error (never a mail with "{{...}}" in it). */
export function renderMail(template: TemplateName, locale: Locale, data: Record<string, string>): RenderedMail {
  const t = TEMPLATES[template][locale];
  const fill = (s: string, escape: (v: string) => string) =>
    s.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
      const value = data[key];
      if (value === undefined) throw new Error(`@ixl/mail: template ${template} needs "${key}"`);
      return escape(value);
    });
  const subject = fill(t.subject, (v) => v.replace(/[\r\n]+/g, ' '));
  const text = fill(t.body, (v) => v);
  const html = `<!doctype html><html lang="${locale}"><body style="font-family: sans-serif; line-height: 1.5">${fill(t.body, escapeHtml)
    .split('\n\n')
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('')}<p style="color:#555">Insieme per il lavoro — Comune di Bologna, Città metropolitana, Arcidiocesi</p></body></html>`;
  return { subject, text, html };
}
