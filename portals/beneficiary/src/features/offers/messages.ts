import type { Catalog } from '@ixl/ui';

/** Texts of the job interviews companies invite the person to. */
export const JOB_INTERVIEW_MESSAGES: Catalog = {
  it: {
    'jobInterviews.title': 'I tuoi colloqui di lavoro',
    'jobInterviews.heading': '{company} — {title}',
    'jobInterviews.when': 'Quando',
    'jobInterviews.place': 'Dove',
    'jobInterviews.link': 'Videochiamata',
    'jobInterviews.linkText': 'Apri il collegamento',
    'jobInterviews.note': 'Indicazioni dell’azienda',
    'jobInterviews.help': 'Se non puoi partecipare, avvisa il tuo operatore.',
  },
  en: {
    'jobInterviews.title': 'Your job interviews',
    'jobInterviews.heading': '{company} — {title}',
    'jobInterviews.when': 'When',
    'jobInterviews.place': 'Where',
    'jobInterviews.link': 'Video call',
    'jobInterviews.linkText': 'Open the link',
    'jobInterviews.note': 'Notes from the company',
    'jobInterviews.help': 'If you cannot attend, tell your operator.',
  },
};
