import { useMutation } from '@apollo/client/react';
import { apiErrors, formErrors } from '@ixl/portal-client';
import { Alert, Button, CheckboxField, Notice, SelectField, TextAreaField, TextField, formatDate, useI18n } from '@ixl/ui';
import { useRef, useState, type FormEvent } from 'react';
import type { CourseOutcome } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';

const RECORD_OUTCOME = graphql(`
  mutation TrainingRecordCourseOutcome($input: CourseOutcomeInput!) {
    recordCourseOutcome(input: $input) {
      id
      outcome
      qualificationObtained
      qualificationName
      droppedOutOn
      dropOutReason
    }
  }
`);

export interface OutcomeParticipant {
  id: string;
  participantName?: string | null;
  outcome: CourseOutcome;
  qualificationObtained: boolean;
  qualificationName?: string | null;
  droppedOutOn?: string | null;
  dropOutReason?: string | null;
}

const FIELDS = ['enrolmentId', 'outcome', 'qualificationObtained', 'qualificationName', 'droppedOutOn', 'dropOutReason'] as const;
type Field = (typeof FIELDS)[number];
const OUTCOMES: CourseOutcome[] = ['IN_PROGRESS', 'COMPLETED', 'DROPPED_OUT'];

interface Draft {
  enrolmentId: string;
  outcome: CourseOutcome;
  qualificationObtained: boolean;
  qualificationName: string;
  droppedOutOn: string;
  dropOutReason: string;
}

const draftOf = (p: OutcomeParticipant | undefined): Draft => ({
  enrolmentId: p?.id ?? '',
  outcome: p?.outcome ?? 'IN_PROGRESS',
  qualificationObtained: p?.qualificationObtained ?? false,
  qualificationName: p?.qualificationName ?? '',
  droppedOutOn: p?.droppedOutOn ?? '',
  dropOutReason: p?.dropOutReason ?? '',
});

/**
 * Outcome of one participant (completed with or without a qualification, dropped out with date and
 * reason). The API's errors appear next to their field, the focus goes to the first, the draft stays.
 */
export function OutcomeForm({
  participants,
  startDate,
  endDate,
  onSaved,
}: {
  participants: OutcomeParticipant[];
  startDate: string;
  endDate: string;
  onSaved?: () => void;
}) {
  const { t, tEnum, lang, errorText } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => draftOf(undefined));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RECORD_OUTCOME);
  const formRef = useRef<HTMLFormElement>(null);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSaved(null);
  };
  const choose = (id: string) => {
    setDraft(draftOf(participants.find((p) => p.id === id)));
    setErrors({});
    setGeneral(null);
    setSaved(null);
  };
  const show = (fields: Partial<Record<Field, string>>, message: string | null) => {
    setErrors(fields);
    setGeneral(message);
    const first = FIELDS.find((f) => fields[f]);
    if (first) requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus());
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const missing: Partial<Record<Field, string>> = {};
    if (!draft.enrolmentId) missing.enrolmentId = t('error.required');
    if (draft.outcome === 'DROPPED_OUT' && !draft.droppedOutOn) missing.droppedOutOn = t('error.required');
    if (draft.outcome === 'DROPPED_OUT' && !draft.dropOutReason.trim()) missing.dropOutReason = t('error.required');
    if (Object.keys(missing).length) return show(missing, t('error.formSummary'));
    const dropped = draft.outcome === 'DROPPED_OUT';
    const completed = draft.outcome === 'COMPLETED';
    try {
      await record({
        variables: {
          input: {
            enrolmentId: draft.enrolmentId,
            outcome: draft.outcome,
            qualificationObtained: completed && draft.qualificationObtained,
            qualificationName: completed && draft.qualificationObtained ? draft.qualificationName.trim() || null : null,
            droppedOutOn: dropped ? draft.droppedOutOn : null,
            dropOutReason: dropped ? draft.dropOutReason.trim() : null,
          },
        },
      });
      show({}, null);
      const name = participants.find((p) => p.id === draft.enrolmentId)?.participantName ?? '';
      setSaved(t('outcome.saved', { name }));
      onSaved?.();
    } catch (error) {
      const split = formErrors(apiErrors(error), FIELDS, errorText);
      show(split.fields, split.general.length ? split.general.map((g) => errorText(g)).join(' ') : t('error.formSummary'));
    }
  };

  const dropped = draft.outcome === 'DROPPED_OUT';
  const completed = draft.outcome === 'COMPLETED';
  return (
    <section className="ixl-card" aria-labelledby="outcome-title">
      <h2 id="outcome-title">{t('outcome.title')}</h2>
      {general ? <Alert>{general}</Alert> : null}
      {saved ? <Notice>{saved}</Notice> : null}
      <form ref={formRef} className="ixl-form" noValidate onSubmit={(e) => void submit(e)}>
        <SelectField
          label={t('outcome.participant')}
          name="enrolmentId"
          placeholder={t('outcome.choose')}
          options={participants.map((p) => ({ value: p.id, label: p.participantName ?? p.id }))}
          value={draft.enrolmentId}
          onChange={(e) => choose(e.target.value)}
          error={errors.enrolmentId}
          required
        />
        <SelectField
          label={t('outcome.outcome')}
          name="outcome"
          options={OUTCOMES.map((o) => ({ value: o, label: tEnum('outcomeValue', o) }))}
          value={draft.outcome}
          onChange={(e) => set('outcome', e.target.value as CourseOutcome)}
          error={errors.outcome}
        />
        {completed ? (
          <>
            <CheckboxField
              label={t('outcome.qualificationObtained')}
              name="qualificationObtained"
              checked={draft.qualificationObtained}
              onChange={(e) => set('qualificationObtained', e.target.checked)}
              error={errors.qualificationObtained}
            />
            {draft.qualificationObtained ? (
              <TextField
                label={t('outcome.qualificationName')}
                name="qualificationName"
                value={draft.qualificationName}
                onChange={(e) => set('qualificationName', e.target.value)}
                error={errors.qualificationName}
                maxLength={200}
              />
            ) : null}
          </>
        ) : null}
        {dropped ? (
          <>
            <TextField
              label={t('outcome.droppedOutOn')}
              hint={t('outcome.droppedOutOnHint', { from: formatDate(startDate, lang), to: formatDate(endDate, lang) })}
              name="droppedOutOn"
              type="date"
              value={draft.droppedOutOn}
              onChange={(e) => set('droppedOutOn', e.target.value)}
              error={errors.droppedOutOn}
              required
            />
            <TextAreaField
              label={t('outcome.dropOutReason')}
              name="dropOutReason"
              value={draft.dropOutReason}
              onChange={(e) => set('dropOutReason', e.target.value)}
              error={errors.dropOutReason}
              maxLength={500}
              required
            />
          </>
        ) : null}
        <Button type="submit" disabled={loading}>
          {loading ? t('outcome.saving') : t('outcome.save')}
        </Button>
      </form>
    </section>
  );
}
