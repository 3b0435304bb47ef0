import { useMutation } from '@apollo/client/react';
import { apiErrors, formErrors, type FormErrors } from '@ixl/portal-client';
import { Alert, Button, DataTable, SelectField, TextField, formatDate, useI18n } from '@ixl/ui';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql/index.js';
import { useFocusFirstError } from './focus-first-error.js';

const CHANGE_STATUS = graphql(`
  mutation StaffChangeCandidateStatus($input: ChangeCandidateStatusInput!) {
    changeCandidateStatus(input: $input) {
      id
      status
      reasonCode
      reasonNote
      updatedAt
      history {
        from
        to
        reasonCode
        reasonNote
        at
      }
    }
  }
`);

/** The pipeline's stages in order, and the steps staff may take from each (as the API allows). */
export const STAGES = ['SHORTLISTED', 'PROPOSED', 'CV_SENT', 'INTERVIEW', 'HIRED', 'REJECTED_BY_COMPANY', 'DECLINED_BY_CANDIDATE'] as const;
const NEXT: Record<string, string[]> = {
  SHORTLISTED: ['PROPOSED'],
  PROPOSED: ['CV_SENT', 'INTERVIEW', 'REJECTED_BY_COMPANY', 'DECLINED_BY_CANDIDATE'],
  CV_SENT: ['INTERVIEW', 'REJECTED_BY_COMPANY', 'DECLINED_BY_CANDIDATE'],
  INTERVIEW: ['HIRED', 'REJECTED_BY_COMPANY', 'DECLINED_BY_CANDIDATE'],
};
const NEEDS_REASON = ['REJECTED_BY_COMPANY', 'DECLINED_BY_CANDIDATE'];
const REASONS = [
  'FEAR_OF_INFECTION',
  'DISTANCE',
  'HOURS',
  'SHIFTS',
  'PAY',
  'CONTRACT_TYPE',
  'SKILLS',
  'LANGUAGE',
  'FOUND_OTHER_JOB',
  'NOT_REACHABLE',
  'OTHER',
];

export interface PipelineCandidate {
  id: string;
  status: string;
  score?: number | null;
  firstName?: string | null;
  initials?: string | null;
  reasonCode?: string | null;
  reasonNote?: string | null;
  staffNote?: string | null;
  proposedAt?: unknown;
  updatedAt: unknown;
  beneficiary?: { id: string; firstName: string; lastName: string } | null;
  history?: { from?: string | null; to: string; reasonCode?: string | null; reasonNote?: string | null; at: unknown }[] | null;
}

const nameOf = (c: PipelineCandidate) =>
  c.beneficiary ? `${c.beneficiary.firstName} ${c.beneficiary.lastName}` : (c.firstName ?? c.initials ?? '—');

function StatusForm({ candidate }: { candidate: PipelineCandidate }) {
  const { t, tEnum, errorText } = useI18n();
  const options = NEXT[candidate.status] ?? [];
  const [to, setTo] = useState(options[0] ?? '');
  const [reasonCode, setReasonCode] = useState('');
  const [reasonNote, setReasonNote] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, attempt);
  const [change, { loading }] = useMutation(CHANGE_STATUS);
  if (!options.length) return <span className="ixl-muted">{t('vacancies.pipeline.final')}</span>;
  const needsReason = NEEDS_REASON.includes(to);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (needsReason && !reasonCode) local.reasonCode = t('vacancies.pipeline.reasonNeeded');
    else if (needsReason && reasonCode === 'OTHER' && !reasonNote.trim()) local.reasonNote = t('vacancies.pipeline.noteNeeded');
    if (Object.keys(local).length) {
      setErrors({ fields: local, general: [] });
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({ fields: {}, general: [] });
    try {
      await change({
        variables: {
          input: {
            candidateId: candidate.id,
            status: to as never,
            reasonCode: needsReason && reasonCode ? (reasonCode as never) : null,
            reasonNote: reasonNote.trim() || null,
          },
        },
      });
    } catch (err) {
      setErrors(formErrors(apiErrors(err), ['status', 'reasonCode', 'reasonNote'], errorText));
      setAttempt((n) => n + 1);
    }
  }
  const name = nameOf(candidate);
  return (
    <details className="ixl-disclosure">
      <summary>{t('vacancies.pipeline.change', { name })}</summary>
      <form ref={form} noValidate onSubmit={(e) => void submit(e)} aria-label={t('vacancies.pipeline.change', { name })}>
        {errors.general.length ? <Alert>{errors.general.map((g) => errorText(g)).join(' ')}</Alert> : null}
        <SelectField
          label={t('vacancies.pipeline.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          error={errors.fields.status}
          options={options.map((s) => ({ value: s, label: tEnum('vacancies.pipeline.stage', s) }))}
        />
        {needsReason ? (
          <SelectField
            label={t('vacancies.pipeline.reason')}
            value={reasonCode}
            onChange={(e) => setReasonCode(e.currentTarget.value)}
            error={errors.fields.reasonCode}
            placeholder={t('vacancies.pipeline.choose')}
            options={REASONS.map((r) => ({ value: r, label: tEnum('vacancies.pipeline.reasonCode', r) }))}
          />
        ) : null}
        <TextField
          label={t('vacancies.pipeline.note')}
          value={reasonNote}
          onChange={(e) => setReasonNote(e.currentTarget.value)}
          error={errors.fields.reasonNote}
          maxLength={2000}
        />
        <Button type="submit" disabled={loading}>
          {t('vacancies.pipeline.save')}
        </Button>
      </form>
    </details>
  );
}

/** Candidates of a vacancy per stage, with the reasons of rejections and refusals, and the next steps. */
export function PipelineSection({ candidates }: { vacancyId: string; candidates: PipelineCandidate[] }) {
  const { t, tEnum, lang } = useI18n();
  return (
    <section className="ixl-card" aria-labelledby="pipeline-title">
      <h2 id="pipeline-title">{t('vacancies.pipeline.title')}</h2>
      <ul className="ixl-stage-counts">
        {STAGES.map((s) => (
          <li key={s}>
            {t('vacancies.pipeline.count', {
              stage: tEnum('vacancies.pipeline.stage', s),
              count: candidates.filter((c) => c.status === s).length,
            })}
          </li>
        ))}
      </ul>
      {candidates.length === 0 ? <p>{t('vacancies.pipeline.empty')}</p> : null}
      {STAGES.filter((s) => candidates.some((c) => c.status === s)).map((s) => {
        const rows = candidates.filter((c) => c.status === s);
        return (
          <DataTable
            key={s}
            caption={t('vacancies.pipeline.stageCaption', { stage: tEnum('vacancies.pipeline.stage', s), count: rows.length })}
            rows={rows}
            rowKey={(c) => c.id}
            columns={[
              { key: 'name', header: t('vacancies.pipeline.col.name'), cell: nameOf },
              { key: 'score', header: t('vacancies.pipeline.col.score'), cell: (c) => c.score ?? '—' },
              {
                key: 'reason',
                header: t('vacancies.pipeline.col.reason'),
                cell: (c) =>
                  c.reasonCode
                    ? `${tEnum('vacancies.pipeline.reasonCode', c.reasonCode)}${c.reasonNote ? ` — ${c.reasonNote}` : ''}`
                    : (c.reasonNote ?? '—'),
              },
              { key: 'updated', header: t('vacancies.pipeline.col.updated'), cell: (c) => formatDate(String(c.updatedAt), lang) },
              {
                key: 'history',
                header: t('vacancies.pipeline.col.history'),
                cell: (c) =>
                  c.history?.length ? (
                    <ol className="ixl-history">
                      {c.history.map((h, i) => (
                        <li key={i}>
                          {t('vacancies.pipeline.step', {
                            date: formatDate(String(h.at), lang),
                            from: h.from ? tEnum('vacancies.pipeline.stage', h.from) : t('vacancies.pipeline.entered'),
                            to: tEnum('vacancies.pipeline.stage', h.to),
                          })}
                          {h.reasonCode
                            ? ` (${tEnum('vacancies.pipeline.reasonCode', h.reasonCode)}${h.reasonNote ? ` — ${h.reasonNote}` : ''})`
                            : ''}
                        </li>
                      ))}
                    </ol>
                  ) : (
                    '—'
                  ),
              },
              { key: 'next', header: t('vacancies.pipeline.col.next'), cell: (c) => <StatusForm candidate={c} /> },
            ]}
          />
        );
      })}
    </section>
  );
}
