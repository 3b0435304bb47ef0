import { describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { eventPublisher } from './publish.js';

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
});
