import { useMutation } from '@apollo/client/react';
import { Alert, Button, CheckboxField, Notice, SelectField, TextAreaField, TextField, useI18n } from '@ixl/ui';
import { useState } from 'react';
import { graphql } from '../../gql/index.js';
import type { ContactChannel, InterviewMode } from '../../gql/graphql.js';
import { useActionForm } from '../beneficiaries/action-form.js';

const RECORD_CONTACT = graphql(`
  mutation StaffRecordContactAttempt($id: ID!, $channel: ContactChannel!, $answered: Boolean!, $notes: String) {
    recordContactAttempt(beneficiaryId: $id, channel: $channel, answered: $answered, notes: $notes) {
      attempt {
        id
      }
      proposal {
        propose
        reason
        unansweredCalls
        missedInterviews
      }
    }
  }
`);

const SCHEDULE = graphql(`
  mutation StaffScheduleIntakeInterview($id: ID!, $at: DateTimeISO!, $mode: InterviewMode!, $location: String) {
    scheduleIntakeInterview(beneficiaryId: $id, scheduledAt: $at, mode: $mode, location: $location) {
      id
      scheduledAt
    }
  }
`);

const CHANNELS = ['PHONE', 'SMS', 'EMAIL', 'IN_PERSON'] as const;
const MODES = ['IN_PERSON', 'VIDEO', 'PHONE'] as const;
/** Queries to refresh after a contact or an appointment (whichever page is showing them). */
const REFETCH = { refetchQueries: ['StaffBeneficiaryRecord', 'StaffWorkQueues'], awaitRefetchQueries: true };

/** A call or message to the person, answered or not; shows when the rules propose fuori protocollo. */
export function ContactAttemptForm({ beneficiaryId, headingId }: { beneficiaryId: string; headingId: string }) {
  const { t, tEnum } = useI18n();
  const form = useActionForm(['channel', 'answered', 'notes', 'at'] as const);
  const [channel, setChannel] = useState<string>('PHONE');
  const [answered, setAnswered] = useState(false);
  const [notes, setNotes] = useState('');
  const [proposal, setProposal] = useState<string | null>(null);
  const [record] = useMutation(RECORD_CONTACT, REFETCH);
  const submit = async () => {
    const ok = await form.run(
      { channel: channel ? undefined : t('error.required') },
      async () => {
        const { data } = await record({
          variables: { id: beneficiaryId, channel: channel as ContactChannel, answered, notes: notes.trim() || null },
        });
        const p = data?.recordContactAttempt.proposal;
        setProposal(
          p?.propose
            ? t('beneficiaries.record.proposal.yes', {
                reason: tEnum('beneficiaries.fpReason', p.reason),
                calls: p.unansweredCalls,
                missed: p.missedInterviews,
              })
            : null,
        );
      },
      t('queues.contact.recorded'),
    );
    if (ok) setNotes('');
  };
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={headingId}>{t('queues.contact.title')}</h3>
      {form.general ? <Alert>{form.general}</Alert> : null}
      {form.done ? <Notice>{form.done}</Notice> : null}
      {proposal ? <Alert>{proposal}</Alert> : null}
      <SelectField
        label={t('queues.contact.channel')}
        name="channel"
        options={CHANNELS.map((c) => ({ value: c, label: tEnum('beneficiaries.channel', c) }))}
        value={channel}
        onChange={(e) => setChannel(e.target.value)}
        error={form.errors.channel}
      />
      <CheckboxField
        label={t('queues.contact.answered')}
        name="answered"
        checked={answered}
        onChange={(e) => setAnswered(e.target.checked)}
        error={form.errors.answered}
      />
      <TextAreaField
        label={t('beneficiaries.record.notes')}
        name="notes"
        rows={2}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={form.errors.notes ?? form.errors.at}
      />
      <Button type="submit" variant="secondary" disabled={form.busy}>
        {t('queues.contact.submit')}
      </Button>
    </form>
  );
}

/** Schedules (or reschedules) the first interview; the person gets the appointment by mail. */
export function ScheduleInterviewForm({ beneficiaryId, headingId }: { beneficiaryId: string; headingId: string }) {
  const { t, tEnum } = useI18n();
  const form = useActionForm(['scheduledAt', 'mode', 'location', 'operatorId'] as const, { scheduledAt: t('queues.schedule.past') });
  const [when, setWhen] = useState('');
  const [mode, setMode] = useState<string>('IN_PERSON');
  const [location, setLocation] = useState('');
  const [schedule] = useMutation(SCHEDULE, REFETCH);
  const submit = async () => {
    // <input type="datetime-local"> gives the operator's local time (Bologna), without a zone.
    const at = when ? new Date(when) : null;
    const local = {
      scheduledAt: !when
        ? t('error.required')
        : !at || Number.isNaN(at.getTime())
          ? t('queues.schedule.badDate')
          : at.getTime() < Date.now() - 3_600_000
            ? t('queues.schedule.past')
            : undefined,
      mode: mode ? undefined : t('error.required'),
    };
    await form.run(
      local,
      () =>
        schedule({
          variables: { id: beneficiaryId, at: at?.toISOString() ?? '', mode: mode as InterviewMode, location: location.trim() || null },
        }),
      t('queues.schedule.done'),
    );
  };
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={headingId}>{t('queues.schedule.title')}</h3>
      {form.general ? <Alert>{form.general}</Alert> : null}
      {form.done ? <Notice>{form.done}</Notice> : null}
      <TextField
        label={t('queues.schedule.when')}
        name="scheduledAt"
        type="datetime-local"
        value={when}
        onChange={(e) => setWhen(e.target.value)}
        error={form.errors.scheduledAt}
        required
      />
      <SelectField
        label={t('beneficiaries.record.mode')}
        name="mode"
        options={MODES.map((m) => ({ value: m, label: tEnum('beneficiaries.mode', m) }))}
        value={mode}
        onChange={(e) => setMode(e.target.value)}
        error={form.errors.mode}
      />
      <TextField
        label={t('queues.schedule.location')}
        hint={t('queues.schedule.locationHint')}
        name="location"
        value={location}
        onChange={(e) => setLocation(e.target.value)}
        error={form.errors.location ?? form.errors.operatorId}
      />
      <Button type="submit" variant="secondary" disabled={form.busy}>
        {t('queues.schedule.submit')}
      </Button>
    </form>
  );
}
