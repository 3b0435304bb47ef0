import { describe, expect, it } from 'vitest';
import { adjustmentReason, onDay } from './notifier.service.js';

describe('mail wording (issue 21)', () => {
  it('writes a day with the right article, in Rome’s calendar', () => {
    expect(onDay('2026-12-10')).toBe('il 10 dicembre 2026');
    expect(onDay('2027-03-08')).toBe('l’8 marzo 2027');
    expect(onDay('2027-01-11')).toBe('l’11 gennaio 2027');
  });

  it('says in Italian why a settlement was adjusted, without ids, ISO dates or the English log sentence', () => {
    const late = adjustmentReason({ cause: 'PLACEMENT_RECORDED_LATE', placementStartDate: '2026-11-03' });
    expect(late).toBe(
      'un inserimento lavorativo iniziato il 3 novembre 2026, entro la finestra di valutazione, è stato registrato dopo la liquidazione',
    );
    expect(adjustmentReason({ cause: 'PLACEMENT_CORRECTED', placementStartDate: '2027-01-11' })).toBe(
      'un inserimento lavorativo (iniziato l’11 gennaio 2027) è stato corretto dopo la liquidazione',
    );
    // An event recorded before causes existed: still Italian.
    expect(adjustmentReason({})).toBe('inserimenti lavorativi registrati o corretti dopo la liquidazione');
    for (const text of [late, adjustmentReason({})]) expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|Placement|settlement/);
  });
});
