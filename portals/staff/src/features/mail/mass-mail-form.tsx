import { useMutation, useQuery } from '@apollo/client/react';
import { MUNICIPALITIES } from '@ixl/territory';
import { Alert, Button, CheckboxField, Notice, ProgressBar, SelectField, TextAreaField, TextField, useI18n } from '@ixl/ui';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql/index.js';
import type { BeneficiaryFilter, BeneficiaryStatus } from '../../gql/graphql.js';
import { useActionForm } from '../beneficiaries/action-form.js';
import { STATUSES } from '../beneficiaries/search-filters.js';

const MATCHING = graphql(`
  query StaffMassMailAudience($filter: BeneficiaryFilter) {
    beneficiaries(first: 1, filter: $filter) {
      totalCount
    }
  }
`);
const SEND = graphql(`
  mutation StaffSendMassMail($input: MassMailInput!) {
    sendMassMail(input: $input) {
      batchId
      recipients
      skippedOptedOut
      skippedWithoutEmail
    }
  }
`);
const PROGRESS = graphql(`
  query StaffMassMailProgress($batchId: ID!) {
    massMailProgress(batchId: $batchId) {
      total
      sent
      pending
      failed
    }
  }
`);

const FIELDS = ['subject', 'message', 'filter', 'confirm'] as const;
const municipalities = [...MUNICIPALITIES]
  .sort((a, b) => a.name.localeCompare(b.name, 'it'))
  .map((m) => ({ value: m.istatCode, label: m.name }));

/** Delivery of a queued batch: the sender works in the background, so its progress is polled every second until done. */
function BatchProgress({ batchId }: { batchId: string }) {
  const { t } = useI18n();
  const [finished, setFinished] = useState(false);
  const { data, error } = useQuery(PROGRESS, { variables: { batchId }, pollInterval: finished ? 0 : 1000, fetchPolicy: 'network-only' });
  const p = data?.massMailProgress;
  useEffect(() => {
    if (p && p.pending === 0) setFinished(true);
  }, [p]);
  if (error && !p) return <Alert>{t('error.generic')}</Alert>;
  if (!p) return null;
  const done = p.sent + p.failed;
  return (
    <div>
      <ProgressBar label={t('mail.progressLabel')} value={done} max={Math.max(p.total, 1)} />
      <p role="status">
        {p.pending
          ? t('mail.progress', { sent: p.sent, failed: p.failed, pending: p.pending, total: p.total })
          : t('mail.progressDone', { sent: p.sent, failed: p.failed, total: p.total })}
      </p>
    </div>
  );
}

/** A message to every person matching the filter (opt-outs respected), with the expected audience and the delivery progress. */
export function MassMailForm() {
  const { t, tEnum } = useI18n();
  const form = useActionForm(FIELDS, { subject: t('mail.error.subject'), message: t('mail.error.message') });
  const [subject, setSubject] = useState('');
  const [message, setMessage] = useState('');
  const [status, setStatus] = useState('');
  const [comune, setComune] = useState('');
  const [confirm, setConfirm] = useState(false);
  const filter: BeneficiaryFilter | null =
    status || comune
      ? { ...(status ? { status: [status as BeneficiaryStatus] } : {}), ...(comune ? { municipalityCodes: [comune] } : {}) }
      : null;
  const audience = useQuery(MATCHING, { variables: { filter } });
  const [send, { data }] = useMutation(SEND);
  const batch = form.done ? data?.sendMassMail : undefined;

  const submit = async () => {
    const local = {
      subject: !subject.trim()
        ? t('error.required')
        : subject.trim().length < 3 || subject.trim().length > 150
          ? t('mail.error.subject')
          : undefined,
      message: !message.trim()
        ? t('error.required')
        : message.trim().length < 10 || message.trim().length > 5000
          ? t('mail.error.message')
          : undefined,
      confirm: confirm ? undefined : t('mail.confirmRequired'),
    };
    if (
      await form.run(
        local,
        () => send({ variables: { input: { subject: subject.trim(), message: message.trim(), filter } } }),
        t('mail.queued'),
      )
    )
      setConfirm(false);
  };

  return (
    <section className="ixl-card" aria-labelledby="mass-mail-title">
      <h2 id="mass-mail-title">{t('mail.mass')}</h2>
      <form
        ref={form.formRef}
        className="ixl-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {form.general ? <Alert>{form.general}</Alert> : null}
        <TextField
          label={t('mail.subject')}
          hint={t('mail.subjectHint')}
          name="subject"
          value={subject}
          onChange={(e) => setSubject(e.target.value)}
          error={form.errors.subject}
          required
          maxLength={150}
        />
        <TextAreaField
          label={t('mail.message')}
          hint={t('mail.messageHint')}
          name="message"
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          error={form.errors.message}
          required
          rows={6}
        />
        <SelectField
          label={t('beneficiary.status')}
          name="stato"
          placeholder={t('beneficiaries.search.any')}
          options={STATUSES.map((s) => ({ value: s, label: tEnum('status', s) }))}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          error={form.errors.filter}
        />
        <SelectField
          label={t('beneficiary.municipality')}
          name="comune"
          placeholder={t('beneficiaries.search.any')}
          options={municipalities}
          value={comune}
          onChange={(e) => setComune(e.target.value)}
        />
        <p aria-live="polite">
          {audience.data ? t('mail.audience', { count: audience.data.beneficiaries.totalCount }) : t('status.loading')}
        </p>
        <CheckboxField
          label={t('mail.confirm')}
          name="confirm"
          checked={confirm}
          onChange={(e) => setConfirm(e.target.checked)}
          error={form.errors.confirm}
        />
        <Button type="submit" disabled={form.busy}>
          {form.busy ? t('mail.sending') : t('mail.send')}
        </Button>
      </form>
      {batch ? (
        <>
          <Notice>
            {t('mail.batch', { recipients: batch.recipients, optedOut: batch.skippedOptedOut, noEmail: batch.skippedWithoutEmail })}
          </Notice>
          {batch.recipients ? <BatchProgress batchId={batch.batchId} /> : null}
        </>
      ) : null}
    </section>
  );
}
