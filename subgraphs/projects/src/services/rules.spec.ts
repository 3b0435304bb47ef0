import { describe, expect, it } from 'vitest';
import { DomainError } from '@ixl/subgraph-kit';
import { CommitteeKind, DecisionOutcome, FundingKind, MonitoringMode, VoteChoice } from '../entities/enums.js';
import { ProjectStatus as S } from '../entities/project.entity.js';
import { validateFunding } from './funding-limits.rules.js';
import { allowedManualMoves, assertManualMove } from './project-path.rules.js';
import { assertDecisionAllowed, tally } from './quorum.rules.js';
import {
  assertLabAllowed,
  assertMonitoringMeetingAllowed,
  labDeadline,
  monitoringEnd,
  nextGovernanceSessionDueBy,
} from './time-limits.rules.js';

const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, field: e.field };
    throw e;
  }
  return null;
};

describe('labs: 3 within 2 months of the intake meeting', () => {
  it('accepts labs up to the deadline and refuses a 4th, an early and a late one', () => {
    expect(labDeadline('2026-03-02')).toBe('2026-05-02');
    expect(failure(() => assertLabAllowed('2026-03-02', 2, '2026-05-02'))).toBeNull();
    expect(failure(() => assertLabAllowed('2026-03-02', 3, '2026-04-01'))).toEqual({ code: 'LIMIT_EXCEEDED', field: 'heldOn' });
    expect(failure(() => assertLabAllowed('2026-03-02', 0, '2026-05-03'))).toEqual({ code: 'LIMIT_EXCEEDED', field: 'heldOn' });
    expect(failure(() => assertLabAllowed('2026-03-02', 0, '2026-03-01'))).toEqual({ code: 'BAD_USER_INPUT', field: 'heldOn' });
  });
});

describe('monitoring: 3 one-hour meetings, or weekly for at most 6 months', () => {
  it('limits the 3-meeting mode by count and the weekly mode by week and by 6 months', () => {
    expect(
      failure(() =>
        assertMonitoringMeetingAllowed(MonitoringMode.THREE_MEETINGS, '2026-01-01', ['2026-01-02', '2026-02-02'], '2027-05-01', 60),
      ),
    ).toBeNull();
    expect(
      failure(() => assertMonitoringMeetingAllowed(MonitoringMode.THREE_MEETINGS, '2026-01-01', ['a', 'b', 'c'], '2026-05-01', 60)),
    ).toEqual({ code: 'LIMIT_EXCEEDED', field: 'heldOn' });
    expect(failure(() => assertMonitoringMeetingAllowed(MonitoringMode.WEEKLY, '2026-01-05', ['2026-01-05'], '2026-01-11', 60))).toEqual({
      code: 'LIMIT_EXCEEDED',
      field: 'heldOn',
    });
    expect(failure(() => assertMonitoringMeetingAllowed(MonitoringMode.WEEKLY, '2026-01-05', ['2026-01-05'], '2026-01-12', 60))).toBeNull();
    expect(monitoringEnd(MonitoringMode.WEEKLY, '2026-01-05')).toBe('2026-07-05');
    expect(monitoringEnd(MonitoringMode.THREE_MEETINGS, '2026-01-05')).toBeNull();
    expect(failure(() => assertMonitoringMeetingAllowed(MonitoringMode.WEEKLY, '2026-01-05', [], '2026-07-05', 60))).toBeNull();
    expect(failure(() => assertMonitoringMeetingAllowed(MonitoringMode.WEEKLY, '2026-01-05', [], '2026-07-06', 60))).toEqual({
      code: 'LIMIT_EXCEEDED',
      field: 'heldOn',
    });
    expect(failure(() => assertMonitoringMeetingAllowed(MonitoringMode.WEEKLY, '2026-01-05', [], '2026-01-06', 61))).toEqual({
      code: 'LIMIT_EXCEEDED',
      field: 'durationMinutes',
    });
  });
});

describe('funding limits', () => {
  it('accepts a €25,000 loan over 60 months with 6 grace months and refuses more', () => {
    expect(validateFunding({ kind: FundingKind.LOAN, amountCents: 2_500_000, termMonths: 60, graceMonths: 6 })).toMatchObject({
      amountCents: 2_500_000,
      termMonths: 60,
      graceMonths: 6,
    });
    expect(failure(() => validateFunding({ kind: FundingKind.LOAN, amountCents: 2_500_001, termMonths: 60 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'funding.amountCents',
    });
    expect(failure(() => validateFunding({ kind: FundingKind.LOAN, amountCents: 100_000, termMonths: 61 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'funding.termMonths',
    });
    expect(failure(() => validateFunding({ kind: FundingKind.LOAN, amountCents: 100_000, termMonths: 6, graceMonths: 6 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'funding.graceMonths',
    });
  });

  it('splits a grant into ≤ €6,000 investments and ≤ €2,000 services', () => {
    expect(validateFunding({ kind: FundingKind.GRANT, investmentCents: 600_000, servicesCents: 200_000 })).toMatchObject({
      amountCents: 800_000,
    });
    expect(failure(() => validateFunding({ kind: FundingKind.GRANT, investmentCents: 600_001, servicesCents: 0 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'funding.investmentCents',
    });
    expect(failure(() => validateFunding({ kind: FundingKind.GRANT, investmentCents: 0, servicesCents: 200_001 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'funding.servicesCents',
    });
    expect(failure(() => validateFunding({ kind: FundingKind.GRANT, amountCents: 1, investmentCents: 100, servicesCents: 0 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'funding.amountCents',
    });
  });
});

describe('quorum and majority', () => {
  const v = (choice: VoteChoice | null, conflictOfInterest = false) => ({ choice, conflictOfInterest });
  it('does not count members with a conflict of interest', () => {
    const t = tally([v(VoteChoice.APPROVE), v(VoteChoice.APPROVE), v(null, true)]);
    expect(t).toEqual({ votesFor: 2, votesAgainst: 0, abstentions: 0, excludedForConflict: 1, voting: 2 });
    expect(failure(() => assertDecisionAllowed(t, 3, DecisionOutcome.APPROVED))).toEqual({ code: 'CONFLICT', field: 'agendaItemId' });
    expect(failure(() => assertDecisionAllowed(t, 2, DecisionOutcome.APPROVED))).toBeNull();
    expect(failure(() => assertDecisionAllowed(t, 2, DecisionOutcome.REJECTED))).toEqual({ code: 'CONFLICT', field: 'outcome' });
    expect(failure(() => assertDecisionAllowed(t, 2, DecisionOutcome.POSTPONED))).toBeNull();
  });
});

describe('path state machine', () => {
  it('moves forward by hand except through the committees, and resumes a stand-by where it was', () => {
    expect(allowedManualMoves(S.SUBMITTED, null)).toEqual([S.PRE_SELECTION, S.REJECTED, S.WITHDRAWN, S.STAND_BY]);
    expect(allowedManualMoves(S.EVALUATION_COMMITTEE, null)).toEqual([S.WITHDRAWN, S.STAND_BY]);
    expect(allowedManualMoves(S.STAND_BY, S.REVIEW)).toEqual([S.REVIEW, S.WITHDRAWN, S.REJECTED]);
    expect(allowedManualMoves(S.REJECTED, null)).toEqual([]);
    expect(failure(() => assertManualMove(S.MANAGEMENT_COMMITTEE, S.FUNDED, null))).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'to' });
    expect(failure(() => assertManualMove(S.FUNDED, S.MONITORING, null))).toBeNull();
  });
});

describe('governance tables: coordination every 6 months, technical every 3', () => {
  it('dates the next session from the last one, and only for those tables', () => {
    expect(nextGovernanceSessionDueBy(CommitteeKind.COORDINATION, '2026-08-31')).toBe('2027-02-28');
    expect(nextGovernanceSessionDueBy(CommitteeKind.TECHNICAL, '2026-11-30')).toBe('2027-02-28');
    expect(nextGovernanceSessionDueBy(CommitteeKind.TECHNICAL, null)).toBeNull();
    expect(nextGovernanceSessionDueBy(CommitteeKind.EVALUATION, '2026-11-30')).toBeNull();
    expect(nextGovernanceSessionDueBy(CommitteeKind.MANAGEMENT, '2026-11-30')).toBeNull();
  });
});
