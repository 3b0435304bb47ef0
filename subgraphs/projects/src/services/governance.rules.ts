import { addMonths, daysBetween } from '@ixl/calendar';
import { GovernanceDueKind, GovernanceTable } from '../entities/enums.js';

/**
 * How often each governance table must meet, in months:
 * - Tavolo di coordinamento: "Si riunisce almeno semestralmente" (seeds/004_d739117af2e17cc1.txt:236);
 * - Tavolo tecnico: "solitamente svolti ogni 3 mesi" (seeds/003_fe62a26ba95cc30f.txt:226-227).
 */
export const TABLE_INTERVAL_MONTHS: Record<GovernanceTable, number> = {
  [GovernanceTable.COORDINATION]: 6,
  [GovernanceTable.TECHNICAL]: 3,
};

export interface GovernanceDueRow {
  kind: GovernanceDueKind;
  table: GovernanceTable | null;
  /** Work plan year (work-plan kinds only). */
  year: number | null;
  /** Last meeting held (meeting kinds only). */
  lastOn: string | null;
  /** ISO date (Europe/Rome) by which it is due; null when it never happened (due at once). */
  dueOn: string | null;
  overdue: boolean;
  /** Calendar days past `dueOn` (0 when not overdue). */
  daysOverdue: number;
}

/** The next meeting of a table is due `interval` months after the last one held (calendar months, Europe/Rome days). */
export function meetingDue(table: GovernanceTable, lastHeldOn: string | null, asOf: string): GovernanceDueRow {
  const kind = table === GovernanceTable.COORDINATION ? GovernanceDueKind.COORDINATION_MEETING : GovernanceDueKind.TECHNICAL_MEETING;
  if (!lastHeldOn) return { kind, table, year: null, lastOn: null, dueOn: null, overdue: true, daysOverdue: 0 };
  const dueOn = addMonths(lastHeldOn, TABLE_INTERVAL_MONTHS[table]);
  const late = daysBetween(dueOn, asOf);
  return { kind, table, year: null, lastOn: lastHeldOn, dueOn, overdue: late > 0, daysOverdue: Math.max(0, late) };
}

/**
 * The yearly work plan: approved by the Tavolo di coordinamento ("Approva piano di lavoro annuale",
 * seeds/001_6ba90542cf446215.txt:73; "definisce le linee di azione attraverso un piano di lavoro annuale",
 * seeds/004_d739117af2e17cc1.txt:232-234), and the results presented publicly every year ("Annualmente il tavolo di
 * coordinamento presenterà pubblicamente i risultati progettuali raggiunti", seeds/004_d739117af2e17cc1.txt:238-240).
 * The seeds fix no day: the year's plan is due by the end of that year (Europe/Rome), so it shows as due during the
 * year and overdue from the next one.
 */
export function workPlanDue(
  kind: GovernanceDueKind.WORK_PLAN_APPROVAL | GovernanceDueKind.RESULTS_PRESENTATION,
  year: number,
  doneOn: string | null,
  asOf: string,
): GovernanceDueRow | null {
  if (doneOn) return null;
  const dueOn = `${year}-12-31`;
  const late = daysBetween(dueOn, asOf);
  return { kind, table: GovernanceTable.COORDINATION, year, lastOn: null, dueOn, overdue: late > 0, daysOverdue: Math.max(0, late) };
}

/** Overdue first, then by due date (never held = due now, first), then by kind. */
export function sortDue(rows: GovernanceDueRow[]): GovernanceDueRow[] {
  const byDue = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a.localeCompare(b));
  return rows.sort((a, b) => Number(b.overdue) - Number(a.overdue) || byDue(a.dueOn, b.dueOn) || a.kind.localeCompare(b.kind));
}
