import pg from 'pg';
import nodemailer from 'nodemailer';
import { MAIL_CHANNEL, mailTable } from './sql.js';

export interface OutgoingMail {
  id: string;
  to: string;
  toName: string | null;
  subject: string;
  text: string;
  html: string;
}

/** Where mail goes: the local capture inbox (default) or an SMTP server. */
export interface MailTransport {
  send(mail: OutgoingMail, from: string): Promise<void>;
  close?(): Promise<void>;
}

/** Stores mail in `<schema>.mail_capture` (the inbox staff read in their portal) instead of sending it. */
export function captureTransport(pool: pg.Pool, schema: string): MailTransport {
  return {
    async send(mail) {
      await pool.query(
        `insert into ${mailTable(schema, 'mail_capture')} ("outbox_id", "to_address", "subject", "text_body", "html_body") values ($1, $2, $3, $4, $5) on conflict ("outbox_id") do nothing`,
        [mail.id, mail.to, mail.subject, mail.text, mail.html],
      );
    },
  };
}

/** Sends through SMTP (`SMTP_URL`, e.g. smtps://user:pass@smtp.example.org:465). */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(mail, from) {
      await transporter.sendMail({
        from,
        to: mail.toName ? { name: mail.toName, address: mail.to } : mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<mail-${mail.id}@ixl.local>`,
      });
    },
    async close() {
      transporter.close();
    },
  };
}

export interface MailSenderOptions {
  url: string;
  schema: string;
  transport?: MailTransport;
  from?: string;
  maxAttempts?: number;
  backoffMs?: number;
  pollMs?: number;
  log?: (message: string, data?: Record<string, unknown>) => void;
}

/**
 * Delivers the mail outbox: rows are locked (`for update skip locked`, so replicas share the work),
 * sent, and marked SENT in the same transaction; failures retry with exponential back-off, then
 * FAILED. A crash between sending and committing can resend once (SMTP has no idempotency); the
 * capture inbox ignores such a repeat.
 */
export class MailSender {
  private readonly pool: pg.Pool;
  private readonly transport: MailTransport;
  private listener?: pg.Client;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private closed = false;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly from: string;
  private readonly log: NonNullable<MailSenderOptions['log']>;

  constructor(private readonly options: MailSenderOptions) {
    this.pool = new pg.Pool({ connectionString: options.url, max: 2, application_name: 'ixl-mail-sender' });
    this.pool.on('error', () => undefined);
    this.transport = options.transport ?? captureTransport(this.pool, options.schema);
    this.maxAttempts = options.maxAttempts ?? 6;
    this.backoffMs = options.backoffMs ?? 30_000;
    this.from = options.from ?? 'Insieme per il lavoro <noreply@insiemeperillavoro.it>';
    this.log = options.log ?? (() => undefined);
  }

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.url, application_name: 'ixl-mail-listen', keepAlive: true });
    client.on('error', () => undefined);
    client.on('notification', (msg) => msg.payload === this.options.schema && void this.kick());
    await client.connect();
    await client.query(`listen ${MAIL_CHANNEL}`);
    this.listener = client;
    this.timer = setInterval(() => void this.kick(), this.options.pollMs ?? 5_000);
    this.timer.unref();
    void this.kick();
  }

  /** Sends what is due now; concurrent calls coalesce. */
  kick(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        while (!this.closed && (await this.sendBatch().catch((err) => (this.log('mail batch failed', { error: String(err) }), 0))) > 0);
      } while (this.again && !this.closed);
    })().finally(() => (this.running = undefined));
    return this.running;
  }

  private async sendBatch(): Promise<number> {
    const outbox = mailTable(this.options.schema, 'mail_outbox');
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<{
        id: string;
        to_address: string;
        to_name: string | null;
        subject: string;
        text_body: string;
        html_body: string;
        attempts: number;
      }>(
        `select "id"::text as "id", "to_address", "to_name", "subject", "text_body", "html_body", "attempts" from ${outbox}
where "status" = 'PENDING' and "next_attempt_at" <= now() order by "id" limit 10 for update skip locked`,
      );
      for (const r of rows) {
        try {
          await this.transport.send(
            { id: r.id, to: r.to_address, toName: r.to_name, subject: r.subject, text: r.text_body, html: r.html_body },
            this.from,
          );
          await client.query(
            `update ${outbox} set "status" = 'SENT', "sent_at" = now(), "attempts" = "attempts" + 1, "last_error" = null where "id" = $1`,
            [r.id],
          );
        } catch (err) {
          const attempts = r.attempts + 1;
          const failed = attempts >= this.maxAttempts;
          await client.query(
            `update ${outbox} set "attempts" = $2, "last_error" = $3, "status" = $4, "next_attempt_at" = now() + ($5 || ' milliseconds')::interval where "id" = $1`,
            [
              r.id,
              attempts,
              String(err instanceof Error ? err.message : err).slice(0, 500),
              failed ? 'FAILED' : 'PENDING',
              String(this.backoffMs * 2 ** (attempts - 1)),
            ],
          );
          this.log(failed ? 'mail failed for good' : 'mail failed; will retry', { id: r.id, attempts });
        }
      }
      await client.query('commit');
      return rows.length;
    } catch (err) {
      await client.query('rollback').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
    await this.transport.close?.();
    await this.pool.end().catch(() => undefined);
  }
}
