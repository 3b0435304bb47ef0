import { useMutation } from '@apollo/client/react';
import { Alert, Button, FieldSet, Notice, SelectField, TextAreaField, useI18n } from '@ixl/ui';
import { useState } from 'react';
import type { Readiness, StaffAssessmentFormQuery } from '../../gql/graphql.js';
import { useActionForm, type FieldErrors } from '../beneficiaries/action-form.js';
import { RECORD_ASSESSMENT } from './assessment-query.js';
import { runningScore } from './running-score.js';

type Instrument = NonNullable<StaffAssessmentFormQuery['assessmentInstrument']>;
const READINESS = ['PRONTO', 'NON_PRONTO', 'FRAGILE', 'IN_VALUTAZIONE'] as const;
const FIELDS = ['answers', 'readiness', 'notes'] as const;

/**
 * One question per item of the published instrument (radio buttons with their points), the running
 * score against the threshold, the readiness (inside the target) and notes. Unanswered items are
 * marked at the item; API errors land at the answers, the readiness or the notes.
 */
export function AssessmentForm({ beneficiaryId, instrument }: { beneficiaryId: string; instrument: Instrument }) {
  const { t, tEnum } = useI18n();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [readiness, setReadiness] = useState('');
  const [notes, setNotes] = useState('');
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const form = useActionForm(FIELDS, { readiness: t('assessment.error.readiness', { threshold: instrument.threshold }) });
  const [record, { data }] = useMutation(RECORD_ASSESSMENT, { refetchQueries: ['StaffAssessmentForm', 'StaffBeneficiaryRecord'] });
  const { score, answered, items } = runningScore(instrument, answers);
  const inTarget = score >= instrument.threshold;
  const result = form.done ? data?.recordFragilityAssessment : undefined;

  const submit = async () => {
    const unanswered = new Set(instrument.dimensions.flatMap((d) => d.items.filter((i) => !answers[i.code]).map((i) => i.code)));
    setMissing(unanswered);
    const local: FieldErrors<(typeof FIELDS)[number]> = unanswered.size
      ? { answers: t('assessment.unanswered', { count: unanswered.size }) }
      : {};
    const input = {
      beneficiaryId,
      answers: Object.entries(answers).map(([itemCode, answerCode]) => ({ itemCode, answerCode })),
      readiness: (readiness || null) as Readiness | null,
      notes: notes.trim() || null,
    };
    await form.run(local, () => record({ variables: { input } }), t('assessment.recorded'));
  };

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby="assessment-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="assessment-form-title">{t('assessment.instrument', { name: instrument.name, version: instrument.version })}</h2>
      <p>{t('assessment.thresholdHint', { threshold: instrument.threshold })}</p>
      {form.general ? <Alert>{form.general}</Alert> : null}
      {form.errors.answers ? <Alert>{form.errors.answers}</Alert> : null}
      {instrument.dimensions.map((d) => (
        <section key={d.code} className="ixl-card" aria-labelledby={`dim-${d.code}`}>
          <h3 id={`dim-${d.code}`}>{d.label}</h3>
          {d.items.map((item) => {
            const error = missing.has(item.code) && !answers[item.code] ? t('assessment.answerThis') : undefined;
            return (
              <FieldSet key={item.code} legend={item.text} error={error}>
                {item.answers.map((a) => (
                  <div className="ixl-check" key={a.code}>
                    <input
                      type="radio"
                      id={`q-${item.code}-${a.code}`}
                      name={item.code}
                      value={a.code}
                      checked={answers[item.code] === a.code}
                      aria-invalid={error ? true : undefined}
                      onChange={() => setAnswers((prev) => ({ ...prev, [item.code]: a.code }))}
                    />
                    <label htmlFor={`q-${item.code}-${a.code}`}>{t('assessment.answer', { label: a.label, points: a.points })}</label>
                  </div>
                ))}
              </FieldSet>
            );
          })}
        </section>
      ))}
      <p className="ixl-card" aria-live="polite">
        <strong>{t('assessment.score', { score, threshold: instrument.threshold })}</strong> ·{' '}
        {t('assessment.answered', { answered, items })} ·{' '}
        {inTarget ? tEnum('beneficiaries.profile', 'IN_TARGET') : tEnum('beneficiaries.profile', 'FORTE')}
      </p>
      <SelectField
        label={t('beneficiaries.readiness')}
        hint={t('assessment.readinessHint', { threshold: instrument.threshold })}
        name="readiness"
        placeholder={t('assessment.readinessDefault')}
        options={READINESS.map((r) => ({ value: r, label: tEnum('beneficiaries.readinessValue', r) }))}
        value={readiness}
        onChange={(e) => setReadiness(e.target.value)}
        error={form.errors.readiness}
      />
      <TextAreaField
        label={t('beneficiaries.record.notes')}
        name="notes"
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={form.errors.notes}
      />
      <Button type="submit" disabled={form.busy}>
        {form.busy ? t('assessment.submitting') : t('assessment.submit')}
      </Button>
      {result ? (
        <Notice>
          {t('assessment.result', {
            score: result.score,
            threshold: result.threshold,
            profile: tEnum('beneficiaries.profile', result.profile),
            readiness: tEnum('beneficiaries.readinessValue', result.readiness),
          })}
        </Notice>
      ) : null}
    </form>
  );
}
