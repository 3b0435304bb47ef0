import pg from 'pg';
import nodemailer from 'nodemailer';
import { PgBoss } from 'pg-boss';
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
  /** Attempts before a message is FAILED (default 6). */
  maxAttempts?: number;
  /** First retry delay (ms), doubled at each attempt (default 30 s). */
  backoffMs?: number;
  /**
   * How long one attempt may hold a message (ms): longer than one send can take with the SMTP
   * timeouts. A sender that dies mid-send leaves the message to pg-boss, which retries it after this.
   */
  leaseMs?: number;
  /**
   * How often an idle worker asks pg-boss for work (seconds, default 5): new messages wake it at once
   * (NOTIFY); this bounds how late a retry that fell due starts.
   */
  idlePollSeconds?: number;
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

/** The pg-boss queue a subgraph's mail goes through (`<schema>.mail`, in pg-boss's schema `pgboss`). */
export const mailQueueName = (schema: string) => `${schema}.mail`;
const MAIL_JOB_SCHEMA = 'pgboss';

/**
 * Delivers the mail outbox through pg-boss, never inside a database transaction. The outbox row is
 * written in the transaction of the change that causes it (the transactional outbox, with a NOTIFY);
 * the relay moves new rows into the `<schema>.mail` queue (one job per message, inserted in the same
 * short transaction that marks the rows queued, so a crash loses or doubles nothing) when notified, at
 * start, and when its listener reconnects. A worker takes one job, claims the message for a lease in
 * one autocommitted statement, sends it with the SMTP timeouts, and records the result: SENT, or a
 * failure that pg-boss retries with exponential back-off, or FAILED after the last attempt (staff see
 * it with its error). A slow or dead SMTP server therefore holds no lock and no snapshot: it delays
 * mail, nothing else. A crash between sending and recording resends once after the lease (SMTP has no
 * idempotency); the capture inbox ignores such a repeat. Replicas share the queue; pg-boss hands each
 * job to one of them.
 */
export class MailSender {
  private readonly pool: pg.Pool;
  /** The relay's own connection (its short transaction moves outbox rows into the queue; never held while sending). */
  private readonly relayPool: pg.Pool;
  private readonly transport: MailTransport;
  private boss?: PgBoss;
  private workerId?: string;
  private listener?: pg.Client;
  private relaying?: Promise<void>;
  private again = false;
  private closed = false;
  private reconnect?: NodeJS.Timeout;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly leaseMs: number;
  private readonly from: string;
  private readonly queue: string;
  private readonly log: NonNullable<MailSenderOptions['log']>;

  constructor(private readonly options: MailSenderOptions) {
    this.pool = new pg.Pool({ connectionString: options.url, max: 3, application_name: 'ixl-mail-sender' });
    this.relayPool = new pg.Pool({ connectionString: options.url, max: 1, application_name: 'ixl-mail-relay' });
    this.relayPool.on('error', () => undefined);
    this.pool.on('error', () => undefined);
    this.transport = options.transport ?? captureTransport(this.pool, options.schema);
    this.maxAttempts = options.maxAttempts ?? 6;
    this.backoffMs = options.backoffMs ?? 30_000;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.from = options.from ?? 'Insieme per il lavoro <noreply@insiemeperillavoro.it>';
    this.queue = mailQueueName(options.schema);
    this.log = options.log ?? (() => undefined);
  }

  async start(): Promise<void> {
    const boss = new PgBoss({
      connectionString: this.options.url,
      schema: MAIL_JOB_SCHEMA,
      application_name: `ixl-mail-${this.options.schema}`,
      max: 3,
      schedule: false,
      useListenNotify: true,
    });
    boss.on('error', (err) => this.log('mail queue error', { error: err instanceof Error ? err.message : String(err) }));
    await boss.start();
    this.boss = boss;
    const policy = {
      // Our own attempt count decides FAILED; pg-boss's limit is only a backstop above it.
      retryLimit: this.maxAttempts * 2,
      retryDelay: Math.max(1, Math.round(this.backoffMs / 1000)),
      retryBackoff: true,
      expireInSeconds: Math.max(1, Math.ceil(this.leaseMs / 1000)),
      notify: true,
    };
    if (await boss.getQueue(this.queue)) await boss.updateQueue(this.queue, policy);
    else await boss.createQueue(this.queue, policy);
    this.workerId = await boss.work<{ outboxId: string }>(
      this.queue,
      {
        batchSize: 1,
        notifyPollingIntervalSeconds: this.options.idlePollSeconds ?? 5,
        pollingIntervalSeconds: this.options.idlePollSeconds ?? 5,
      },
      async ([job]) => {
        if (!job) return;
        try {
          await this.deliver(job.data.outboxId);
        } finally {
          // Fetch the next message at once (pg-boss skips its polling pause once notified): a mass mailing drains
          // continuously, and the pause applies only when the queue is empty.
          if (this.workerId) this.boss?.notifyWorker(this.workerId);
        }
      },
    );
    // Pending messages whose job is gone (a restore empties pg-boss; a job pg-boss gave up on) are queued
    // again; those written while no sender ran are queued by the relay below.
    const outbox = mailTable(this.options.schema, 'mail_outbox');
    await this.pool.query(
      `update ${outbox} o set "queued_at" = null
       where o."status" = 'PENDING' and o."queued_at" is not null and not exists (
         select 1 from "${MAIL_JOB_SCHEMA}".job j
         where j."name" = $1 and j."state" in ('created', 'retry', 'active') and j."data"->>'outboxId' = o."id"::text)`,
      [this.queue],
    );
    await this.listen();
    await this.relay();
  }

  /** Moves what the outbox holds into the queue now (also what a NOTIFY does); concurrent calls coalesce. */
  kick(): Promise<void> {
    return this.relay();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.url, application_name: 'ixl-mail-listen', keepAlive: true });
    const retry = () => {
      if (this.closed || this.reconnect) return;
      this.listener = undefined;
      void client.end().catch(() => undefined);
      this.reconnect = setTimeout(() => {
        this.reconnect = undefined;
        // Back: queue what was written while nobody listened.
        void this.listen()
          .then(() => this.relay())
          .catch(() => retry());
      }, 1_000);
      this.reconnect.unref();
    };
    client.on('error', retry);
    client.on('end', retry);
    client.on('notification', (msg) => msg.payload === this.options.schema && void this.relay());
    await client.connect();
    await client.query(`listen ${MAIL_CHANNEL}`);
    this.listener = client;
  }

  private relay(): Promise<void> {
    if (this.closed || !this.boss) return Promise.resolve();
    if (this.relaying) {
      this.again = true;
      return this.relaying;
    }
    this.relaying = (async () => {
      do {
        this.again = false;
        while (!this.closed && (await this.relayBatch().catch((err) => (this.log('mail relay failed', { error: String(err) }), 0))) > 0);
      } while (this.again && !this.closed);
    })().finally(() => (this.relaying = undefined));
    return this.relaying;
  }

  /** Queues up to 500 new messages: jobs inserted and rows marked in one short transaction. */
  private async relayBatch(): Promise<number> {
    const outbox = mailTable(this.options.schema, 'mail_outbox');
    const client = await this.relayPool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<{ id: string }>(
        `select "id"::text as "id" from ${outbox} where "status" = 'PENDING' and "queued_at" is null order by "id" limit 500 for update skip locked`,
      );
      if (rows.length) {
        await this.boss!.insert(
          this.queue,
          rows.map((r) => ({ data: { outboxId: r.id } })),
          { db: { executeSql: (text: string, values?: unknown[]) => client.query(text, values) } },
        );
        await client.query(`update ${outbox} set "queued_at" = now() where "id" = any($1::bigint[])`, [rows.map((r) => r.id)]);
      }
      await client.query('commit');
      if (rows.length && this.workerId) this.boss!.notifyWorker(this.workerId);
      return rows.length;
    } catch (err) {
      await client.query('rollback').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  /** Claims one message for a lease in one autocommitted statement (the attempt is counted); null when sent, failed or being sent. */
  private async claim(id: string): Promise<ClaimedMail | null> {
    const outbox = mailTable(this.options.schema, 'mail_outbox');
    const { rows } = await this.pool.query<ClaimedMail>(
      `update ${outbox} set "attempts" = "attempts" + 1, "sending_until" = now() + ($2 || ' milliseconds')::interval
       where "id" = $1 and "status" = 'PENDING' and ("sending_until" is null or "sending_until" < now())
       returning "id"::text as "id", "to_address", "to_name", "subject", "text_body", "html_body", "attempts"`,
      [id, String(this.leaseMs)],
    );
    return rows[0] ?? null;
  }

  /** One attempt at one message; throws (pg-boss retries with back-off) when it failed and attempts remain. */
  private async deliver(id: string): Promise<void> {
    if (this.closed) throw new Error('mail sender stopping');
    const outbox = mailTable(this.options.schema, 'mail_outbox');
    const r = await this.claim(id);
    if (!r) return;
    try {
      await this.transport.send(
        { id: r.id, to: r.to_address, toName: r.to_name, subject: r.subject, text: r.text_body, html: r.html_body },
        this.from,
      );
      await this.pool.query(
        `update ${outbox} set "status" = 'SENT', "sent_at" = now(), "last_error" = null, "sending_until" = null where "id" = $1 and "status" = 'PENDING'`,
        [r.id],
      );
    } catch (err) {
      const failed = r.attempts >= this.maxAttempts;
      const message = String(err instanceof Error ? err.message : err).slice(0, 500);
      // next_attempt_at tells staff when pg-boss will try again (its back-off: backoff × 2^(attempt − 1)).
      await this.pool.query(
        `update ${outbox} set "last_error" = $2, "status" = $3, "sending_until" = null, "next_attempt_at" = now() + ($4 || ' milliseconds')::interval
         where "id" = $1 and "status" = 'PENDING'`,
        [r.id, message, failed ? 'FAILED' : 'PENDING', String(this.backoffMs * 2 ** (r.attempts - 1))],
      );
      this.log(failed ? 'mail failed for good' : 'mail failed; will retry', { id: r.id, attempts: r.attempts });
      if (!failed) throw new Error(`mail ${r.id} attempt ${r.attempts} failed: ${message}`);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    await this.relaying?.catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
    await this.boss?.stop({ graceful: true, timeout: 10_000, close: true }).catch(() => undefined);
    await this.transport.close?.();
    await this.pool.end().catch(() => undefined);
    await this.relayPool.end().catch(() => undefined);
  }
}
