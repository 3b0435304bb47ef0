import { companyId, demoId as sharedDemoId, vacancyId } from '@ixl/demo-data';
import { CourseOutcome, RiskShareMetric, RiskShareMode } from '../entities/enums.js';

export const demoId = sharedDemoId;

/** Companies committed to hire from the 2.b editions (the positions identified beforehand). */
export const DEMO_COMMITMENTS = [
  { editionKey: 'oss-2020', companyId: companyId('fraternita'), vacancyId: vacancyId('fraternita-oss'), positions: 10 },
  { editionKey: 'oss-2020', companyId: companyId('coopaltra'), vacancyId: null, positions: 5 },
  { editionKey: 'pulizie-2019', companyId: companyId('rekeep'), vacancyId: vacancyId('rekeep-pulizie'), positions: 6 },
  { editionKey: 'pulizie-2020', companyId: companyId('rekeep'), vacancyId: vacancyId('rekeep-pulizie'), positions: 6 },
  { editionKey: 'cqc-2018', companyId: companyId('tper'), vacancyId: vacancyId('tper-autista'), positions: 6 },
] as const;

/** Risk-sharing agreements: 30% at risk, employment-rate targets, 12 months. */
export const DEMO_AGREEMENTS = [
  { editionKey: 'oss-2020', metric: RiskShareMetric.EMPLOYMENT_RATE, targetBps: 6000, mode: RiskShareMode.PROPORTIONAL },
  { editionKey: 'pulizie-2019', metric: RiskShareMetric.EMPLOYMENT_RATE, targetBps: 6000, mode: RiskShareMode.PROPORTIONAL },
  { editionKey: 'pulizie-2020', metric: RiskShareMetric.EMPLOYMENT_RATE, targetBps: 6000, mode: RiskShareMode.ALL_OR_NOTHING },
  // CQC placements were counted "a quasi tre anni dal termine del percorso formativo" (seeds/003_fe62a26ba95cc30f.txt:1253).
  { editionKey: 'cqc-2018', metric: RiskShareMetric.EMPLOYMENT_RATE, targetBps: 5000, mode: RiskShareMode.PROPORTIONAL, windowMonths: 36 },
] as const;

/** Weekly 4-hour sessions (at most 12) from the start date, within the edition. */
export function demoSessions(start: string, end: string): { code: string; date: string; minutes: number }[] {
  const out: { code: string; date: string; minutes: number }[] = [];
  const day = new Date(`${start}T00:00:00Z`);
  while (out.length < 12) {
    const date = day.toISOString().slice(0, 10);
    if (date > end) break;
    out.push({ code: date, date, minutes: 240 });
    day.setUTCDate(day.getUTCDate() + 7);
  }
  return out;
}

/**
 * Outcomes of the past editions as the reports give them: CQC 2018 — 6 of 12 obtained the licence;
 * OSS 2020 — 20 qualified, 2 dropped out; the cleaning courses — all completed, 1 drop-out each.
 */
export function demoOutcome(
  editionKey: string,
  index: number,
  startDate: string,
): { outcome: CourseOutcome; qualificationName: string | null; droppedOutOn: string | null; dropOutReason: string | null } {
  const dropOut = (on: string) => ({
    outcome: CourseOutcome.DROPPED_OUT,
    qualificationName: null,
    droppedOutOn: on,
    dropOutReason: 'Ha trovato lavoro prima della fine del corso',
  });
  const later = (days: number) => new Date(Date.parse(`${startDate}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);
  if (editionKey === 'cqc-2018')
    return {
      outcome: CourseOutcome.COMPLETED,
      qualificationName: index < 6 ? 'Patente D + CQC' : null,
      droppedOutOn: null,
      dropOutReason: null,
    };
  if (editionKey === 'oss-2020')
    return index >= 20
      ? dropOut(later(30))
      : { outcome: CourseOutcome.COMPLETED, qualificationName: 'Qualifica OSS', droppedOutOn: null, dropOutReason: null };
  return index === 13
    ? dropOut(later(20))
    : { outcome: CourseOutcome.COMPLETED, qualificationName: null, droppedOutOn: null, dropOutReason: null };
}
