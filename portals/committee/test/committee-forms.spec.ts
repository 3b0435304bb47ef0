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
  it('reads the quorum numbers and the majority and duplicate refusals; unknown ones stay as given', async () => {
    const { decisionErrorText } = await import('../src/features/decision/decision-errors.js');
    const { COMMITTEE_MESSAGES } = await import('../src/messages.js');
    expect(
      decisionErrorText('Quorum not reached: 1 voting member(s), 3 needed (members with a conflict of interest do not count)'),
    ).toEqual({ key: 'decision.error.quorum', params: { voting: '1', quorum: '3' } });
    expect(decisionErrorText('The votes do not approve this dossier')).toEqual({ key: 'decision.error.notApproved' });
    expect(decisionErrorText('The decision on this dossier is already recorded')).toEqual({ key: 'decision.error.already' });
    expect(decisionErrorText('Something else')).toBeNull();
    for (const key of [
      'decision.error.quorum',
      'decision.error.notApproved',
      'decision.error.notRejected',
      'decision.error.already',
      'vote.error.notMember',
    ]) {
      expect(COMMITTEE_MESSAGES.it[key]).toBeTruthy();
      expect(COMMITTEE_MESSAGES.en[key]).toBeTruthy();
    }
  });
});
