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
  if (!EMAIL.test(request.to)) throw new Error(`@ixl/mail: invalid recipient address`);
  const locale = request.locale ?? 'it';
  const mail = renderMail(request.template, locale, request.data);
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `insert into ${mailTable(schema, 'mail_outbox')} ("dedupe_key", "category", "recipient_id", "to_address", "to_name", "template", "locale", "subject", "text_body", "html_body", "batch_id")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict ("dedupe_key") do nothing returning "id"::text as "id"`,
    [
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
    ],
    'all',
    em.getTransactionContext(),
  );
  if (rows.length) await em.getConnection().execute(`select pg_notify('${MAIL_CHANNEL}', ?)`, [schema], 'all', em.getTransactionContext());
  return rows.length > 0;
}
