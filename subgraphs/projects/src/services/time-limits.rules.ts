import { DomainError, badInput } from '@ixl/subgraph-kit';
import { CommitteeKind, MonitoringMode } from '../entities/enums.js';
import { addMonths, weekStart } from '@ixl/calendar';

export const LABS_REQUIRED = 3;
export const LAB_WINDOW_MONTHS = 2;
export const MONITORING_MEETINGS = 3;
export const MONITORING_WEEKLY_MONTHS = 6;
export const MEETING_MAX_MINUTES = 60;

/** Last day a lab may be held: 2 months after the intake meeting (inclusive). */
export const labDeadline = (intakeMeetingOn: string): string => addMonths(intakeMeetingOn, LAB_WINDOW_MONTHS);

/** Refuses a 4th lab, a lab before the intake meeting and a lab after the 2-month limit. */
export function assertLabAllowed(intakeMeetingOn: string, existingLabs: number, heldOn: string): void {
  if (existingLabs >= LABS_REQUIRED) throw new DomainError('LABS_MAX', { labsRequired: LABS_REQUIRED }, 'heldOn');
  if (heldOn < intakeMeetingOn) throw badInput('heldOn', 'LAB_BEFORE_INTAKE', { intakeMeetingOn });
  const limit = labDeadline(intakeMeetingOn);
  if (heldOn > limit) throw new DomainError('LABS_WITHIN_TWO_MONTHS', { limit }, 'heldOn');
}

/** Last day of monitoring: the 3-meeting mode has no date limit; the weekly mode lasts at most 6 months. */
export const monitoringEnd = (mode: MonitoringMode, startedOn: string): string | null =>
  mode === MonitoringMode.WEEKLY ? addMonths(startedOn, MONITORING_WEEKLY_MONTHS) : null;

/**
 * Monitoring: 3 meetings of (at most) 1 hour, or 1 hour a week for at most 6 months.
 * `existing` are the dates of the meetings already held.
 */
export function assertMonitoringMeetingAllowed(
  mode: MonitoringMode,
  startedOn: string,
  existing: readonly string[],
  heldOn: string,
  durationMinutes: number,
): void {
  if (!Number.isInteger(durationMinutes) || durationMinutes < 1) throw badInput('durationMinutes', 'DURATION_POSITIVE');
  if (durationMinutes > MEETING_MAX_MINUTES) throw new DomainError('MONITORING_MEETING_MAX_HOUR', {}, 'durationMinutes');
  if (heldOn < startedOn) throw badInput('heldOn', 'MONITORING_STARTED_ON', { startedOn });
  if (mode === MonitoringMode.THREE_MEETINGS) {
    if (existing.length >= MONITORING_MEETINGS) throw new DomainError('MONITORING_MEETINGS_MAX', { max: MONITORING_MEETINGS }, 'heldOn');
    return;
  }
  const end = addMonths(startedOn, MONITORING_WEEKLY_MONTHS);
  if (heldOn > end) throw new DomainError('WEEKLY_MONITORING_SIX_MONTHS', { end }, 'heldOn');
  const week = weekStart(heldOn);
  if (existing.some((d) => weekStart(d) === week)) throw new DomainError('WEEKLY_MONITORING_ONE_A_WEEK', {}, 'heldOn');
}

/** Governance tables meet at least every 6 months (coordination) and every 3 months (technical). */
export const GOVERNANCE_INTERVAL_MONTHS: Partial<Record<CommitteeKind, number>> = {
  [CommitteeKind.COORDINATION]: 6,
  [CommitteeKind.TECHNICAL]: 3,
};

/** The ISO date by which a governance table's next session is due (null for other committees, or before a first session). */
export function nextGovernanceSessionDueBy(kind: CommitteeKind, lastHeldOn: string | null): string | null {
  const months = GOVERNANCE_INTERVAL_MONTHS[kind];
  return months && lastHeldOn ? addMonths(lastHeldOn, months) : null;
}
