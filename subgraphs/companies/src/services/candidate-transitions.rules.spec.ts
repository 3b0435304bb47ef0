import { describe, expect, it } from 'vitest';
import { CandidateStatus as S } from '../entities/candidate.entity.js';
import { checkCandidateTransition } from './candidate-transitions.rules.js';

describe('candidate pipeline transitions', () => {
  it('lets staff walk the whole pipeline and nothing leaves a final state', () => {
    expect(checkCandidateTransition('STAFF', S.PROPOSED, S.CV_SENT)).toEqual({ ok: true });
    expect(checkCandidateTransition('STAFF', S.INTERVIEW, S.DECLINED_BY_CANDIDATE)).toEqual({ ok: true });
    for (const final of [S.HIRED, S.REJECTED_BY_COMPANY, S.DECLINED_BY_CANDIDATE])
      expect(checkCandidateTransition('ADMIN', final, S.INTERVIEW)).toMatchObject({ ok: false, reason: 'CANDIDATE_TRANSITION' });
    expect(checkCandidateTransition('STAFF', S.PROPOSED, S.HIRED)).toMatchObject({ ok: false, reason: 'CANDIDATE_TRANSITION' });
  });

  it('lets a company record only interviews, hires and its rejections', () => {
    expect(checkCandidateTransition('COMPANY', S.PROPOSED, S.INTERVIEW)).toEqual({ ok: true });
    expect(checkCandidateTransition('COMPANY', S.INTERVIEW, S.HIRED)).toEqual({ ok: true });
    expect(checkCandidateTransition('COMPANY', S.PROPOSED, S.CV_SENT)).toMatchObject({ ok: false, reason: 'CANDIDATE_STATUS_NOT_ALLOWED' });
    expect(checkCandidateTransition('COMPANY', S.PROPOSED, S.DECLINED_BY_CANDIDATE)).toMatchObject({
      ok: false,
      reason: 'CANDIDATE_STATUS_NOT_ALLOWED',
    });
    expect(checkCandidateTransition('BENEFICIARY', S.PROPOSED, S.INTERVIEW)).toMatchObject({
      ok: false,
      reason: 'CANDIDATE_STATUS_NOT_ALLOWED',
    });
  });
});
