import type { EntityManager } from '@mikro-orm/postgresql';
import { MAIL_CHANNEL, mailTable } from './sql.js';
import { renderMail, type Locale, type TemplateName } from './templates.js';

export interface MailRequest {
  /** Same key → the message is queued once, ever (e.g. `interview:<id>:appointment`, `mass:<batch>:<person>`). */
  dedupeKey: string;
  category: 'TRANSACTIONAL' | 'ALERT' | 'NEWSLETTER' | 'COMMITTEE';
  recipientId?: string | null;
  to: string;
  toName?: string | null;
  template: TemplateName;
  locale?: Locale;
  data: Record<string, string>;
  batchId?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Queues a mail in the caller's transaction (rendered now, sent by the MailSender after commit).
 * Returns false when a mail with the same dedupe key was already queued: never twice.
 */
export async function enqueueMail(em: EntityManager, schema: string, request: MailRequest): Promise<boolean> {
  return (await enqueueMails(em, schema, [request])) > 0;
}

/** Rows per insert statement (11 parameters each, well under PostgreSQL's 65,535). */
const INSERT_CHUNK = 500;

/**
 * Queues many mails in the caller's transaction, as `enqueueMail` does one: every address is checked before anything
 * is written, each dedupe key is queued once ever (a key already queued, or repeated in `requests`, is skipped), and
 * the sender is woken once. One insert statement per 500 mails instead of two statements per mail. Returns how many
 * were queued now.
 */
export async function enqueueMails(em: EntityManager, schema: string, requests: readonly MailRequest[]): Promise<number> {
  for (const r of requests) if (!EMAIL.test(r.to)) throw new Error(`@ixl/mail: invalid recipient address`);
  const connection = em.getConnection();
  let queued = 0;
  for (let start = 0; start < requests.length; start += INSERT_CHUNK) {
    const chunk = requests.slice(start, start + INSERT_CHUNK);
    const params: unknown[] = [];
    for (const request of chunk) {
      const locale = request.locale ?? 'it';
      const mail = renderMail(request.template, locale, request.data);
      params.push(
        request.dedupeKey,
        request.category,
        request.recipientId ?? null,
        request.to,
        request.toName ?? null,
        request.template,
        locale,
        mail.subject,
        mail.text,
        mail.html,
        request.batchId ?? null,
      );
    }
    const rows = await connection.execute<{ id: string }[]>(
      `insert into ${mailTable(schema, 'mail_outbox')} ("dedupe_key", "category", "recipient_id", "to_address", "to_name", "template", "locale", "subject", "text_body", "html_body", "batch_id")
values ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')} on conflict ("dedupe_key") do nothing returning "id"::text as "id"`,
      params,
      'all',
      em.getTransactionContext(),
    );
    queued += rows.length;
  }
  if (queued) await connection.execute(`select pg_notify('${MAIL_CHANNEL}', ?)`, [schema], 'all', em.getTransactionContext());
  return queued;
}
