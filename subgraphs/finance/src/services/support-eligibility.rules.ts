/** Full years of age on `on` for a person born on `birthDate` (ISO dates; a 29 February birthday counts from 1 March). Pure. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The over-55 call: "persone disoccupate, over 55" (seeds/003_fe62a26ba95cc30f.txt:1563). */
export const OVER55_MIN_AGE = 55;

/**
 * Placement types that are a hire ("enti del Terzo settore disponibili ad assumere", seeds/003_fe62a26ba95cc30f.txt:1565-1566):
 * an employment contract (assunzione, mini job); stages, tirocini and self-employment are not hires by the employer.
 */
export const OVER55_HIRE_TYPES: ReadonlySet<string> = new Set(['ASSUNZIONE', 'MINI_JOB']);

/** Steps at which a project has been approved for funding by both committees. */
export const FUNDED_PROJECT_STEPS: ReadonlySet<string> = new Set(['FUNDED', 'MONITORING']);
