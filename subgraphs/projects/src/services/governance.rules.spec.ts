import { describe, expect, it } from 'vitest';
import { GovernanceDueKind, GovernanceTable } from '../entities/enums.js';
import { meetingDue, sortDue, workPlanDue } from './governance.rules.js';

describe('governance cadence (Europe/Rome calendar days)', () => {
  it('technical table: 3 months after the last meeting, month ends clamped', () => {
    expect(meetingDue(GovernanceTable.TECHNICAL, '2026-11-30', '2027-02-28')).toMatchObject({ dueOn: '2027-02-28', overdue: false });
    expect(meetingDue(GovernanceTable.TECHNICAL, '2026-11-30', '2027-03-01')).toMatchObject({ overdue: true, daysOverdue: 1 });
  });
  it('coordination table: at least every 6 months', () => {
    expect(meetingDue(GovernanceTable.COORDINATION, '2026-08-31', '2027-02-28')).toMatchObject({
      kind: GovernanceDueKind.COORDINATION_MEETING,
      dueOn: '2027-02-28',
      overdue: false,
    });
    expect(meetingDue(GovernanceTable.COORDINATION, '2026-03-15', '2026-10-01')).toMatchObject({ dueOn: '2026-09-15', daysOverdue: 16 });
  });
  it('a table that never met is due at once', () => {
    expect(meetingDue(GovernanceTable.TECHNICAL, null, '2026-01-01')).toMatchObject({ dueOn: null, overdue: true });
  });
  it('the work plan of a year is due by its 31 December, and nothing once done', () => {
    expect(workPlanDue(GovernanceDueKind.WORK_PLAN_APPROVAL, 2026, null, '2026-12-31')).toMatchObject({ overdue: false });
    expect(workPlanDue(GovernanceDueKind.WORK_PLAN_APPROVAL, 2026, null, '2027-01-02')).toMatchObject({ overdue: true, daysOverdue: 2 });
    expect(workPlanDue(GovernanceDueKind.RESULTS_PRESENTATION, 2026, '2026-06-01', '2027-01-02')).toBeNull();
  });
  it('sorts overdue first, never-held first among them, then by due date', () => {
    const rows = sortDue([
      meetingDue(GovernanceTable.COORDINATION, '2026-06-15', '2026-12-01'),
      meetingDue(GovernanceTable.TECHNICAL, '2026-08-31', '2026-12-01'),
      meetingDue(GovernanceTable.COORDINATION, null, '2026-12-01'),
    ]);
    expect(rows.map((r) => [r.kind, r.dueOn])).toEqual([
      ['COORDINATION_MEETING', null],
      ['TECHNICAL_MEETING', '2026-11-30'],
      ['COORDINATION_MEETING', '2026-12-15'],
    ]);
  });
});
