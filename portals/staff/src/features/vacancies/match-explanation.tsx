import { useI18n } from '@ixl/ui';

export interface Explanation {
  summary: string;
  matchedSkills: string[];
  missingSkills: string[];
  matchedNiceToHave: string[];
  italianFit: string;
  italianLevel?: string | null;
  requiredItalianLevel?: string | null;
  distanceKm: number;
  maxDistanceKm: number;
  matchedShifts: string[];
  missingShifts: string[];
  availableHoursPerWeek?: number | null;
  requiredHoursPerWeek?: number | null;
  contractFit: boolean;
}

/** Why a person ranks where it does: skills matched and missing, Italian, distance, shifts, hours, contract. */
export function MatchExplanationView({ explanation: e }: { explanation: Explanation }) {
  const { t, tEnum, lang } = useI18n();
  const list = (values: string[]) => (values.length ? values.join(', ') : '—');
  const shifts = (values: string[]) => (values.length ? values.map((s) => tEnum('vacancies.shift', s)).join(', ') : '—');
  const km = new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: 1 }).format(e.distanceKm);
  return (
    <ul className="ixl-explanation">
      <li>{t('vacancies.matching.why.skills', { matched: list(e.matchedSkills), missing: list(e.missingSkills) })}</li>
      {e.matchedNiceToHave.length ? <li>{t('vacancies.matching.why.niceToHave', { skills: list(e.matchedNiceToHave) })}</li> : null}
      <li>
        {t('vacancies.matching.why.italian', {
          fit: tEnum('vacancies.matching.italianFit', e.italianFit),
          // CEFR levels read as they are (A2, B1); NATIVE in words.
          level: e.italianLevel === 'NATIVE' ? t('vacancies.matching.native') : (e.italianLevel ?? '—'),
          required: e.requiredItalianLevel === 'NATIVE' ? t('vacancies.matching.native') : (e.requiredItalianLevel ?? '—'),
        })}
      </li>
      <li>{t('vacancies.matching.why.distance', { km, max: e.maxDistanceKm })}</li>
      <li>{t('vacancies.matching.why.shifts', { matched: shifts(e.matchedShifts), missing: shifts(e.missingShifts) })}</li>
      <li>{t('vacancies.matching.why.hours', { available: e.availableHoursPerWeek ?? '—', required: e.requiredHoursPerWeek ?? '—' })}</li>
      <li>{e.contractFit ? t('vacancies.matching.why.contractFit') : t('vacancies.matching.why.contractMiss')}</li>
    </ul>
  );
}
