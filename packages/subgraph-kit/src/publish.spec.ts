import { describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { bufferEvents, eventPublisher } from './publish.js';

const notInTransaction = { getTransactionContext: () => undefined } as unknown as EntityManager;

describe('eventPublisher', () => {
  it('publishes through the outbox, which refuses to write outside the transaction of the change', async () => {
    const publish = eventPublisher('finance');
    await expect(
      publish(
        notInTransaction,
        'LoanInArrears',
        { type: 'Loan', id: 'l1' },
        { loanId: 'l1', projectId: 'p1', daysPastDue: 31, overdueCents: 10_000 },
        null,
      ),
    ).rejects.toThrow(/inside a transaction/);
  });

  it('accepts only the source’s event types and their payloads (checked by tsc)', () => {
    const publish = eventPublisher('training');
    const typeChecksOnly = () => {
      // @ts-expect-error LoanOpened is a finance event, not a training one
      void publish(notInTransaction, 'LoanOpened', { type: 'Loan', id: 'x' }, {}, null);
      // @ts-expect-error the payload of AttendanceUploaded needs uploadId, editionId, trainingBodyId and rows
      void publish(notInTransaction, 'AttendanceUploaded', { type: 'CourseEdition', id: 'e' }, { editionId: 'e' }, null);
    };
    expect(typeof typeChecksOnly).toBe('function');
  });

  it('buffers the events published on a transaction until flush, then writes them in one statement, in order', async () => {
    const statements: { sql: string; params: unknown[] }[] = [];
    const tx = {
      getTransactionContext: () => ({}),
      execute: async (sql: string, params: unknown[]) => (statements.push({ sql, params }), []),
    } as unknown as EntityManager;
    const publish = eventPublisher('training');
    const uploaded = (id: string) => ({ uploadId: id, editionId: 'e', trainingBodyId: 't', rows: 1 });
    const buffer = bufferEvents(tx);
    expect(() => bufferEvents(tx)).toThrow(/already buffers/);
    for (const id of ['u1', 'u2', 'u3']) await publish(tx, 'AttendanceUploaded', { type: 'Upload', id }, uploaded(id), 'a1');
    expect(statements).toHaveLength(0);
    expect(buffer.size).toBe(3);
    buffer.discard(2); // the last one's writes were rolled back
    await buffer.flush();
    expect(statements).toHaveLength(1);
    const rows = JSON.parse(String(statements[0]!.params[1])) as { n: number; aggregate_id: string; actor_id: string }[];
    expect(rows.map((r) => [r.n, r.aggregate_id, r.actor_id])).toEqual([
      [0, 'u1', 'a1'],
      [1, 'u2', 'a1'],
    ]);
    expect(statements[0]!.sql).toContain('"training"."outbox_event"');
    expect(statements[0]!.params[2]).toBe('{"training:AttendanceUploaded"}');
    // Once closed, events are written at once again.
    buffer.close();
    await publish(tx, 'AttendanceUploaded', { type: 'Upload', id: 'u4' }, uploaded('u4'), null);
    expect(statements).toHaveLength(2);
    expect(statements[1]!.params).toContain('u4');
  });
});
