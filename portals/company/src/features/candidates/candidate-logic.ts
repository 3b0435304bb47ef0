/**
 * What the company can do with a proposed candidate and why the candidate fits the vacancy, from
 * only what the API gives a company (skills, Italian level, shifts, hours of the person; the
 * vacancy's own requirements). No distance: the company never learns where the person lives.
 */

export const CANDIDATE_STATUSES = ['PROPOSED', 'CV_SENT', 'INTERVIEW', 'HIRED', 'REJECTED_BY_COMPANY', 'DECLINED_BY_CANDIDATE'] as const;

/** The reasons a company may give when it rejects (the API's CandidateOutcomeReason, less the candidate's own). */
export const REJECTION_REASONS = [
  'SKILLS',
  'LANGUAGE',
  'SHIFTS',
  'HOURS',
  'CONTRACT_TYPE',
  'PAY',
  'DISTANCE',
  'NOT_REACHABLE',
  'OTHER',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export type CompanyAction = 'INTERVIEW' | 'HIRED' | 'REJECTED_BY_COMPANY';

/**
 * The company's next steps, as the API's pipeline allows them (proposed / CV sent → interview or
 * reject; interview → hire or reject; hired, rejected and declined are final).
 */
export function companyActions(status: string): CompanyAction[] {
  switch (status) {
    case 'PROPOSED':
    case 'CV_SENT':
      return ['INTERVIEW', 'REJECTED_BY_COMPANY'];
    case 'INTERVIEW':
      return ['HIRED', 'REJECTED_BY_COMPANY'];
    default:
      return [];
  }
}

const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'];

export interface VacancyRequirements {
  requiredSkills: readonly string[];
  niceToHaveSkills: readonly string[];
  italianLevel?: string | null;
  shifts: readonly string[];
  hoursPerWeek?: number | null;
}

export interface CandidateProfile {
  skills: readonly string[];
  italianLevel?: string | null;
  shifts: readonly string[];
  availableHoursPerWeek?: number | null;
}

/** One reason, as a message key and its values (the page translates it). */
export interface MatchReason {
  key:
    | 'requiredSkills'
    | 'missingSkills'
    | 'niceToHave'
    | 'italianMeets'
    | 'italianBelow'
    | 'shifts'
    | 'missingShifts'
    | 'hours'
    | 'fewerHours';
  good: boolean;
  skills?: string[];
  shifts?: string[];
  level?: string;
  required?: string;
  hours?: number;
  requiredHours?: number;
}

const norm = (s: string) => s.trim().toLowerCase();

/** Why the candidate fits (or partly does not): skills, Italian, shifts and hours against the vacancy. */
export function matchReasons(vacancy: VacancyRequirements, person: CandidateProfile): MatchReason[] {
  const has = new Set(person.skills.map(norm));
  const reasons: MatchReason[] = [];
  const matched = vacancy.requiredSkills.filter((s) => has.has(norm(s)));
  const missing = vacancy.requiredSkills.filter((s) => !has.has(norm(s)));
  if (matched.length) reasons.push({ key: 'requiredSkills', good: true, skills: matched });
  if (missing.length) reasons.push({ key: 'missingSkills', good: false, skills: missing });
  const nice = vacancy.niceToHaveSkills.filter((s) => has.has(norm(s)));
  if (nice.length) reasons.push({ key: 'niceToHave', good: true, skills: nice });
  if (vacancy.italianLevel && person.italianLevel) {
    const meets = CEFR.indexOf(person.italianLevel) >= CEFR.indexOf(vacancy.italianLevel);
    reasons.push({ key: meets ? 'italianMeets' : 'italianBelow', good: meets, level: person.italianLevel, required: vacancy.italianLevel });
  }
  if (vacancy.shifts.length && person.shifts.length) {
    const covered = vacancy.shifts.filter((s) => person.shifts.includes(s));
    const uncovered = vacancy.shifts.filter((s) => !person.shifts.includes(s));
    if (covered.length) reasons.push({ key: 'shifts', good: true, shifts: covered });
    if (uncovered.length) reasons.push({ key: 'missingShifts', good: false, shifts: uncovered });
  }
  if (vacancy.hoursPerWeek && person.availableHoursPerWeek) {
    const enough = person.availableHoursPerWeek >= vacancy.hoursPerWeek;
    reasons.push({
      key: enough ? 'hours' : 'fewerHours',
      good: enough,
      hours: person.availableHoursPerWeek,
      requiredHours: vacancy.hoursPerWeek,
    });
  }
  return reasons;
}

/** A live change of a candidate of this page's vacancy: proposed (new to the list) or moved on. */
export type LiveChange = { kind: 'proposed' | 'changed'; id: string; name: string; status: string };

/**
 * How an event from `candidateStatusChanged` reads on this page: nothing when it concerns another
 * vacancy; "proposed" when the candidate was not on the list yet or became PROPOSED.
 */
export function describeLiveChange(
  vacancyId: string,
  knownIds: ReadonlySet<string>,
  c: { id: string; status: string; firstName?: string | null; initials?: string | null; vacancy: { id: string } },
): LiveChange | null {
  if (c.vacancy.id !== vacancyId) return null;
  const name = candidateName(c);
  const kind = !knownIds.has(c.id) || c.status === 'PROPOSED' ? 'proposed' : 'changed';
  return { kind, id: c.id, name, status: c.status };
}

/** "Fatima E." from the first name and the initials "F. E." (the initials alone after an erasure). */
export function candidateName(c: { firstName?: string | null; initials?: string | null }): string {
  const last = c.initials?.split(' ')[1];
  if (c.firstName) return last ? `${c.firstName} ${last}` : c.firstName;
  return c.initials ?? '—';
}
