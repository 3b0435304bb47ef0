import { describe, expect, it } from 'vitest';
import { parseEuroToCents } from '../src/features/decision/euro.js';
import { voteProblems } from '../src/features/vote/vote-rules.js';

describe('euro amounts typed in a form → cents', () => {
  it.each([
    ['25000', 2_500_000],
    ['25.000', 2_500_000],
    ['25.000,50', 2_500_050],
    ['€ 1.234,56', 123_456],
    ['6000,5', 600_050],
    ['6000.5', 600_050],
    ['1,234.56', 123_456],
    ['2,000', 200_000],
    ['0', 0],
  ])('%s → %i', (text, cents) => expect(parseEuroToCents(text)).toBe(cents));

  it.each(['', 'dieci', '-5', '1,2,3.4.5', '1.5.6', '3,456,7'])('refuses "%s"', (text) => {
    expect(parseEuroToCents(text)).toBeNull();
  });
});

describe('the vote form asks for the conflict declaration first', () => {
  it('needs a declaration, then a choice (no conflict) or a description (conflict)', () => {
    expect(voteProblems({ conflict: '', choice: 'APPROVE', note: '' })).toEqual({ conflictOfInterest: 'vote.error.declare' });
    expect(voteProblems({ conflict: 'no', choice: '', note: '' })).toEqual({ choice: 'vote.error.choice' });
    expect(voteProblems({ conflict: 'yes', choice: '', note: '   ' })).toEqual({ conflictNote: 'vote.error.note' });
    expect(voteProblems({ conflict: 'no', choice: 'REJECT', note: '' })).toEqual({});
    expect(voteProblems({ conflict: 'yes', choice: '', note: 'Sono socia dell’associazione' })).toEqual({});
  });
});

describe('the API’s refusals of a decision in the user’s language', () => {
  it('says the quorum with plurals, and the majority and duplicate refusals, from their reasons', async () => {
    const { describeError } = await import('@ixl/ui');
    const { ERROR_CATALOG } = await import('@ixl/ui/catalogues');
    const it1 = (reason: string, params = {}) => describeError(ERROR_CATALOG, 'it', { code: 'CONFLICT', reason, params });
    expect(it1('QUORUM_NOT_REACHED', { voting: 1, quorum: 3 })).toBe(
      'Quorum non raggiunto: 1 votante, ne servono 3 (chi è in conflitto di interessi non conta).',
    );
    expect(it1('QUORUM_NOT_REACHED', { voting: 2, quorum: 3 })).toMatch(/^Quorum non raggiunto: 2 votanti, ne servono 3/);
    expect(it1('VOTES_DO_NOT_APPROVE')).toBe('I voti non approvano questo dossier.');
    expect(it1('DECISION_ALREADY_RECORDED')).toBe('La decisione su questo dossier è già registrata.');
    expect(it1('NOT_COMMITTEE_MEMBER')).toBe('Solo i membri di questo comitato votano i suoi dossier.');
    expect(
      describeError(ERROR_CATALOG, 'en', { code: 'CONFLICT', reason: 'QUORUM_NOT_REACHED', params: { voting: 1, quorum: 3 } }),
    ).toMatch(/^Quorum not reached: 1 voting, 3 needed/);
  });
});
