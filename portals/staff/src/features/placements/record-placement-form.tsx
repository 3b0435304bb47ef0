import { useMutation, useQuery } from '@apollo/client/react';
import { apiErrors, formErrors, type FormErrors } from '@ixl/portal-client';
import { Alert, Button, Notice, SelectField, TextAreaField, TextField, useI18n } from '@ixl/ui';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql/index.js';
import { useFocusFirstError } from '../vacancies/focus-first-error.js';
import { PLACEMENT_TYPES } from './placement-types.js';

const FIND_PERSON = graphql(`
  query StaffPlacementFindPerson($search: String!) {
    beneficiaries(first: 10, filter: { search: $search }) {
      nodes {
        id
        firstName
        lastName
        codiceFiscale
      }
    }
  }
`);

const COMPANY_VACANCIES = graphql(`
  query StaffPlacementCompanyVacancies($companyId: ID!) {
    vacancies(companyId: $companyId) {
      id
      title
    }
  }
`);

const RECORD = graphql(`
  mutation StaffRecordPlacement($input: RecordPlacementInput!) {
    recordPlacement(input: $input) {
      id
      type
    }
  }
`);

const CONTRACTS = ['TEMPO_DETERMINATO', 'TEMPO_INDETERMINATO', 'IN_PROPRIO', 'A_CHIAMATA'] as const;
const FIELDS = ['beneficiaryId', 'type', 'contract', 'companyId', 'vacancyId', 'startDate', 'endDate', 'hoursPerWeek', 'notes'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const EMPTY: Values = {
  beneficiaryId: '',
  type: '',
  contract: '',
  companyId: '',
  vacancyId: '',
  startDate: '',
  endDate: '',
  hoursPerWeek: '',
  notes: '',
};

/** Checks made before asking the API (the same rules it applies), in the user's language. */
function localErrors(v: Values, t: (key: string) => string): Partial<Record<Field, string>> {
  const e: Partial<Record<Field, string>> = {};
  if (!v.beneficiaryId) e.beneficiaryId = t('error.required');
  if (!v.type) e.type = t('error.required');
  if (!v.startDate) e.startDate = t('error.required');
  if (v.type === 'ASSUNZIONE' && !v.contract) e.contract = t('placements.error.contractNeeded');
  if (v.type && v.type !== 'LAVORO_AUTONOMO' && !v.companyId) e.companyId = t('placements.error.companyNeeded');
  if (v.endDate && v.startDate && v.endDate < v.startDate) e.endDate = t('placements.error.endBeforeStart');
  if (v.endDate && v.contract === 'TEMPO_INDETERMINATO') e.endDate = t('placements.error.permanentNoEnd');
  const hours = v.hoursPerWeek ? Number(v.hoursPerWeek) : null;
  if (hours !== null && (!Number.isInteger(hours) || hours < 1 || hours > 48)) e.hoursPerWeek = t('placements.error.hours');
  else if (v.type === 'MINI_JOB' && (hours === null || hours >= 20)) e.hoursPerWeek = t('placements.error.miniJob');
  return e;
}

/** Record a placement: the person (searched by name or codice fiscale), type, contract, company, dates, hours. */
export function RecordPlacementForm({ companies }: { companies: { id: string; name: string }[] }) {
  const { t, tEnum, errorText } = useI18n();
  const [values, setValues] = useState<Values>(EMPTY);
  const [search, setSearch] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, attempt);
  const people = useQuery(FIND_PERSON, { variables: { search: search.trim() }, skip: search.trim().length < 2 });
  const vacancies = useQuery(COMPANY_VACANCIES, { variables: { companyId: values.companyId }, skip: !values.companyId });
  const [record, { loading }] = useMutation(RECORD, { refetchQueries: ['StaffPlacementList'], awaitRefetchQueries: true });
  const set = (key: Field) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value; // read now: the event's target is gone when the updater runs
    setValues((v) => ({ ...v, [key]: value, ...(key === 'companyId' ? { vacancyId: '' } : {}) }));
  };
  const people_ = people.data?.beneficiaries.nodes ?? [];

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const local = localErrors(values, t);
    if (Object.keys(local).length) {
      setErrors({ fields: local as Record<string, string>, general: [] });
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({ fields: {}, general: [] });
    try {
      await record({
        variables: {
          input: {
            beneficiaryId: values.beneficiaryId,
            type: values.type as never,
            contract: (values.type === 'ASSUNZIONE' ? values.contract || null : null) as never,
            companyId: values.companyId || null,
            vacancyId: values.vacancyId || null,
            startDate: values.startDate,
            endDate: values.endDate || null,
            hoursPerWeek: values.hoursPerWeek ? Number(values.hoursPerWeek) : null,
            notes: values.notes.trim() || null,
          },
        },
      });
      const person = people_.find((p) => p.id === values.beneficiaryId);
      setSaved(
        t('placements.record.saved', {
          name: person ? `${person.firstName} ${person.lastName}` : '',
          type: tEnum('placementType', values.type),
        }),
      );
      setValues(EMPTY);
      setSearch('');
    } catch (err) {
      setErrors(formErrors(apiErrors(err), FIELDS, errorText));
      setAttempt((n) => n + 1);
    }
  }

  return (
    <form ref={form} className="ixl-card ixl-form--wide" aria-labelledby="record-placement" noValidate onSubmit={(e) => void submit(e)}>
      <h2 id="record-placement">{t('placements.record.title')}</h2>
      {saved ? <Notice>{saved}</Notice> : null}
      {errors.general.length ? <Alert>{errors.general.map((g) => errorText(g)).join(' ')}</Alert> : null}
      {Object.keys(errors.fields).length ? <Alert>{t('error.formSummary')}</Alert> : null}
      <TextField
        label={t('placements.record.search')}
        hint={t('placements.record.searchHint')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        autoComplete="off"
      />
      <SelectField
        label={t('placements.record.person')}
        value={values.beneficiaryId}
        onChange={set('beneficiaryId')}
        error={errors.fields.beneficiaryId}
        placeholder={people_.length ? t('placements.record.choose') : t('placements.record.searchFirst')}
        options={people_.map((p) => ({ value: p.id, label: `${p.lastName} ${p.firstName} · ${p.codiceFiscale}` }))}
      />
      <SelectField
        label={t('placements.col.type')}
        value={values.type}
        onChange={set('type')}
        error={errors.fields.type}
        placeholder={t('placements.record.choose')}
        options={PLACEMENT_TYPES.map((p) => ({ value: p, label: tEnum('placementType', p) }))}
      />
      {values.type === 'ASSUNZIONE' ? (
        <SelectField
          label={t('placements.record.contract')}
          value={values.contract}
          onChange={set('contract')}
          error={errors.fields.contract}
          placeholder={t('placements.record.choose')}
          options={CONTRACTS.map((c) => ({ value: c, label: tEnum('vacancies.contract', c) }))}
        />
      ) : null}
      <SelectField
        label={t('placements.col.company')}
        hint={t('placements.record.companyHint')}
        value={values.companyId}
        onChange={set('companyId')}
        error={errors.fields.companyId}
        placeholder={t('placements.record.none')}
        options={companies.map((c) => ({ value: c.id, label: c.name }))}
      />
      {values.companyId ? (
        <SelectField
          label={t('placements.col.vacancy')}
          value={values.vacancyId}
          onChange={set('vacancyId')}
          error={errors.fields.vacancyId}
          placeholder={t('placements.record.none')}
          options={(vacancies.data?.vacancies ?? []).map((v) => ({ value: v.id, label: v.title }))}
        />
      ) : null}
      <TextField
        type="date"
        label={t('placements.col.start')}
        value={values.startDate}
        onChange={set('startDate')}
        error={errors.fields.startDate}
        required
      />
      <TextField
        type="date"
        label={t('placements.col.end')}
        value={values.endDate}
        onChange={set('endDate')}
        error={errors.fields.endDate}
      />
      <TextField
        type="number"
        inputMode="numeric"
        min={1}
        max={48}
        label={t('placements.col.hours')}
        hint={t('placements.record.hoursHint')}
        value={values.hoursPerWeek}
        onChange={set('hoursPerWeek')}
        error={errors.fields.hoursPerWeek}
      />
      <TextAreaField
        label={t('placements.record.notes')}
        value={values.notes}
        onChange={set('notes')}
        error={errors.fields.notes}
        maxLength={2000}
      />
      <Button type="submit" disabled={loading}>
        {loading ? t('placements.record.saving') : t('placements.record.submit')}
      </Button>
    </form>
  );
}
