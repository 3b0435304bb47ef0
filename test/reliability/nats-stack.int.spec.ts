/**
 * The whole stack with events through NATS JetStream (NATS_URL): the Bologna demo data, whose loading crosses
 * every subgraph's events, is delivered to every consumer once, through the stream, with no dead letter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, factories, startNats, type NatsServer, type TestStack } from '@ixl/testkit';
import { EVENT_STREAM, RELAY_CONSUMER, connectJetStream } from '@ixl/events';
import { SUBGRAPH_NAMES } from '@ixl/registry';

let nats: NatsServer;
let t: TestStack;

beforeAll(async () => {
  nats = await startNats();
  t = await bootTestStack({ seedDemo: true, config: { natsUrl: nats.url } });
  await factories.drainEvents(t.stack);
}, 300_000);

afterAll(async () => {
  await t?.stack.stop();
  await nats?.close();
});

describe('the stack on NATS JetStream', () => {
  it('relays every outbox event to the stream once and every consumer passes every event of its source, with no dead letter', async () => {
    const sql = t.stack.subgraphs.people.orm.em.getConnection();
    let outboxTotal = 0;
    for (const source of SUBGRAPH_NAMES) {
      const [counted] = await sql.execute<{ n: string; last: string | null }[]>(
        `select count(*) as n, max(id)::text as last from "${source}".outbox_event`,
      );
      const { n, last } = counted!;
      outboxTotal += Number(n);
      const [relay] = await sql.execute<{ id: string }[]>(
        `select last_event_id::text as id from "${source}".event_consumer_offset where consumer = ? and source = ?`,
        [RELAY_CONSUMER, source],
      );
      expect(relay?.id, `${source} relayed everything`).toBe(last ?? '0');
      for (const consumer of SUBGRAPH_NAMES) {
        const offsets = await sql.execute<{ consumer: string; id: string }[]>(
          `select consumer, last_event_id::text as id from "${consumer}".event_consumer_offset where source = ? and consumer <> ?`,
          [source, RELAY_CONSUMER],
        );
        for (const o of offsets) expect(o.id, `${consumer}/${o.consumer} read all of ${source}`).toBe(last ?? '0');
      }
      const [dead] = await sql.execute<{ n: string }[]>(`select count(*) as n from "${source}".event_dead_letter`);
      expect(Number(dead!.n), `${source} dead letters`).toBe(0);
    }
    expect(outboxTotal).toBeGreaterThan(100);
    const connection = await connectJetStream(nats.url, 'test', () => undefined);
    try {
      const info = await connection.jsm.streams.info(EVENT_STREAM);
      expect(info.state.messages).toBe(outboxTotal);
    } finally {
      await connection.close();
    }
  });
});
