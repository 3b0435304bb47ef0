import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  CheckboxField,
  DataTable,
  FieldSet,
  Notice,
  SelectField,
  TextField,
  formatDateTime,
  useI18n,
  type Translate,
  type TranslateEnum,
} from '@ixl/ui';
import { useRef, useState, type FormEvent } from 'react';
import { apiErrors } from '../errors.js';
import { QueryState } from '../query-state.js';
import {
  ProfileForEditDocument,
  UpdateProfileDocument,
  type BeneficiaryLanguageLevel,
  type BeneficiaryProfileInput,
  type BeneficiaryShift,
  type EditableProfileFragment,
  type EducationLevel,
} from '../operations.generated.js';
import { PROFILE_LANGUAGES } from './messages.js';
import { VocabularyPicker } from './vocabulary-picker.js';

const LEVELS: BeneficiaryLanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'];
const EDUCATION: EducationLevel[] = [
  'NONE',
  'PRIMARY',
  'LOWER_SECONDARY',
  'UPPER_SECONDARY',
  'VOCATIONAL',
  'BACHELOR',
  'MASTER',
  'DOCTORATE',
];
const SHIFTS: BeneficiaryShift[] = ['MORNING', 'AFTERNOON', 'EVENING', 'NIGHT', 'WEEKEND'];
const CONTRACTS = ['TEMPO_DETERMINATO', 'TEMPO_INDETERMINATO', 'IN_PROPRIO', 'A_CHIAMATA'] as const;

interface Form {
  skills: string[];
  desiredOccupations: string[];
  italianLevel: string;
  languages: { language: string; level: string }[];
  educationLevel: string;
  educationTitle: string;
  hours: string;
  shifts: string[];
  contractWishes: string[];
  drivingLicence: boolean;
  ownVehicle: boolean;
}

const formOf = (p: EditableProfileFragment): Form => ({
  skills: p.skills.map((s) => s.label),
  desiredOccupations: p.desiredOccupations,
  italianLevel: p.italianLevel ?? '',
  languages: p.languages.filter((l) => l.language !== 'it').map((l) => ({ language: l.language, level: l.level })),
  educationLevel: p.educationLevel ?? '',
  educationTitle: p.educationTitle ?? '',
  hours: p.availableHoursPerWeek === null ? '' : String(p.availableHoursPerWeek),
  shifts: p.shifts,
  contractWishes: p.contractWishes,
  drivingLicence: p.drivingLicence,
  ownVehicle: p.ownVehicle,
});

type Errors = Partial<
  Record<
    | 'skills'
    | 'desiredOccupations'
    | 'languages'
    | 'italianLevel'
    | 'educationLevel'
    | 'educationTitle'
    | 'hours'
    | 'shifts'
    | 'contractWishes'
    | 'other',
    string
  >
>;

/** Checks in the browser what the API would refuse, with the Italian message next to the field. */
export function validateProfileForm(f: Form, t: Translate): Errors {
  const e: Errors = {};
  const hours = f.hours.trim();
  if (hours && (!/^\d+$/.test(hours) || Number(hours) < 1 || Number(hours) > 60)) e.hours = t('profile.error.hours');
  if (f.skills.length > 50) e.skills = t('profile.error.tooMany');
  else if (f.skills.some((s) => !s.trim() || s.length > 100)) e.skills = t('profile.error.text');
  if (f.desiredOccupations.some((s) => !s.trim() || s.length > 120)) e.desiredOccupations = t('profile.error.text');
  if (f.languages.some((l) => !l.language || !l.level)) e.languages = t('profile.error.language');
  else if (new Set(f.languages.map((l) => l.language)).size !== f.languages.length) e.languages = t('profile.error.languageTwice');
  if (f.educationTitle.length > 200) e.educationTitle = t('profile.error.educationTitle');
  return e;
}

/** The API's field path (`languages.1.language`, `availableHoursPerWeek`) → the form field and its Italian message. */
function serverError(field: string | undefined, t: Translate): Errors {
  const root = (field ?? '').split('.')[0] ?? '';
  switch (root) {
    case 'availableHoursPerWeek':
      return { hours: t('profile.error.hours') };
    case 'languages':
      return { languages: t('profile.error.language') };
    case 'skills':
      return { skills: t('profile.error.text') };
    case 'desiredOccupations':
      return { desiredOccupations: t('profile.error.text') };
    case 'educationTitle':
      return { educationTitle: t('profile.error.educationTitle') };
    case 'italianLevel':
    case 'educationLevel':
    case 'shifts':
    case 'contractWishes':
      return { [root]: t('profile.error.generic') };
    default:
      return { other: t('profile.error.generic') };
  }
}

function inputOf(f: Form): BeneficiaryProfileInput {
  const italian = f.italianLevel ? (f.italianLevel as BeneficiaryLanguageLevel) : null;
  return {
    skills: f.skills.map((label) => ({ label })),
    desiredOccupations: f.desiredOccupations,
    italianLevel: italian,
    languages: [
      ...(italian ? [{ language: 'it', level: italian }] : []),
      ...f.languages.map((l) => ({ language: l.language, level: l.level as BeneficiaryLanguageLevel })),
    ],
    educationLevel: f.educationLevel ? (f.educationLevel as EducationLevel) : null,
    educationTitle: f.educationTitle.trim() || null,
    availableHoursPerWeek: f.hours.trim() ? Number(f.hours) : null,
    shifts: f.shifts as BeneficiaryShift[],
    contractWishes: f.contractWishes,
    drivingLicence: f.drivingLicence,
    ownVehicle: f.ownVehicle,
  };
}

const toggle = (list: string[], value: string, on: boolean) => (on ? [...new Set([...list, value])] : list.filter((v) => v !== value));

function Editor({ profile }: { profile: EditableProfileFragment }) {
  const { t, tEnum } = useI18n();
  const [form, setForm] = useState<Form>(() => formOf(profile));
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const [save, { loading }] = useMutation(UpdateProfileDocument);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setSaved(false);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const local = validateProfileForm(form, t);
    if (Object.keys(local).length) {
      setErrors(local);
      summary.current?.focus();
      return;
    }
    try {
      const r = await save({ variables: { id: profile.id, input: inputOf(form) } });
      if (r.data) setForm(formOf(r.data.updateBeneficiaryProfile));
      setErrors({});
      setSaved(true);
    } catch (error) {
      const errs = apiErrors(error);
      setErrors(
        errs.some((x) => x.code === 'NETWORK')
          ? { other: t('error.network') }
          : errs.reduce<Errors>((acc, x) => ({ ...serverError(x.field, t), ...acc }), {}),
      );
      summary.current?.focus();
    }
  };

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form className="ixl-profile-form" onSubmit={(e) => void submit(e)} noValidate aria-describedby="profile-intro">
      <p id="profile-intro">{t('profile.intro')}</p>
      <div ref={summary} tabIndex={-1}>
        {hasErrors ? <Alert>{errors.other ?? t('error.formSummary')}</Alert> : null}
        {saved ? <Notice>{t('profile.saved')}</Notice> : null}
      </div>
      <VocabularyPicker
        legend={t('profile.skillsLegend')}
        hint={t('profile.skillsHint')}
        kind="SKILL"
        values={form.skills}
        onChange={(v) => set('skills', v)}
        error={errors.skills}
      />
      <VocabularyPicker
        legend={t('profile.occupationsLegend')}
        hint={t('profile.occupationsHint')}
        kind="OCCUPATION"
        values={form.desiredOccupations}
        onChange={(v) => set('desiredOccupations', v)}
        error={errors.desiredOccupations}
      />
      <FieldSet legend={t('profile.languagesLegend')} error={errors.languages}>
        <SelectField
          label={t('profile.field.italianLevel')}
          placeholder={t('profile.choose')}
          options={LEVELS.map((l) => ({ value: l, label: tEnum('profile.level', l) }))}
          value={form.italianLevel}
          onChange={(e) => set('italianLevel', e.currentTarget.value)}
          error={errors.italianLevel}
        />
        {form.languages.map((l, i) => (
          <div key={i} className="ixl-profile-language">
            <SelectField
              label={`${t('profile.otherLanguage')} ${i + 1}`}
              placeholder={t('profile.choose')}
              options={PROFILE_LANGUAGES.map((code) => ({ value: code, label: tEnum('profile.language', code) }))}
              value={l.language}
              onChange={(e) => {
                const value = e.currentTarget.value;
                set(
                  'languages',
                  form.languages.map((x, j) => (j === i ? { ...x, language: value } : x)),
                );
              }}
            />
            <SelectField
              label={`${t('profile.otherLevel')} ${i + 1}`}
              placeholder={t('profile.choose')}
              options={LEVELS.map((lv) => ({ value: lv, label: tEnum('profile.level', lv) }))}
              value={l.level}
              onChange={(e) => {
                const value = e.currentTarget.value;
                set(
                  'languages',
                  form.languages.map((x, j) => (j === i ? { ...x, level: value } : x)),
                );
              }}
            />
            <Button
              variant="secondary"
              onClick={() =>
                set(
                  'languages',
                  form.languages.filter((_, j) => j !== i),
                )
              }
              aria-label={t('profile.removeLanguage', { language: l.language ? tEnum('profile.language', l.language) : String(i + 1) })}
            >
              {t('profile.remove', { label: '' }).trim()}
            </Button>
          </div>
        ))}
        <Button variant="secondary" onClick={() => set('languages', [...form.languages, { language: '', level: '' }])}>
          {t('profile.addLanguage')}
        </Button>
      </FieldSet>
      <FieldSet legend={t('profile.educationLegend')}>
        <SelectField
          label={t('profile.field.educationLevel')}
          placeholder={t('profile.choose')}
          options={EDUCATION.map((e) => ({ value: e, label: tEnum('profile.education', e) }))}
          value={form.educationLevel}
          onChange={(e) => set('educationLevel', e.currentTarget.value)}
          error={errors.educationLevel}
        />
        <TextField
          label={t('profile.field.educationTitle')}
          value={form.educationTitle}
          onChange={(e) => set('educationTitle', e.currentTarget.value)}
          error={errors.educationTitle}
          maxLength={200}
        />
      </FieldSet>
      <FieldSet legend={t('profile.availabilityLegend')}>
        <TextField
          label={t('profile.field.availableHoursPerWeek')}
          hint={t('profile.hoursHint')}
          inputMode="numeric"
          value={form.hours}
          onChange={(e) => set('hours', e.currentTarget.value)}
          error={errors.hours}
        />
        <FieldSet legend={t('profile.field.shifts')} error={errors.shifts}>
          {SHIFTS.map((s) => (
            <CheckboxField
              key={s}
              label={tEnum('profile.shift', s)}
              checked={form.shifts.includes(s)}
              onChange={(e) => set('shifts', toggle(form.shifts, s, e.currentTarget.checked))}
            />
          ))}
        </FieldSet>
        <FieldSet legend={t('profile.field.contractWishes')} error={errors.contractWishes}>
          {CONTRACTS.map((c) => (
            <CheckboxField
              key={c}
              label={tEnum('profile.contract', c)}
              checked={form.contractWishes.includes(c)}
              onChange={(e) => set('contractWishes', toggle(form.contractWishes, c, e.currentTarget.checked))}
            />
          ))}
        </FieldSet>
      </FieldSet>
      <FieldSet legend={t('profile.mobilityLegend')}>
        <CheckboxField
          label={t('profile.field.drivingLicence')}
          checked={form.drivingLicence}
          onChange={(e) => set('drivingLicence', e.currentTarget.checked)}
        />
        <CheckboxField
          label={t('profile.field.ownVehicle')}
          checked={form.ownVehicle}
          onChange={(e) => set('ownVehicle', e.currentTarget.checked)}
        />
      </FieldSet>
      <Button type="submit" disabled={loading}>
        {loading ? t('profile.saving') : t('profile.save')}
      </Button>
    </form>
  );
}

/** A history value (JSON text from the API) in words: labels, translated codes, sì/no. */
export function describeValue(field: string, json: string | null, t: Translate, tEnum: TranslateEnum): string {
  if (json === null) return t('profile.empty');
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return json;
  }
  const one = (x: unknown): string => {
    if (typeof x === 'boolean') return x ? t('profile.yes') : t('profile.no');
    if (typeof x === 'number') return field === 'availableHoursPerWeek' ? t('profile.hours', { hours: x }) : String(x);
    if (typeof x === 'string') {
      if (field === 'italianLevel') return tEnum('profile.level', x);
      if (field === 'educationLevel') return tEnum('profile.education', x);
      if (field === 'shifts') return tEnum('profile.shift', x);
      if (field === 'contractWishes') return tEnum('profile.contract', x);
      return x;
    }
    if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (typeof o.language === 'string')
        return `${tEnum('profile.language', o.language === 'it' ? 'it' : o.language)} ${tEnum('profile.level', String(o.level))}`;
      if (typeof o.label === 'string') return o.label;
      if (typeof o.title === 'string') return o.title;
    }
    return JSON.stringify(x);
  };
  return Array.isArray(v) ? v.map(one).join(', ') : one(v);
}

/** Who changed the profile, when, and what (field from → to), newest first. */
export function ProfileHistory({ history }: { history: EditableProfileFragment['profileHistory'] }) {
  const { t, tEnum, lang } = useI18n();
  return (
    <section className="ixl-card" aria-labelledby="profile-history">
      <h2 id="profile-history">{t('profile.historyTitle')}</h2>
      {history.length ? (
        <DataTable
          caption={t('profile.historyTitle')}
          captionHidden
          rows={history}
          rowKey={(h) => h.id}
          columns={[
            { key: 'at', header: t('profile.historyWhen'), cell: (h) => formatDateTime(h.at, lang) },
            { key: 'who', header: t('profile.historyWho'), cell: (h) => `${h.actorName} (${t(`role.${h.actorRole}`)})` },
            {
              key: 'what',
              header: t('profile.historyWhat'),
              cell: (h) => (
                <ul className="ixl-plain-list">
                  {h.changes.map((c) => (
                    <li key={c.field}>
                      {t('profile.historyChange', {
                        field: tEnum('profile.field', c.field),
                        before: describeValue(c.field, c.before, t, tEnum),
                        after: describeValue(c.field, c.after, t, tEnum),
                      })}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      ) : (
        <p>{t('profile.historyNone')}</p>
      )}
    </section>
  );
}

/** The profile form (skills, occupations, languages, education, availability, licence) and its history, for staff and the person. */
export function ProfileEditor({ beneficiaryId, showHistory = true }: { beneficiaryId: string; showHistory?: boolean }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(ProfileForEditDocument, { variables: { id: beneficiaryId } });
  return (
    <QueryState loading={loading} error={error} data={data?.beneficiary ?? undefined}>
      {(p) => (
        <>
          <section className="ixl-card" aria-labelledby="profile-title">
            <h2 id="profile-title">{t('profile.title')}</h2>
            <Editor key={p.id} profile={p} />
          </section>
          {showHistory ? <ProfileHistory history={p.profileHistory} /> : null}
        </>
      )}
    </QueryState>
  );
}
