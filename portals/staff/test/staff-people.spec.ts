import { describe, expect, it } from 'vitest';
import { runningScore } from '../src/features/assessment/running-score.js';
import { draftFromParams, EMPTY_SEARCH, toFilter } from '../src/features/beneficiaries/search-filters.js';

const instrument = {
  id: 'i1',
  version: 2,
  name: 'Scheda',
  threshold: 11,
  dimensions: [
    {
      code: 'A',
      label: 'A',
      items: [
        {
          code: 'A1',
          text: 'a1',
          answers: [
            { code: 'NO', label: 'no', points: 0 },
            { code: 'YES', label: 'yes', points: 3 },
          ],
        },
      ],
    },
    {
      code: 'B',
      label: 'B',
      items: [
        {
          code: 'B1',
          text: 'b1',
          answers: [
            { code: 'LOW', label: 'low', points: 1 },
            { code: 'HIGH', label: 'high', points: 9 },
          ],
        },
        { code: 'B2', text: 'b2', answers: [{ code: 'X', label: 'x', points: 2 }] },
      ],
    },
  ],
};

describe('assessment form: running score', () => {
  it('adds the points of the answers given so far and counts them', () => {
    expect(runningScore(instrument, {})).toEqual({ score: 0, answered: 0, items: 3 });
    expect(runningScore(instrument, { A1: 'YES', B1: 'HIGH' })).toEqual({ score: 12, answered: 2, items: 3 });
    expect(runningScore(instrument, { A1: 'NO', B1: 'LOW', B2: 'X' })).toEqual({ score: 3, answered: 3, items: 3 });
  });

  it('ignores answers the instrument does not offer', () => {
    expect(runningScore(instrument, { A1: 'MAYBE', ZZ: 'YES' })).toEqual({ score: 0, answered: 0, items: 3 });
  });
});

describe('beneficiary search: address parameters to the API filter', () => {
  it('gives no filter for an empty search, and each set field once', () => {
    expect(toFilter(EMPTY_SEARCH)).toBeNull();
    expect(toFilter({ q: '  rossi ', comune: '037006', stato: 'IN_TARGET', prontezza: 'PRONTO', eta: 'under35' })).toEqual({
      search: 'rossi',
      municipalityCodes: ['037006'],
      status: ['IN_TARGET'],
      readiness: ['PRONTO'],
      under35: true,
    });
    expect(toFilter({ ...EMPTY_SEARCH, eta: 'over35' })).toEqual({ under35: false });
  });

  it('drops values that are not statuses or readiness levels (a hand-edited address)', () => {
    const draft = draftFromParams(new URLSearchParams('q=&stato=DROP_TABLE&prontezza=MAYBE&eta=old'));
    expect(draft).toEqual({ q: '', comune: '', stato: 'DROP_TABLE', prontezza: 'MAYBE', eta: 'old' });
    expect(toFilter(draft)).toBeNull();
  });
});
