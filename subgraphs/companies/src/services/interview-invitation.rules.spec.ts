import { describe, expect, it } from 'vitest';
import { DomainError } from '@ixl/subgraph-kit';
import { interviewDetails } from './interview-invitation.rules.js';

const now = new Date('2027-01-10T12:00:00Z');
const fieldOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? e.field : 'not a DomainError';
  }
  return null;
};

describe('interviewDetails', () => {
  it('reads the day and time in Bologna and trims place, link and note', () => {
    const d = interviewDetails({ date: '2027-01-15', time: '10:30', place: ' Via Larga 10, Bologna ', note: ' Chiedere di Anna ' }, now);
    expect(d).toEqual({ at: new Date('2027-01-15T09:30:00Z'), place: 'Via Larga 10, Bologna', link: null, note: 'Chiedere di Anna' });
    expect(interviewDetails({ date: '2027-07-01', time: '09:00', link: 'https://meet.example.org/x' }, now).at.toISOString()).toBe(
      '2027-07-01T07:00:00.000Z',
    );
  });
  it('names the field at fault', () => {
    expect(fieldOf(() => interviewDetails({ date: '15/01/2027', time: '10:30', place: 'x' }, now))).toBe('date');
    expect(fieldOf(() => interviewDetails({ date: '2027-01-15', time: '25:00', place: 'x' }, now))).toBe('time');
    expect(fieldOf(() => interviewDetails({ date: '2027-01-10', time: '12:30', place: 'x' }, now))).toBe('date'); // 11:30 UTC: past
    expect(fieldOf(() => interviewDetails({ date: '2027-01-15', time: '10:30', place: '  ', link: '' }, now))).toBe('place');
    expect(fieldOf(() => interviewDetails({ date: '2027-01-15', time: '10:30', link: 'javascript:alert(1)' }, now))).toBe('link');
    expect(fieldOf(() => interviewDetails({ date: '2027-01-15', time: '10:30', link: 'meet' }, now))).toBe('link');
    expect(fieldOf(() => interviewDetails({ date: '2027-01-15', time: '10:30', place: 'x', note: 'n'.repeat(1001) }, now))).toBe('note');
  });
});
