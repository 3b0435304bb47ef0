import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type AddressInfo } from 'node:net';
import { MikroORM } from '@mikro-orm/postgresql';
import { freshDatabase, startSmtpCatcher } from '@ixl/testkit';
import {
  MailSender,
  enqueueMail,
  enqueueMails,
  listCapturedMail,
  mailBatchProgress,
  mailQueueColumnsSql,
  mailTablesSql,
  smtpTransport,
  type MailRequest,
} from '../src/index.js';

let orm: MikroORM;
let db: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  db = await freshDatabase();
  orm = await MikroORM.init({
    clientUrl: db.url,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: true,
    logger: () => undefined,
  });
  await orm.em.getConnection().execute('create schema mailtest');
  for (const sql of [...mailTablesSql('mailtest'), ...mailQueueColumnsSql('mailtest')]) await orm.em.getConnection().execute(sql);
});
afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

const request = (key: string, to = 'giulia@example.org'): MailRequest => ({
  dedupeKey: key,
  category: 'TRANSACTIONAL',
  to,
  template: 'registration_confirmation',
  data: { firstName: 'Giulia', welcome: 'Benvenuta', registeredOn: '21/11/2026', portalUrl: 'http://localhost:4000/beneficiario/' },
});
const count = async (where = 'true') =>
  Number(
    (await orm.em.getConnection().execute<{ n: string }[]>(`select count(*)::text as n from mailtest.mail_outbox where ${where}`))[0]?.n,
  );
async function until(check: () => Promise<boolean>, ms = 10_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('mail outbox', () => {
  it('queues a message once per dedupe key, only when the transaction commits', async () => {
    await orm.em.fork().transactional(async (em) => {
      expect(await enqueueMail(em, 'mailtest', request('reg:1'))).toBe(true);
      expect(await enqueueMail(em, 'mailtest', request('reg:1'))).toBe(false);
    });
    await orm.em
      .fork()
      .transactional(async (em) => {
        await enqueueMail(em, 'mailtest', request('reg:rolled-back'));
        throw new Error('rollback');
      })
      .catch(() => undefined);
    expect(await count(`dedupe_key like 'reg:%'`)).toBe(1);
    await expect(orm.em.fork().transactional((em) => enqueueMail(em, 'mailtest', request('bad', 'not-an-address')))).rejects.toThrow(
      /recipient/,
    );
  });

  it('queues many mails in one statement: each key once (already queued or repeated), every address checked first', async () => {
    await orm.em.fork().transactional((em) => enqueueMail(em, 'mailtest', request('many:1')));
    const many = [request('many:1'), request('many:2', 'marco@example.org'), request('many:3', 'anna@example.org'), request('many:3')];
    expect(await orm.em.fork().transactional((em) => enqueueMails(em, 'mailtest', many))).toBe(2);
    expect(await count(`dedupe_key like 'many:%'`)).toBe(3);
    expect(await count(`dedupe_key = 'many:2' and to_address = 'marco@example.org' and subject <> ''`)).toBe(1);
    // One bad address: nothing of the batch is written.
    await expect(
      orm.em.fork().transactional((em) => enqueueMails(em, 'mailtest', [request('many:4'), request('many:5', 'not-an-address')])),
    ).rejects.toThrow(/recipient/);
    expect(await count(`dedupe_key in ('many:4', 'many:5')`)).toBe(0);
    // More than one statement's worth (500): all queued.
    const batch = Array.from({ length: 1203 }, (_, i) => request(`many:batch:${i}`, `p${i}@example.org`));
    expect(await orm.em.fork().transactional((em) => enqueueMails(em, 'mailtest', batch))).toBe(1203);
    expect(await orm.em.fork().transactional((em) => enqueueMails(em, 'mailtest', batch))).toBe(0);
    expect(await count(`dedupe_key like 'many:batch:%'`)).toBe(1203);
    // Not for delivery: the next tests start a sender on this outbox.
    await orm.em.getConnection().execute(`delete from mailtest.mail_outbox where dedupe_key like 'many:%'`);
  });

  it('delivers to the capture inbox by default through the pg-boss queue, woken by NOTIFY, and never twice', async () => {
    const sender = new MailSender({ url: db.url, schema: 'mailtest' });
    await sender.start();
    try {
      await until(async () => (await listCapturedMail(orm.em.fork(), 'mailtest')).length === 1);
      await orm.em.fork().transactional((em) => enqueueMail(em, 'mailtest', request('reg:2', 'marco@example.org')));
      await until(async () => (await listCapturedMail(orm.em.fork(), 'mailtest')).length === 2);
      const inbox = await listCapturedMail(orm.em.fork(), 'mailtest', { to: 'marco@example.org' });
      expect(inbox).toHaveLength(1);
      expect(inbox[0]?.subject).toBe('Benvenuta in Insieme per il lavoro');
      expect(inbox[0]?.text).toContain('Ciao Giulia');
      await sender.kick();
      expect(await listCapturedMail(orm.em.fork(), 'mailtest')).toHaveLength(2);
      expect(await count(`status = 'SENT'`)).toBe(2);
    } finally {
      await sender.close();
    }
  });

  it('sends through a real SMTP conversation, retries a temporary failure, and reports batch progress', async () => {
    const smtp = await startSmtpCatcher();
    smtp.failNext.count = 1;
    const sender = new MailSender({
      url: db.url,
      schema: 'mailtest',
      transport: smtpTransport(smtp.url),
      backoffMs: 50,
      idlePollSeconds: 0.5,
    });
    try {
      await orm.em.fork().transactional(async (em) => {
        for (let i = 0; i < 3; i++)
          await enqueueMail(em, 'mailtest', {
            ...request(`batch:b1:${i}`, `person${i}@example.org`),
            template: 'mass_message',
            category: 'NEWSLETTER',
            batchId: 'b1',
            data: { subject: 'Corso gratuito', firstName: `P${i}`, message: 'Nuovo corso OSS', optOutUrl: 'http://x/opt-out' },
          });
      });
      await sender.start();
      await until(async () => (await mailBatchProgress(orm.em.fork(), 'mailtest', 'b1')).sent === 3);
      expect(smtp.received).toHaveLength(3);
      expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['person0@example.org', 'person1@example.org', 'person2@example.org']);
      expect(smtp.received[0]?.subject).toBe('Corso gratuito');
      const retried = await orm.em
        .getConnection()
        .execute<{ attempts: number }[]>(`select attempts from mailtest.mail_outbox where batch_id = 'b1' order by attempts desc limit 1`);
      expect(retried[0]?.attempts).toBe(2);
    } finally {
      await sender.close();
      await smtp.close();
    }
  });

  it('gives up after the last attempt and marks the message FAILED', async () => {
    const sender = new MailSender({
      url: db.url,
      schema: 'mailtest',
      transport: { send: async () => Promise.reject(new Error('mailbox unavailable')) },
      maxAttempts: 2,
      backoffMs: 20,
      idlePollSeconds: 0.5,
    });
    await orm.em.fork().transactional((em) => enqueueMail(em, 'mailtest', request('reg:doomed', 'nobody@example.org')));
    await sender.start();
    try {
      await until(async () => (await count(`dedupe_key = 'reg:doomed' and status = 'FAILED'`)) === 1);
      const row = await orm.em
        .getConnection()
        .execute<{ attempts: number; last_error: string }[]>(
          `select attempts, last_error from mailtest.mail_outbox where dedupe_key = 'reg:doomed'`,
        );
      expect(row[0]).toEqual({ attempts: 2, last_error: 'mailbox unavailable' });
    } finally {
      await sender.close();
    }
  });

  it('gives up on a silent SMTP server after the greeting timeout, holding no transaction while it waits, and retries later', async () => {
    const silent = createServer((socket) => socket.on('error', () => undefined)); // accepts, never greets
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as AddressInfo).port;
    const sender = new MailSender({
      url: db.url,
      schema: 'mailtest',
      transport: smtpTransport(`smtp://127.0.0.1:${port}`, { connectionMs: 2_000, greetingMs: 700, socketMs: 2_000 }),
      backoffMs: 60_000,
    });
    await orm.em.fork().transactional((em) => enqueueMail(em, 'mailtest', request('reg:silent', 'silent@example.org')));
    const started = Date.now();
    await sender.start();
    try {
      // While the sender waits for the greeting, no sender session is inside a transaction.
      await new Promise((r) => setTimeout(r, 300));
      const open = await orm.em
        .getConnection()
        .execute<{ n: number }[]>(
          `select count(*)::int as n from pg_stat_activity where application_name = 'ixl-mail-sender' and xact_start is not null`,
        );
      expect(open[0]?.n).toBe(0);
      await until(async () => (await count(`dedupe_key = 'reg:silent' and last_error is not null`)) === 1);
      expect(Date.now() - started).toBeLessThan(5_000);
      const [row] = await orm.em
        .getConnection()
        .execute<{ status: string; attempts: number; last_error: string; wait: number }[]>(
          `select status, attempts, last_error, extract(epoch from next_attempt_at - now())::int as wait from mailtest.mail_outbox where dedupe_key = 'reg:silent'`,
        );
      expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
      expect(row?.last_error).toMatch(/greeting/i);
      expect(row?.wait).toBeGreaterThan(30); // back-off before the next attempt
    } finally {
      await sender.close();
      await new Promise((r) => silent.close(r));
    }
  });
});
