import { randomUUID } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, factories, type TestStack } from '@ixl/testkit';
import { enqueueMail } from '@ixl/mail';

// A real SMTP peer we control that accepts the TCP connection and then says nothing, ever: the worst
// case for a sender without timeouts. The people subgraph sends through it with timeouts longer than
// the test, so its mail stays stuck while we watch an event between two other subgraphs.
let smtp: Server;
const sockets = new Set<Socket>();
let t: TestStack;
beforeAll(async () => {
  smtp = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  const address = smtp.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  t = await bootTestStack({
    config: { smtpUrl: `smtp://127.0.0.1:${port}`, smtpTimeouts: { connectionMs: 120_000, greetingMs: 120_000, socketMs: 120_000 } },
  });
});
afterAll(async () => {
  for (const s of sockets) s.destroy(); // the stuck send fails now, so the sender stops at once
  await t?.stop();
  await new Promise((r) => smtp?.close(r));
});

const sql = <T extends object>(query: string, params: unknown[] = []) =>
  t.stack.subgraphs.people.orm.em.fork().getConnection().execute<T[]>(query, params);

async function until(check: () => Promise<boolean>, ms: number): Promise<number> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > ms) throw new Error(`timed out after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return Date.now() - start;
}

describe('a hanging SMTP server', () => {
  it('delays only mail: an event from companies reaches projects promptly while a message waits on SMTP', async () => {
    await t.stack.subgraphs.people.orm.em.fork().transactional((em) =>
      enqueueMail(em, 'people', {
        dedupeKey: `stall:${randomUUID()}`,
        category: 'TRANSACTIONAL',
        to: 'giulia@example.org',
        template: 'registration_confirmation',
        data: { firstName: 'Giulia', welcome: 'Benvenuta', registeredOn: '02/12/2026', portalUrl: 'http://localhost:4000/beneficiario/' },
      }),
    );
    // The sender has claimed the message and is connected to the silent server.
    await until(async () => sockets.size > 0, 10_000);

    const placementId = randomUUID();
    await factories.publishAs(t.stack, 'companies', {
      type: 'PlacementRecorded',
      aggregateType: 'Placement',
      aggregateId: placementId,
      payload: {
        placementId,
        beneficiaryId: randomUUID(),
        companyId: null,
        vacancyId: null,
        sourceEditionId: null,
        previousPlacementId: null,
        type: 'ASSUNZIONE',
        contract: 'TEMPO_DETERMINATO',
        startDate: '2026-09-01',
        endDate: null,
        hoursPerWeek: 30,
      },
    });
    // Delivered by the bus on its own (no drain): an open transaction anywhere would hold it back.
    const took = await until(async () => (await sql(`select 1 from projects.placement_ref where id = ?`, [placementId])).length > 0, 5_000);
    expect(took).toBeLessThan(5_000);

    // Meanwhile the message is still waiting on SMTP: claimed (one attempt), not sent, and no sender
    // session holds a transaction (or a snapshot) open while it waits.
    expect(sockets.size).toBeGreaterThan(0);
    const [mail] = await sql<{ status: string; attempts: number }>(`select status, attempts from people.mail_outbox`);
    expect(mail).toEqual({ status: 'PENDING', attempts: 1 });
    const open = await sql<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = 'ixl-mail-sender'
       and (xact_start is not null or backend_xmin is not null)`,
    );
    expect(open[0]?.n).toBe(0);
  }, 60_000);
});
