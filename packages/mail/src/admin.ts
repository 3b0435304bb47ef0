import type { EntityManager } from '@mikro-orm/postgresql';
import { mailTable } from './sql.js';

export interface CapturedMail {
  id: string;
  outboxId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  capturedAt: Date;
}

/** The local capture inbox, newest first (what staff read in their portal when no SMTP is set). */
export async function listCapturedMail(
  em: EntityManager,
  schema: string,
  options: { to?: string; limit?: number } = {},
): Promise<CapturedMail[]> {
  const rows = await em.getConnection().execute<
    {
      id: string;
      outbox_id: string;
      to_address: string;
      subject: string;
      text_body: string;
      html_body: string;
      captured_at: Date | string;
    }[]
  >(
    `select "id"::text as "id", "outbox_id"::text as "outbox_id", "to_address", "subject", "text_body", "html_body", "captured_at" from ${mailTable(schema, 'mail_capture')}
${options.to ? 'where "to_address" = ?' : ''} order by "id" desc limit ?`,
    options.to ? [options.to, options.limit ?? 50] : [options.limit ?? 50],
  );
  return rows.map((r) => ({
    id: r.id,
    outboxId: r.outbox_id,
    to: r.to_address,
    subject: r.subject,
    text: r.text_body,
    html: r.html_body,
    capturedAt: new Date(r.captured_at),
  }));
}

export interface MailBatchProgress {
  total: number;
  sent: number;
  pending: number;
  failed: number;
}

/** Progress of a mass mailing (for the staff portal's progress bar). */
export async function mailBatchProgress(em: EntityManager, schema: string, batchId: string): Promise<MailBatchProgress> {
  const rows = await em
    .getConnection()
    .execute<{ status: string; n: string }[]>(
      `select "status", count(*)::text as "n" from ${mailTable(schema, 'mail_outbox')} where "batch_id" = ? group by "status"`,
      [batchId],
    );
  const n = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  return { total: rows.reduce((sum, r) => sum + Number(r.n), 0), sent: n('SENT'), pending: n('PENDING'), failed: n('FAILED') };
}

/** A message that could not be delivered: given up (FAILED) or waiting to be retried after an error. */
export interface MailDeliveryProblem {
  id: string;
  to: string;
  subject: string;
  /** `FAILED` (no more attempts) or `RETRYING`. */
  status: 'FAILED' | 'RETRYING';
  attempts: number;
  lastError: string;
  /** When the next attempt is due (null once FAILED). */
  nextAttemptAt: Date | null;
  createdAt: Date;
}

/** Messages that failed for good or are waiting to be retried after an error, newest first. */
export async function listMailDeliveryProblems(em: EntityManager, schema: string, limit = 50): Promise<MailDeliveryProblem[]> {
  const rows = await em.getConnection().execute<
    {
      id: string;
      to_address: string;
      subject: string;
      status: string;
      attempts: number;
      last_error: string;
      next_attempt_at: Date | string;
      created_at: Date | string;
    }[]
  >(
    `select "id"::text as "id", "to_address", "subject", "status", "attempts", "last_error", "next_attempt_at", "created_at"
from ${mailTable(schema, 'mail_outbox')}
where "status" = 'FAILED' or ("status" = 'PENDING' and "last_error" is not null)
order by "id" desc limit ?`,
    [limit],
  );
  return rows.map((r) => ({
    id: r.id,
    to: r.to_address,
    subject: r.subject,
    status: r.status === 'FAILED' ? 'FAILED' : 'RETRYING',
    attempts: r.attempts,
    lastError: r.last_error,
    nextAttemptAt: r.status === 'FAILED' ? null : new Date(r.next_attempt_at),
    createdAt: new Date(r.created_at),
  }));
}
