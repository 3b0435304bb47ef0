import { badInput } from '@ixl/subgraph-kit';
import { findMunicipality } from '@ixl/territory';
import { LanguageLevel, WorkShift } from '../entities/enums.js';
import type { LanguageSkill, PastJob, SkillEntry } from '../entities/profile-values.js';
import type { BeneficiaryProfileInput } from '../dto/profile.input.js';

export const CONTRACT_WISHES = ['TEMPO_DETERMINATO', 'TEMPO_INDETERMINATO', 'IN_PROPRIO', 'A_CHIAMATA'] as const;
const ESCO = /^(https?:\/\/data\.europa\.eu\/esco\/(skill|occupation|isco)\/[\w.-]+|[A-Za-z]?\d[\w.]{0,15})$/;
const PHONE = /^\+?[0-9 ]{6,20}$/;

export type MunicipalityCheck = { inArea: true; code: string; name: string } | { inArea: false; code: string };

/**
 * A municipality given by ISTAT code: one of the 55 of the Città metropolitana (province 037), or a
 * code of another province (accepted, out of area). Anything else is unknown.
 */
export function checkMunicipality(field: string, raw: string): MunicipalityCheck {
  const code = raw.trim();
  if (!/^\d{6}$/.test(code)) throw badInput(field, 'MUNICIPALITY_CODE_FORMAT');
  const found = findMunicipality(code);
  if (found) return { inArea: true, code: found.istatCode, name: found.name };
  const province = Number(code.slice(0, 3));
  if (code.startsWith('037') || province < 1 || province > 111) throw badInput(field, 'UNKNOWN_MUNICIPALITY', { code });
  return { inArea: false, code };
}

const text = (field: string, v: string, max = 200) => {
  const t = v.trim().replace(/\s+/g, ' ');
  if (!t || t.length > max) throw badInput(field, 'TEXT_LENGTH', { max });
  return t;
};

const esco = (field: string, v: string | null | undefined): string | null => {
  if (v === null || v === undefined || !v.trim()) return null;
  if (!ESCO.test(v.trim())) throw badInput(field, 'ESCO_FORMAT', { value: v });
  return v.trim();
};

const year = (field: string, v: number | null | undefined): number | null => {
  if (v === null || v === undefined) return null;
  if (!Number.isInteger(v) || v < 1950 || v > 2100) throw badInput(field, 'YEAR_RANGE_1950_2100');
  return v;
};

/** The changes a profile input makes, validated (undefined: not changed). */
export interface ProfileChanges {
  phone?: string | null;
  domicileMunicipalityCode?: string | null;
  domicileInArea?: boolean;
  educationLevel?: BeneficiaryProfileInput['educationLevel'];
  educationTitle?: string | null;
  italianLevel?: LanguageLevel | null;
  languages?: LanguageSkill[];
  skills?: SkillEntry[];
  pastJobs?: PastJob[];
  desiredOccupations?: string[];
  availableHoursPerWeek?: number | null;
  shifts?: WorkShift[];
  drivingLicence?: boolean;
  ownVehicle?: boolean;
  contractWishes?: string[];
  cvShareConsent?: boolean;
}

export function validateProfileInput(input: BeneficiaryProfileInput): ProfileChanges {
  const c: ProfileChanges = {};
  if (input.phone !== undefined) {
    if (input.phone !== null && input.phone.trim() && !PHONE.test(input.phone.trim())) throw badInput('phone', 'PHONE_FORMAT');
    c.phone = input.phone?.trim() || null;
  }
  if (input.domicileMunicipalityCode !== undefined) {
    if (input.domicileMunicipalityCode === null || !input.domicileMunicipalityCode.trim()) {
      c.domicileMunicipalityCode = null;
      c.domicileInArea = false;
    } else {
      const m = checkMunicipality('domicileMunicipalityCode', input.domicileMunicipalityCode);
      c.domicileMunicipalityCode = m.code;
      c.domicileInArea = m.inArea;
    }
  }
  if (input.educationLevel !== undefined) c.educationLevel = input.educationLevel;
  if (input.educationTitle !== undefined)
    c.educationTitle = input.educationTitle === null || !input.educationTitle.trim() ? null : text('educationTitle', input.educationTitle);
  if (input.italianLevel !== undefined) c.italianLevel = input.italianLevel;
  if (input.languages != null) {
    const seen = new Set<string>();
    c.languages = input.languages.map((l, i) => {
      const language = l.language.trim().toLowerCase();
      if (!/^[a-z]{2,3}$/.test(language)) throw badInput(`languages.${i}.language`, 'LANGUAGE_CODE_FORMAT');
      if (seen.has(language)) throw badInput(`languages.${i}.language`, 'LANGUAGE_TWICE', { language });
      seen.add(language);
      return { language, level: l.level };
    });
    const italian = c.languages.find((l) => l.language === 'it');
    if (italian && c.italianLevel === undefined) c.italianLevel = italian.level;
  }
  if (input.skills != null) {
    if (input.skills.length > 50) throw badInput('skills', 'TOO_MANY_SKILLS');
    c.skills = input.skills.map((s, i) => ({
      label: text(`skills.${i}.label`, s.label, 100),
      escoCode: esco(`skills.${i}.escoCode`, s.escoCode),
    }));
  }
  if (input.pastJobs != null) {
    if (input.pastJobs.length > 30) throw badInput('pastJobs', 'TOO_MANY_PAST_JOBS');
    c.pastJobs = input.pastJobs.map((j, i) => {
      const job = {
        title: text(`pastJobs.${i}.title`, j.title, 120),
        escoOccupationCode: esco(`pastJobs.${i}.escoOccupationCode`, j.escoOccupationCode),
        employer: j.employer?.trim() ? text(`pastJobs.${i}.employer`, j.employer) : null,
        fromYear: year(`pastJobs.${i}.fromYear`, j.fromYear),
        toYear: year(`pastJobs.${i}.toYear`, j.toYear),
      };
      if (job.fromYear && job.toYear && job.toYear < job.fromYear) throw badInput(`pastJobs.${i}.toYear`, 'END_YEAR_BEFORE_START');
      return job;
    });
  }
  if (input.desiredOccupations != null)
    // An ESCO code or URI, or the occupation in words (the vocabulary's label or the person's own).
    c.desiredOccupations = input.desiredOccupations.map((o, i) =>
      ESCO.test(o.trim()) ? o.trim() : text(`desiredOccupations.${i}`, o, 120),
    );
  if (input.availableHoursPerWeek !== undefined) {
    const h = input.availableHoursPerWeek;
    if (h !== null && (!Number.isInteger(h) || h < 1 || h > 60)) throw badInput('availableHoursPerWeek', 'WEEKLY_HOURS_RANGE');
    c.availableHoursPerWeek = h;
  }
  if (input.shifts != null) c.shifts = [...new Set(input.shifts)];
  if (input.drivingLicence != null) c.drivingLicence = input.drivingLicence;
  if (input.ownVehicle != null) c.ownVehicle = input.ownVehicle;
  if (input.contractWishes != null) {
    for (const w of input.contractWishes)
      if (!(CONTRACT_WISHES as readonly string[]).includes(w))
        throw badInput('contractWishes', 'CONTRACT_WISH_UNKNOWN', { value: w, allowed: CONTRACT_WISHES.join(', ') });
    c.contractWishes = [...new Set(input.contractWishes)];
  }
  if (input.cvShareConsent != null) c.cvShareConsent = input.cvShareConsent;
  return c;
}

/** JSON with object keys sorted (jsonb columns do not keep the order the input had). */
const stableJson = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

/** JSON text of a profile value, null when empty (null, '', [] are all "empty"). */
const asJson = (v: unknown): string | null =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length) ? null : stableJson(v);

/** The fields a validated change really changes: each with its value before and after (JSON text). */
export function profileDiff(
  current: Record<string, unknown>,
  changes: Record<string, unknown>,
): { field: string; before: string | null; after: string | null }[] {
  return Object.entries(changes)
    .filter(([, v]) => v !== undefined)
    .map(([field, v]) => ({ field, before: asJson(current[field]), after: asJson(v) }))
    .filter((c) => c.before !== c.after);
}
