import { describe, expect, it } from 'vitest';
import { todayInRome } from '@ixl/calendar';
import { isBoardMemberOn } from './company.rules.js';

describe('isBoardMemberOn', () => {
  const member = { boardJoinedOn: '2019-03-15', boardLeftOn: '2026-12-31' };

  it('counts the joining day in and the leaving day out', () => {
    expect(isBoardMemberOn(member, '2019-03-14')).toBe(false);
    expect(isBoardMemberOn(member, '2019-03-15')).toBe(true);
    expect(isBoardMemberOn(member, '2026-12-30')).toBe(true);
    expect(isBoardMemberOn(member, '2026-12-31')).toBe(false);
  });

  it('is never a member without a joining day, and stays one without a leaving day', () => {
    expect(isBoardMemberOn({ boardJoinedOn: null, boardLeftOn: null }, '2026-01-01')).toBe(false);
    expect(isBoardMemberOn({ boardJoinedOn: '2019-03-15', boardLeftOn: null }, '2040-01-01')).toBe(true);
  });

  it('takes today in Rome: at 00:30 on 31 December in Rome (still the 30th in UTC) a company leaving that day is out', () => {
    const instant = new Date('2026-12-30T23:30:00Z');
    expect(todayInRome(instant)).toBe('2026-12-31');
    expect(isBoardMemberOn(member, todayInRome(instant))).toBe(false);
    // What the resolver did before: the UTC day, one hour late.
    expect(isBoardMemberOn(member, instant.toISOString().slice(0, 10))).toBe(true);
  });
});
