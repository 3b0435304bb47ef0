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

/** How long the SMTP client waits (milliseconds) before it gives up on a server (SMTP_*_TIMEOUT_MS). */
export interface SmtpTimeouts {
  /** For the TCP (and TLS) connection to open. */
  connectionMs: number;
  /** For the server's greeting once connected. */
  greetingMs: number;
  /** Of silence on an open connection (any command, the message data). */
  socketMs: number;
}

export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = { connectionMs: 10_000, greetingMs: 10_000, socketMs: 30_000 };

/** Sends through SMTP (`SMTP_URL`, e.g. smtps://user:pass@smtp.example.org:465), never waiting longer than `timeouts`. */
export function smtpTransport(url: string, timeouts: SmtpTimeouts = DEFAULT_SMTP_TIMEOUTS): MailTransport {
  // nodemailer ignores the other options when given a `url`, but reads options from its query string.
  const withTimeouts = new URL(url);
  withTimeouts.searchParams.set('connectionTimeout', String(timeouts.connectionMs));
  withTimeouts.searchParams.set('greetingTimeout', String(timeouts.greetingMs));
  withTimeouts.searchParams.set('socketTimeout', String(timeouts.socketMs));
  const transporter = nodemailer.createTransport(withTimeouts.toString());
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
  /**
   * How long a claimed message stays invisible to other senders (ms): longer than one send can take
   * with the SMTP timeouts; a sender that dies mid-send leaves the message to be retried after it.
   */
  leaseMs?: number;
  log?: (message: string, data?: Record<string, unknown>) => void;
}

interface ClaimedMail {
  id: string;
  to_address: string;
  to_name: string | null;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
}

/**
 * Delivers the mail outbox as a job queue, never inside a database transaction: a batch of due rows
 * is claimed in one short statement (`for update skip locked`, so replicas share the work; the claim
 * counts the attempt and hides the row for a lease), committed at once; each message is then sent
 * with the SMTP timeouts, and its result recorded in its own short statement: SENT, or a retry with
 * exponential back-off, or FAILED after the last attempt (staff see it with its error). A slow or
 * dead SMTP server therefore holds no lock and no snapshot: it delays mail, nothing else. A crash
 * between sending and recording resends once after the lease (SMTP has no idempotency); the capture
 * inbox ignores such a repeat.
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
  private readonly leaseMs: number;
  private readonly from: string;
  private readonly log: NonNullable<MailSenderOptions['log']>;

  constructor(private readonly options: MailSenderOptions) {
    this.pool = new pg.Pool({ connectionString: options.url, max: 2, application_name: 'ixl-mail-sender' });
    this.pool.on('error', () => undefined);
    this.transport = options.transport ?? captureTransport(this.pool, options.schema);
    this.maxAttempts = options.maxAttempts ?? 6;
    this.backoffMs = options.backoffMs ?? 30_000;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
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

  /** Claims up to 10 due messages in one autocommitted statement: the attempt is counted and the row leased. */
  private async claim(): Promise<ClaimedMail[]> {
    const outbox = mailTable(this.options.schema, 'mail_outbox');
    const { rows } = await this.pool.query<ClaimedMail>(
      `with due as (
  select "id" from ${outbox} where "status" = 'PENDING' and "next_attempt_at" <= now() order by "id" limit 10 for update skip locked
)
update ${outbox} o set "attempts" = o."attempts" + 1, "next_attempt_at" = now() + ($1 || ' milliseconds')::interval
from due where o."id" = due."id"
returning o."id"::text as "id", o."to_address", o."to_name", o."subject", o."text_body", o."html_body", o."attempts"`,
      [String(this.leaseMs)],
    );
    return rows.sort((a, b) => Number(a.id) - Number(b.id));
  }

  private async sendBatch(): Promise<number> {
    const outbox = mailTable(this.options.schema, 'mail_outbox');
    const rows = await this.claim();
    for (const r of rows) {
      if (this.closed) break; // leased rows go back after the lease
      try {
        await this.transport.send(
          { id: r.id, to: r.to_address, toName: r.to_name, subject: r.subject, text: r.text_body, html: r.html_body },
          this.from,
        );
        await this.pool.query(
          `update ${outbox} set "status" = 'SENT', "sent_at" = now(), "last_error" = null where "id" = $1 and "status" = 'PENDING'`,
          [r.id],
        );
      } catch (err) {
        const failed = r.attempts >= this.maxAttempts;
        await this.pool.query(
          `update ${outbox} set "last_error" = $2, "status" = $3, "next_attempt_at" = now() + ($4 || ' milliseconds')::interval where "id" = $1 and "status" = 'PENDING'`,
          [
            r.id,
            String(err instanceof Error ? err.message : err).slice(0, 500),
            failed ? 'FAILED' : 'PENDING',
            String(this.backoffMs * 2 ** (r.attempts - 1)),
          ],
        );
        this.log(failed ? 'mail failed for good' : 'mail failed; will retry', { id: r.id, attempts: r.attempts });
      }
    }
    return rows.length;
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
