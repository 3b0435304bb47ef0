import { useMutation } from '@apollo/client/react';
import { Alert, Button, Notice, SelectField, TextAreaField, TextField, formatDate, useI18n } from '@ixl/ui';
import { useState } from 'react';
import { graphql } from '../../gql/index.js';
import type { BeneficiaryStatus, FuoriProtocolloReason } from '../../gql/graphql.js';
import { useActionForm } from './action-form.js';
import { Section, type Person } from './record-sections.js';

const OUT_OF_PROTOCOL = graphql(`
  mutation StaffPutOutOfProtocol($id: ID!, $reason: FuoriProtocolloReason!, $note: String) {
    putBeneficiaryOutOfProtocol(beneficiaryId: $id, reason: $reason, note: $note) {
      id
      status
    }
  }
`);
const READMIT = graphql(`
  mutation StaffReadmit($id: ID!, $note: String) {
    readmitBeneficiary(beneficiaryId: $id, note: $note) {
      id
      status
    }
  }
`);
const CHANGE_STATUS = graphql(`
  mutation StaffChangeStatus($id: ID!, $to: BeneficiaryStatus!, $reason: String!) {
    changeBeneficiaryStatus(beneficiaryId: $id, to: $to, reason: $reason) {
      id
      status
    }
  }
`);

const OUT_OF_AREA_EXCEPTION = graphql(`
  mutation StaffOutOfAreaException($id: ID!, $reason: String!) {
    recordOutOfAreaException(beneficiaryId: $id, reason: $reason) {
      id
      outOfAreaExceptionReason
      outOfAreaExceptionAt
    }
  }
`);

export const REFETCH_RECORD = { refetchQueries: ['StaffBeneficiaryRecord'], awaitRefetchQueries: true };
const FP_REASONS = ['WORKING', 'UNREACHABLE', 'NOT_COLLABORATING'] as const;
const TARGETS = ['ACTIVE', 'IN_TARGET', 'PLACED'] as const;

/** Fuori protocollo (with its reason) or readmission. */
function ProtocolForm({ b }: { b: Person }) {
  const { t, tEnum } = useI18n();
  const out = b.status === 'FUORI_PROTOCOLLO';
  const form = useActionForm(['reason', 'note'] as const);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [putOut] = useMutation(OUT_OF_PROTOCOL, REFETCH_RECORD);
  const [readmit] = useMutation(READMIT, REFETCH_RECORD);
  const submit = async () => {
    if (out) {
      if (await form.run({}, () => readmit({ variables: { id: b.id, note: note.trim() || null } }), t('beneficiaries.record.readmitted')))
        setNote('');
      return;
    }
    const ok = await form.run(
      { reason: reason ? undefined : t('error.required') },
      () => putOut({ variables: { id: b.id, reason: reason as FuoriProtocolloReason, note: note.trim() || null } }),
      t('beneficiaries.record.putOut'),
    );
    if (ok) {
      setReason('');
      setNote('');
    }
  };
  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      aria-labelledby="record-protocol"
    >
      <h3 id="record-protocol">{out ? t('beneficiaries.record.readmit') : t('beneficiaries.record.fuoriProtocollo')}</h3>
      {form.general ? <Alert>{form.general}</Alert> : null}
      {form.done ? <Notice>{form.done}</Notice> : null}
      {out ? (
        <p>{t('beneficiaries.record.readmitHint')}</p>
      ) : (
        <SelectField
          label={t('beneficiaries.record.fpReason')}
          name="reason"
          placeholder={t('beneficiaries.record.choose')}
          options={FP_REASONS.map((r) => ({ value: r, label: tEnum('beneficiaries.fpReason', r) }))}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={form.errors.reason}
          required
        />
      )}
      <TextAreaField
        label={t('beneficiaries.record.note')}
        name="note"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={form.errors.note}
        rows={2}
      />
      <Button type="submit" variant={out ? 'primary' : 'secondary'} disabled={form.busy}>
        {out ? t('beneficiaries.record.readmit') : t('beneficiaries.record.fuoriProtocolloSubmit')}
      </Button>
    </form>
  );
}

/** Moves a person along the path (in matching/training, back in target, placed). */
function StatusForm({ b }: { b: Person }) {
  const { t, tEnum } = useI18n();
  const form = useActionForm(['to', 'reason'] as const, { reason: t('error.required') });
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [change] = useMutation(CHANGE_STATUS, REFETCH_RECORD);
  const submit = async () => {
    const local = { to: to ? undefined : t('error.required'), reason: reason.trim() ? undefined : t('error.required') };
    if (
      await form.run(
        local,
        () => change({ variables: { id: b.id, to: to as BeneficiaryStatus, reason: reason.trim() } }),
        t('beneficiaries.record.statusChanged'),
      )
    ) {
      setTo('');
      setReason('');
    }
  };
  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      aria-labelledby="record-status-change"
    >
      <h3 id="record-status-change">{t('beneficiaries.record.changeStatus')}</h3>
      {form.general ? <Alert>{form.general}</Alert> : null}
      {form.done ? <Notice>{form.done}</Notice> : null}
      <SelectField
        label={t('beneficiaries.record.newStatus')}
        name="to"
        placeholder={t('beneficiaries.record.choose')}
        options={TARGETS.filter((s) => s !== b.status).map((s) => ({ value: s, label: tEnum('status', s) }))}
        value={to}
        onChange={(e) => setTo(e.target.value)}
        error={form.errors.to}
        required
      />
      <TextField
        label={t('beneficiaries.record.reason')}
        name="reason"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={form.errors.reason}
        required
      />
      <Button type="submit" variant="secondary" disabled={form.busy}>
        {t('beneficiaries.record.changeStatusSubmit')}
      </Button>
    </form>
  );
}

/**
 * A person outside the Città metropolitana may be in target or ready only with a staff exception and its
 * reason (the protocol's target lives there: seeds/001_6ba90542cf446215.txt:59).
 */
function OutOfAreaForm({ b }: { b: Person }) {
  const { t, lang } = useI18n();
  const form = useActionForm(['reason'] as const);
  const [reason, setReason] = useState('');
  const [record] = useMutation(OUT_OF_AREA_EXCEPTION, REFETCH_RECORD);
  const submit = async () => {
    const local = { reason: reason.trim().length >= 5 ? undefined : t('beneficiaries.record.outOfArea.reasonShort') };
    if (await form.run(local, () => record({ variables: { id: b.id, reason: reason.trim() } }), t('beneficiaries.record.outOfArea.done')))
      setReason('');
  };
  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      aria-labelledby="record-out-of-area"
    >
      <h3 id="record-out-of-area">{t('beneficiaries.record.outOfArea.title')}</h3>
      {form.general ? <Alert>{form.general}</Alert> : null}
      {form.done ? <Notice>{form.done}</Notice> : null}
      {b.outOfAreaExceptionReason ? (
        <p>
          {t('beneficiaries.record.outOfArea.granted', {
            reason: b.outOfAreaExceptionReason,
            date: b.outOfAreaExceptionAt ? formatDate(String(b.outOfAreaExceptionAt).slice(0, 10), lang) : '',
          })}
        </p>
      ) : (
        <p>{t('beneficiaries.record.outOfArea.hint')}</p>
      )}
      <TextField
        label={t('beneficiaries.record.reason')}
        name="reason"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={form.errors.reason}
        required
      />
      <Button type="submit" variant="secondary" disabled={form.busy}>
        {t('beneficiaries.record.outOfArea.submit')}
      </Button>
    </form>
  );
}

export function LifecycleSection({ b }: { b: Person }) {
  const { t } = useI18n();
  return (
    <Section id="record-actions" title={t('beneficiaries.record.actions')}>
      <div className="ixl-grid">
        <ProtocolForm b={b} />
        {b.status !== 'FUORI_PROTOCOLLO' ? <StatusForm b={b} /> : null}
        {b.outOfArea ? <OutOfAreaForm b={b} /> : null}
      </div>
    </Section>
  );
}
