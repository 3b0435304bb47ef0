import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { transitionTable } from './transitions.js';

type Step = 'OPEN' | 'REVIEW' | 'DONE' | 'STAND_BY' | 'DROPPED';
const path = transitionTable<Step>(
  'dossier',
  { OPEN: ['REVIEW', 'STAND_BY', 'DROPPED'], REVIEW: ['DONE', 'STAND_BY'] },
  { paused: { state: 'STAND_BY', exits: ['DROPPED'] } },
);

const failure = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (err) {
    return err instanceof DomainError
      ? { code: err.code, reason: err.reason, params: err.params, field: err.field, message: err.message }
      : err;
  }
};

describe('transitionTable', () => {
  it('offers the moves of the table in order, and none from a final state or one it does not list', () => {
    expect(path.targets('OPEN')).toEqual(['REVIEW', 'STAND_BY', 'DROPPED']);
    expect(path.targets('DONE')).toEqual([]);
    expect(path.allows('OPEN', 'REVIEW')).toBe(true);
    expect(path.allows('OPEN', 'DONE')).toBe(false);
    expect(path.allows('DONE', 'OPEN')).toBe(false);
  });

  it('lets a paused subject resume where it was, or leave by the exits, and nothing else', () => {
    expect(path.targets('STAND_BY', 'REVIEW')).toEqual(['REVIEW', 'DROPPED']);
    expect(path.targets('STAND_BY', null)).toEqual(['DROPPED']);
    expect(path.allows('STAND_BY', 'REVIEW', 'REVIEW')).toBe(true);
    expect(path.allows('STAND_BY', 'OPEN', 'REVIEW')).toBe(false);
  });

  it('refuses an illegal move with ILLEGAL_TRANSITION on the field, with the default or the given message', () => {
    expect(failure(() => path.assert('OPEN', 'DONE'))).toEqual({
      code: 'ILLEGAL_TRANSITION',
      field: 'to',
      reason: 'ILLEGAL_TRANSITION',
      params: { subject: 'dossier', from: 'OPEN', to: 'DONE' },
      message: 'A dossier cannot go from OPEN to DONE',
    });
    expect(failure(() => path.assert('REVIEW', 'OPEN', { field: 'status', reason: 'VACANCY_TRANSITION' }))).toEqual({
      code: 'ILLEGAL_TRANSITION',
      field: 'status',
      reason: 'VACANCY_TRANSITION',
      params: { subject: 'dossier', from: 'REVIEW', to: 'OPEN' },
      message: 'A REVIEW vacancy cannot become OPEN',
    });
    expect(failure(() => path.assert('STAND_BY', 'REVIEW', { resumeTo: 'REVIEW' }))).toBeNull();
    expect(failure(() => path.assert('OPEN', 'REVIEW'))).toBeNull();
  });
});
