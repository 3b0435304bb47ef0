import { useMutation } from '@apollo/client/react';
import { useSession } from '@ixl/portal-client';
import { Alert, Button, CheckboxField, DataTable, Notice, SelectField, TextAreaField, TextField, formatDate, useI18n } from '@ixl/ui';
import { useState } from 'react';
import { graphql } from '../../gql/index.js';
import type { BeneficiaryServiceKind } from '../../gql/graphql.js';
import { useActionForm } from './action-form.js';
import { REFETCH_RECORD } from './record-actions.js';
import { Section, type Person } from './record-sections.js';

const START_SERVICE = graphql(`
  mutation StaffStartService($id: ID!, $kind: BeneficiaryServiceKind!, $startedOn: String, $operatorId: ID, $notes: String) {
    startBeneficiaryService(beneficiaryId: $id, kind: $kind, startedOn: $startedOn, operatorId: $operatorId, notes: $notes) {
      id
    }
  }
`);
const END_SERVICE = graphql(`
  mutation StaffEndService($id: ID!) {
    endBeneficiaryService(serviceId: $id) {
      id
      endedOn
    }
  }
`);
const INTERVIEW_OUTCOME = graphql(`
  mutation StaffRecordInterviewOutcome($id: ID!, $attended: Boolean!, $notes: String) {
    recordIntakeInterviewOutcome(interviewId: $id, attended: $attended, notes: $notes) {
      id
      status
    }
  }
`);

const KINDS = ['CV_REVIEW', 'JOB_OFFER_ALERTS', 'ITALIAN_LESSONS', 'IPS'] as const;

/** The outcome of the scheduled interview: held (→ interviewed) or missed. */
export function InterviewOutcomeForm({ interviewId }: { interviewId: string }) {
  const { t } = useI18n();
  const form = useActionForm(['attended', 'notes', 'interviewId'] as const);
  const [attended, setAttended] = useState(true);
  const [notes, setNotes] = useState('');
  const [record] = useMutation(INTERVIEW_OUTCOME, REFETCH_RECORD);
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby="record-outcome"
      onSubmit={(e) => {
        e.preventDefault();
        void form.run(
          {},
          () => record({ variables: { id: interviewId, attended, notes: notes.trim() || null } }),
          t('beneficiaries.record.outcomeRecorded'),
        );
      }}
    >
      <h3 id="record-outcome">{t('beneficiaries.record.outcome')}</h3>
      {form.general ? <Alert>{form.general}</Alert> : null}
      {form.done ? <Notice>{form.done}</Notice> : null}
      <CheckboxField
        label={t('beneficiaries.record.attended')}
        name="attended"
        checked={attended}
        onChange={(e) => setAttended(e.target.checked)}
        error={form.errors.attended ?? form.errors.interviewId}
      />
      <TextAreaField
        label={t('beneficiaries.record.notes')}
        name="notes"
        rows={2}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={form.errors.notes}
      />
      <Button type="submit" disabled={form.busy}>
        {t('beneficiaries.record.outcomeSubmit')}
      </Button>
    </form>
  );
}

function StartServiceForm({ b }: { b: Person }) {
  const { t, tEnum } = useI18n();
  const { user } = useSession();
  const form = useActionForm(['kind', 'startedOn', 'expectedEndOn', 'notes', 'operatorId'] as const, {
    startedOn: t('beneficiaries.error.date'),
    kind: t('beneficiaries.error.serviceOpen'),
  });
  const [kind, setKind] = useState('');
  const [startedOn, setStartedOn] = useState('');
  const [notes, setNotes] = useState('');
  const [start] = useMutation(START_SERVICE, REFETCH_RECORD);
  const submit = async () => {
    const ok = await form.run(
      { kind: kind ? undefined : t('error.required') },
      () =>
        start({
          variables: {
            id: b.id,
            kind: kind as BeneficiaryServiceKind,
            startedOn: startedOn || null,
            operatorId: user.id,
            notes: notes.trim() || null,
          },
        }),
      t('beneficiaries.record.serviceStarted'),
    );
    if (ok) {
      setKind('');
      setNotes('');
    }
  };
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby="record-service-start"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="record-service-start">{t('beneficiaries.record.startService')}</h3>
      {form.general ? <Alert>{form.general}</Alert> : null}
      {form.done ? <Notice>{form.done}</Notice> : null}
      <SelectField
        label={t('beneficiaries.record.serviceKind')}
        name="kind"
        placeholder={t('beneficiaries.record.choose')}
        options={KINDS.map((k) => ({ value: k, label: tEnum('beneficiaries.service', k) }))}
        value={kind}
        onChange={(e) => setKind(e.target.value)}
        error={form.errors.kind}
        required
      />
      <TextField
        label={t('beneficiaries.record.startedOn')}
        hint={t('beneficiaries.record.startedOnHint')}
        name="startedOn"
        type="date"
        value={startedOn}
        onChange={(e) => setStartedOn(e.target.value)}
        error={form.errors.startedOn ?? form.errors.expectedEndOn}
      />
      <TextAreaField
        label={t('beneficiaries.record.notes')}
        name="notes"
        rows={2}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={form.errors.notes ?? form.errors.operatorId}
      />
      <Button type="submit" variant="secondary" disabled={form.busy}>
        {t('beneficiaries.record.startServiceSubmit')}
      </Button>
    </form>
  );
}

export function ServicesSection({ b }: { b: Person }) {
  const { t, tEnum, lang } = useI18n();
  const [end, { loading, error }] = useMutation(END_SERVICE, REFETCH_RECORD);
  return (
    <Section id="record-services" title={t('beneficiaries.record.services')}>
      {error ? <Alert>{error.message}</Alert> : null}
      {b.services.length ? (
        <DataTable
          caption={t('beneficiaries.record.services')}
          captionHidden
          rows={b.services}
          rowKey={(s) => s.id}
          columns={[
            { key: 'kind', header: t('beneficiaries.record.serviceKind'), cell: (s) => tEnum('beneficiaries.service', s.kind) },
            { key: 'from', header: t('beneficiaries.record.startedOn'), cell: (s) => formatDate(s.startedOn, lang) },
            {
              key: 'to',
              header: t('beneficiaries.record.endedOn'),
              cell: (s) =>
                s.endedOn
                  ? formatDate(s.endedOn, lang)
                  : s.expectedEndOn
                    ? t('beneficiaries.record.expectedEnd', { date: formatDate(s.expectedEndOn, lang) })
                    : '—',
            },
            {
              key: 'action',
              header: t('beneficiaries.record.actions'),
              cell: (s) =>
                s.endedOn ? (
                  '—'
                ) : (
                  <Button
                    variant="secondary"
                    disabled={loading}
                    onClick={() => void end({ variables: { id: s.id } }).catch(() => undefined)}
                  >
                    {t('beneficiaries.record.endService', { kind: tEnum('beneficiaries.service', s.kind) })}
                  </Button>
                ),
            },
          ]}
        />
      ) : (
        <p>{t('beneficiaries.record.none')}</p>
      )}
      <StartServiceForm b={b} />
    </Section>
  );
}

/** Documents are served with the Authorization header: fetched, then saved by the browser. */
export function DocumentsSection({ b }: { b: Person }) {
  const { t, tEnum, lang } = useI18n();
  const { token } = useSession();
  const [failed, setFailed] = useState<string | null>(null);
  const download = async (path: string, name: string) => {
    setFailed(null);
    try {
      const res = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
      if (!res.ok) throw new Error(String(res.status));
      const url = URL.createObjectURL(await res.blob());
      const a = Object.assign(document.createElement('a'), { href: url, download: name });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setFailed(t('beneficiaries.record.downloadFailed', { name }));
    }
  };
  return (
    <Section id="record-documents" title={t('beneficiaries.record.documents')}>
      {failed ? <Alert>{failed}</Alert> : null}
      {b.documents.length ? (
        <ul>
          {b.documents.map((d) => (
            <li key={d.id}>
              {tEnum('beneficiaries.documentKind', d.kind)} · {formatDate(d.uploadedAt, lang)} ·{' '}
              <button type="button" className="ixl-link" onClick={() => void download(d.downloadPath, d.fileName)}>
                {t('beneficiaries.record.download', { name: d.fileName })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('beneficiaries.record.noDocuments')}</p>
      )}
    </Section>
  );
}
