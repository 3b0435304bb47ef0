import type { Catalog } from '@ixl/ui';

/** Texts of the failed-jobs page (ADMIN). */
export const JOBS_MESSAGES: Catalog = {
  it: {
    'jobs.title': 'Lavori periodici non riusciti',
    'jobs.intro':
      'I lavori automatici (avvisi dei colloqui, conservazione dei dati, liquidazioni del rischio condiviso, morosità dei prestiti) che hanno fallito anche dopo i tentativi ripetuti. Correggi la causa, poi rimettili in coda.',
    'jobs.reserved': 'Questa pagina è riservata agli amministratori. Il tuo ruolo ({role}) non può vedere i lavori non riusciti.',
    'jobs.none': 'Nessun lavoro non riuscito.',
    'jobs.caption': 'Lavori non riusciti, dal più recente',
    'jobs.col.service': 'Servizio',
    'jobs.col.job': 'Lavoro',
    'jobs.col.error': 'Errore',
    'jobs.col.attempts': 'Tentativi',
    'jobs.col.failedAt': 'Fallito il',
    'jobs.col.action': 'Azione',
    'jobs.retry': 'Riprova {job}',
    'jobs.retried': 'Il lavoro {job} è di nuovo in coda.',
    'jobs.error.NETWORK': 'Il servizio non risponde: riprova tra poco.',
  },
  en: {
    'jobs.title': 'Failed periodic jobs',
    'jobs.intro':
      'The automatic jobs (interview alerts, data retention, risk-share settlements, loan arrears) that failed even after their retries. Fix the cause, then put them back in the queue.',
    'jobs.reserved': 'This page is for administrators. Your role ({role}) cannot see the failed jobs.',
    'jobs.none': 'No failed jobs.',
    'jobs.caption': 'Failed jobs, newest first',
    'jobs.col.service': 'Service',
    'jobs.col.job': 'Job',
    'jobs.col.error': 'Error',
    'jobs.col.attempts': 'Attempts',
    'jobs.col.failedAt': 'Failed at',
    'jobs.col.action': 'Action',
    'jobs.retry': 'Retry {job}',
    'jobs.retried': 'The job {job} is back in the queue.',
    'jobs.error.NETWORK': 'The service does not answer: try again shortly.',
  },
};
