import { useMutation, useQuery } from '@apollo/client/react';
import { QueryState, SkillMappingPreview, apiErrors, formErrors } from '@ixl/portal-client';
import { MUNICIPALITIES } from '@ixl/territory';
import {
  Alert,
  Button,
  CheckboxField,
  FieldSet,
  Link,
  PageTitle,
  SelectField,
  TextAreaField,
  TextField,
  useI18n,
  useQueryParam,
} from '@ixl/ui';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql/index.js';
import { useNavigateWithQuery } from '../../query-param.js';
import {
  CONTRACT_TYPES,
  EMPTY_VACANCY_FORM,
  ITALIAN_LEVELS,
  VACANCY_FIELDS,
  WORK_SHIFTS,
  fromVacancy,
  parseSkills,
  toVacancyInput,
  type VacancyField,
  type VacancyFormState,
} from './vacancy-form.js';

const VACANCY_FOR_EDIT = graphql(`
  query CompanyVacancyForEdit($id: ID!) {
    vacancy(id: $id) {
      id
      title
      municipalityCode
      openings
      tasks
      occupationCode
      requiredSkills
      niceToHaveSkills
      contractType
      hoursPerWeek
      shifts
      italianLevel
      startDate
      maxDistanceKm
      drivingLicenceRequired
      ownVehicleRequired
      status
    }
  }
`);

const POST_VACANCY = graphql(`
  mutation CompanyPostVacancy($input: PostVacancyInput!) {
    postVacancy(input: $input) {
      id
      title
      status
    }
  }
`);

const UPDATE_VACANCY = graphql(`
  mutation CompanyUpdateVacancy($id: ID!, $input: VacancyFieldsInput!) {
    updateVacancy(id: $id, input: $input) {
      id
      title
      municipalityCode
      openings
      tasks
      occupationCode
      requiredSkills
      niceToHaveSkills
      contractType
      hoursPerWeek
      shifts
      italianLevel
      startDate
      maxDistanceKm
      drivingLicenceRequired
      ownVehicleRequired
      status
      updatedAt
    }
  }
`);

/** A new staffing need. */
export function VacancyNewPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('vacancyForm.newTitle')}</PageTitle>
      <VacancyForm initial={EMPTY_VACANCY_FORM} vacancyId={null} />
    </>
  );
}

/** Editing one of the company's staffing needs (`?fabbisogno=<id>`); DRAFT and OPEN ones only. */
export function VacancyEditPage() {
  const { t } = useI18n();
  const id = useQueryParam('fabbisogno');
  const { data, loading, error } = useQuery(VACANCY_FOR_EDIT, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  return (
    <>
      <PageTitle>{data ? t('vacancyForm.editTitle', { title: data.vacancy.title }) : t('vacancyForm.editTitleShort')}</PageTitle>
      {!id ? <Alert>{t('vacancyForm.missingId')}</Alert> : null}
      <QueryState loading={loading} error={error} data={data}>
        {(d) =>
          d.vacancy.status === 'DRAFT' || d.vacancy.status === 'OPEN' ? (
            <VacancyForm initial={fromVacancy(d.vacancy)} vacancyId={d.vacancy.id} />
          ) : (
            <Alert>{t('vacancyForm.notEditable')}</Alert>
          )
        }
      </QueryState>
    </>
  );
}

function VacancyForm({ initial, vacancyId }: { initial: VacancyFormState; vacancyId: string | null }) {
  const { t, tEnum, errorText } = useI18n();
  const go = useNavigateWithQuery();
  const [form, setForm] = useState<VacancyFormState>(initial);
  const [publish, setPublish] = useState(true);
  const [errors, setErrors] = useState<Partial<Record<VacancyField, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [shown, setShown] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const [post, posting] = useMutation(POST_VACANCY, { refetchQueries: ['CompanyHome'] });
  const [update, updating] = useMutation(UPDATE_VACANCY, { refetchQueries: ['CompanyHome'] });
  const busy = posting.loading || updating.loading;
  const municipalities = useMemo(
    () => [...MUNICIPALITIES].sort((a, b) => a.name.localeCompare(b.name, 'it')).map((m) => ({ value: m.istatCode, label: m.name })),
    [],
  );

  // After each failed submit the focus goes to the first field in error (or the summary).
  useEffect(() => {
    if (!shown) return;
    const target =
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[aria-describedby] input') ??
      document.getElementById('vacancy-form-summary');
    target?.focus();
  }, [shown]);

  const set =
    <K extends keyof VacancyFormState>(key: K) =>
    (value: VacancyFormState[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const text = (
    key: Exclude<VacancyField, 'shifts' | 'drivingLicenceRequired' | 'ownVehicleRequired' | 'contractType' | 'italianLevel'>,
  ) => ({
    name: key,
    value: form[key],
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key)(e.currentTarget.value),
  });

  const fail = (fields: Partial<Record<VacancyField, string>>, message: string | null) => {
    setErrors(fields);
    setGeneral(message ?? (Object.keys(fields).length ? t('error.formSummary') : null));
    setShown((n) => n + 1);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { input, problems } = toVacancyInput(form);
    const local = Object.fromEntries(
      Object.entries(problems).map(([f, p]) => [f, p === 'required' ? t('error.required') : t('vacancyForm.error.wholeNumber')]),
    );
    if (Object.keys(local).length) return fail(local, null);
    try {
      if (vacancyId) {
        await update({ variables: { id: vacancyId, input } });
        go('/', { salvato: vacancyId });
      } else {
        const { data } = await post({ variables: { input: { ...input, status: publish ? 'OPEN' : 'DRAFT' } } });
        go('/', data ? { inserito: data.postVacancy.id } : {});
      }
    } catch (error) {
      const split = formErrors(apiErrors(error), VACANCY_FIELDS, errorText);
      // The API's message is in English: each field gets its rule in the user's language.
      const fields = Object.fromEntries(Object.keys(split.fields).map((f) => [f, t(`vacancyForm.error.${f}`)]));
      const codes = split.general.map((g) => g.code);
      fail(
        fields,
        split.general.length
          ? codes.includes('NETWORK')
            ? t('error.network')
            : codes.includes('FORBIDDEN')
              ? t('error.forbidden')
              : codes.includes('ILLEGAL_TRANSITION')
                ? t('vacancyForm.notEditable')
                : t('error.generic')
          : null,
      );
    }
  };

  return (
    <section className="ixl-card" aria-labelledby="vacancy-form-heading">
      <h2 id="vacancy-form-heading">{t('vacancyForm.heading')}</h2>
      <p className="ixl-muted">{t('vacancyForm.intro')}</p>
      {general ? (
        <div id="vacancy-form-summary" tabIndex={-1}>
          <Alert>{general}</Alert>
        </div>
      ) : null}
      <form ref={formRef} className="ixl-form" noValidate onSubmit={(e) => void submit(e)}>
        <TextField label={t('vacancyForm.title')} hint={t('vacancyForm.title.hint')} required autoComplete="off" {...text('title')} />
        <SelectField
          label={t('vacancyForm.municipality')}
          placeholder={t('vacancyForm.choose')}
          options={municipalities}
          name="municipalityCode"
          value={form.municipalityCode}
          error={errors.municipalityCode}
          required
          onChange={(e) => set('municipalityCode')(e.currentTarget.value)}
        />
        <TextField label={t('vacancyForm.openings')} inputMode="numeric" required {...text('openings')} />
        <TextAreaField label={t('vacancyForm.tasks')} {...text('tasks')} />
        <TextField
          label={t('vacancyForm.occupationCode')}
          hint={t('vacancyForm.occupationCode.hint')}
          autoComplete="off"
          {...text('occupationCode')}
        />
        <TextAreaField label={t('vacancyForm.requiredSkills')} hint={t('vacancyForm.skills.hint')} rows={3} {...text('requiredSkills')} />
        <SkillMappingPreview skills={parseSkills(form.requiredSkills)} />
        <TextAreaField
          label={t('vacancyForm.niceToHaveSkills')}
          hint={t('vacancyForm.skills.hint')}
          rows={3}
          {...text('niceToHaveSkills')}
        />
        <SkillMappingPreview skills={parseSkills(form.niceToHaveSkills)} />
        <SelectField
          label={t('vacancyForm.contractType')}
          placeholder={t('vacancyForm.notSpecified')}
          options={CONTRACT_TYPES.map((c) => ({ value: c, label: tEnum('contractType', c) }))}
          name="contractType"
          value={form.contractType}
          error={errors.contractType}
          onChange={(e) => set('contractType')(e.currentTarget.value as VacancyFormState['contractType'])}
        />
        <TextField
          label={t('vacancyForm.hoursPerWeek')}
          hint={t('vacancyForm.hoursPerWeek.hint')}
          inputMode="numeric"
          {...text('hoursPerWeek')}
        />
        <FieldSet legend={t('vacancyForm.shifts')} error={errors.shifts}>
          {WORK_SHIFTS.map((s) => (
            <CheckboxField
              key={s}
              label={tEnum('workShift', s)}
              name="shifts"
              value={s}
              checked={form.shifts.includes(s)}
              onChange={(e) => set('shifts')(e.currentTarget.checked ? [...form.shifts, s] : form.shifts.filter((x) => x !== s))}
            />
          ))}
        </FieldSet>
        <SelectField
          label={t('vacancyForm.italianLevel')}
          placeholder={t('vacancyForm.notSpecified')}
          options={ITALIAN_LEVELS.map((l) => ({ value: l, label: tEnum('cefr', l) }))}
          name="italianLevel"
          value={form.italianLevel}
          error={errors.italianLevel}
          onChange={(e) => set('italianLevel')(e.currentTarget.value as VacancyFormState['italianLevel'])}
        />
        <TextField label={t('vacancyForm.startDate')} type="date" {...text('startDate')} />
        <TextField
          label={t('vacancyForm.maxDistanceKm')}
          hint={t('vacancyForm.maxDistanceKm.hint')}
          inputMode="numeric"
          {...text('maxDistanceKm')}
        />
        <CheckboxField
          label={t('vacancyForm.drivingLicenceRequired')}
          name="drivingLicenceRequired"
          checked={form.drivingLicenceRequired}
          error={errors.drivingLicenceRequired}
          onChange={(e) => set('drivingLicenceRequired')(e.currentTarget.checked)}
        />
        <CheckboxField
          label={t('vacancyForm.ownVehicleRequired')}
          name="ownVehicleRequired"
          checked={form.ownVehicleRequired}
          error={errors.ownVehicleRequired}
          onChange={(e) => set('ownVehicleRequired')(e.currentTarget.checked)}
        />
        {vacancyId ? null : (
          <CheckboxField
            label={t('vacancyForm.publish')}
            hint={t('vacancyForm.publish.hint')}
            name="publish"
            checked={publish}
            onChange={(e) => setPublish(e.currentTarget.checked)}
          />
        )}
        <div className="ixl-actions">
          <Button type="submit" disabled={busy}>
            {busy ? t('vacancyForm.saving') : vacancyId ? t('vacancyForm.save') : t('vacancyForm.post')}
          </Button>
          <Link to="/">{t('vacancyForm.cancel')}</Link>
        </div>
      </form>
    </section>
  );
}
