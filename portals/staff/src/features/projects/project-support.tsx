import { useMutation } from '@apollo/client/react';
import { apiErrors, formErrors, type FormErrors } from '@ixl/portal-client';
import { Alert, Button, SelectField, TextField, formatCents, formatDate, useI18n } from '@ixl/ui';
import { useRef, useState, type FormEvent } from 'react';
import type { NonCashSupportKind, ProjectFundingKind } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';
import { parseEuros } from '../finance/euros.js';
import { useFocusFirstError } from '../vacancies/focus-first-error.js';

const RECORD_NON_CASH = graphql(`
  mutation StaffRecordNonCashSupport($input: NonCashSupportInput!) {
    recordNonCashSupport(input: $input) {
      id
      kind
      description
      valueCents
      providedOn
    }
  }
`);

const KINDS: NonCashSupportKind[] = ['COURSE_FEES', 'STAGE_FUNDING', 'SERVICES_IN_KIND'];
const FIELDS = ['kind', 'description', 'valueCents', 'providedOn'] as const;

export interface ProjectSupportData {
  id: string;
  title: string;
  decisions: { committeeKind: string; outcome: string; fundingKind?: ProjectFundingKind | null; amountCents?: number | null }[];
  nonCashSupport?:
    | { id: string; kind: NonCashSupportKind; description: string; valueCents: number; providedOn: string; decisionId?: string | null }[]
    | null;
  supportTotalCents?: number | null;
}

/** The form of support: approved by the management committee, or chosen by the evaluation committee, or not yet chosen. */
export function FormOfSupport({ project }: { project: ProjectSupportData }) {
  const { t, tCode, lang } = useI18n();
  const chosen = [...project.decisions].reverse().find((d) => d.committeeKind === 'EVALUATION' && d.fundingKind);
  const approved = [...project.decisions]
    .reverse()
    .find((d) => d.committeeKind === 'MANAGEMENT' && d.outcome === 'APPROVED' && d.fundingKind);
  const shown = approved ?? chosen;
  if (!shown?.fundingKind) return <>{t('projects.support.none')}</>;
  return (
    <>
      {t(approved ? 'projects.support.approved' : 'projects.support.chosen', {
        form: tCode('ProjectFundingKind', shown.fundingKind),
        amount: formatCents(shown.amountCents ?? 0, lang),
      })}
    </>
  );
}

/** The non-cash items of a project (a course paid, stages funded, services in kind) with value and date. */
export function NonCashItems({ project }: { project: ProjectSupportData }) {
  const { t, tCode, lang } = useI18n();
  const items = project.nonCashSupport ?? [];
  if (!items.length) return <>—</>;
  return (
    <ul aria-label={t('projects.support.items', { title: project.title })}>
      {items.map((i) => (
        <li key={i.id}>
          {t('projects.support.item', {
            kind: tCode('NonCashSupportKind', i.kind),
            description: i.description,
            amount: formatCents(i.valueCents, lang),
            date: formatDate(i.providedOn, lang),
          })}
        </li>
      ))}
    </ul>
  );
}

/** Staff record non-cash support given to a project (its value counts in the project's total support). */
export function RecordNonCashForm({ project }: { project: { id: string; title: string } }) {
  const { t, tCode, errorText } = useI18n();
  const [kind, setKind] = useState('');
  const [description, setDescription] = useState('');
  const [value, setValue] = useState('');
  const [providedOn, setProvidedOn] = useState('');
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, attempt);
  const [record, { loading }] = useMutation(RECORD_NON_CASH, { refetchQueries: ['StaffProjects'] });
  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    const local: Record<string, string> = {};
    const cents = parseEuros(value);
    if (!kind) local.kind = t('projects.support.kindNeeded');
    if (description.trim().length < 3) local.description = t('projects.support.descriptionNeeded');
    if (cents === null || cents < 1) local.valueCents = t('projects.support.amountNeeded');
    if (!providedOn) local.providedOn = t('projects.support.dateNeeded');
    if (Object.keys(local).length) {
      setErrors({ fields: local, general: [] });
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({ fields: {}, general: [] });
    try {
      await record({
        variables: {
          input: {
            projectId: project.id,
            kind: kind as NonCashSupportKind,
            description: description.trim(),
            valueCents: cents ?? 0,
            providedOn,
          },
        },
      });
      setDescription('');
      setValue('');
      setDone(true);
    } catch (err) {
      setErrors(formErrors(apiErrors(err), FIELDS, errorText));
      setAttempt((n) => n + 1);
    }
  }
  const title = t('projects.support.record', { title: project.title });
  return (
    <details className="ixl-disclosure">
      <summary>{title}</summary>
      <form ref={form} noValidate onSubmit={(e) => void submit(e)} aria-label={title}>
        {errors.general.length ? <Alert>{errors.general.map((g) => errorText(g)).join(' ')}</Alert> : null}
        {done ? <p role="status">{t('projects.support.recorded')}</p> : null}
        <SelectField
          label={t('projects.support.kind')}
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value)}
          error={errors.fields.kind}
          placeholder={t('projects.choose')}
          options={KINDS.map((k) => ({ value: k, label: tCode('NonCashSupportKind', k) }))}
        />
        <TextField
          label={t('projects.support.description')}
          name="description"
          value={description}
          maxLength={300}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors.fields.description}
        />
        <TextField
          label={t('projects.support.value')}
          hint={t('projects.support.valueHint')}
          name="valueCents"
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          error={errors.fields.valueCents}
        />
        <TextField
          type="date"
          label={t('projects.support.providedOn')}
          name="providedOn"
          value={providedOn}
          onChange={(e) => setProvidedOn(e.currentTarget.value)}
          error={errors.fields.providedOn}
        />
        <Button type="submit" disabled={loading}>
          {t('projects.support.submit')}
        </Button>
      </form>
    </details>
  );
}
