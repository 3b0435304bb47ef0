import { useMutation } from '@apollo/client/react';
import { apiErrors, formErrors, type FormErrors } from '@ixl/portal-client';
import { Alert, Button, Notice, SelectField, TextField, useI18n } from '@ixl/ui';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql/index.js';
import { useFocusFirstError } from '../vacancies/focus-first-error.js';

const SCHEDULE = graphql(`
  mutation StaffScheduleCommitteeSession($input: CommitteeSessionInput!) {
    scheduleCommitteeSession(input: $input) {
      id
      heldOn
    }
  }
`);

const ADD_ITEM = graphql(`
  mutation StaffAddCommitteeAgendaItem($input: CommitteeAgendaItemInput!) {
    addCommitteeAgendaItem(input: $input) {
      id
      position
    }
  }
`);

const CONVENE = graphql(`
  mutation StaffConveneCommitteeSession($sessionId: ID!) {
    conveneCommitteeSession(sessionId: $sessionId) {
      id
    }
  }
`);

const empty: FormErrors = { fields: {}, general: [] };

/** Schedule a session of a committee: committee, date, place. */
export function ScheduleSessionForm({ committees }: { committees: { id: string; name: string }[] }) {
  const { t, errorText } = useI18n();
  const [committeeId, setCommitteeId] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [location, setLocation] = useState('');
  const [errors, setErrors] = useState<FormErrors>(empty);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, attempt);
  const [schedule, { loading }] = useMutation(SCHEDULE, { refetchQueries: ['StaffCommittees'], awaitRefetchQueries: true });
  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    const local: Record<string, string> = {};
    if (!committeeId) local.committeeId = t('error.required');
    if (!heldOn) local.heldOn = t('error.required');
    if (Object.keys(local).length) {
      setErrors({ fields: local, general: [] });
      setAttempt((n) => n + 1);
      return;
    }
    setErrors(empty);
    try {
      await schedule({ variables: { input: { committeeId, heldOn, location: location.trim() || null } } });
      setDone(true);
      setHeldOn('');
      setLocation('');
    } catch (err) {
      setErrors(formErrors(apiErrors(err), ['committeeId', 'heldOn', 'location'], errorText));
      setAttempt((n) => n + 1);
    }
  }
  return (
    <form ref={form} className="ixl-card" aria-labelledby="schedule-session" noValidate onSubmit={(e) => void submit(e)}>
      <h2 id="schedule-session">{t('committees.schedule.title')}</h2>
      {done ? <Notice>{t('committees.schedule.done')}</Notice> : null}
      {errors.general.length ? <Alert>{errors.general.map((g) => errorText(g)).join(' ')}</Alert> : null}
      <SelectField
        label={t('committees.col.committee')}
        value={committeeId}
        onChange={(e) => setCommitteeId(e.currentTarget.value)}
        error={errors.fields.committeeId}
        placeholder={t('committees.choose')}
        options={committees.map((c) => ({ value: c.id, label: c.name }))}
      />
      <TextField
        type="date"
        label={t('committees.col.heldOn')}
        value={heldOn}
        onChange={(e) => setHeldOn(e.currentTarget.value)}
        error={errors.fields.heldOn}
        required
      />
      <TextField
        label={t('committees.col.location')}
        value={location}
        onChange={(e) => setLocation(e.currentTarget.value)}
        error={errors.fields.location}
      />
      <Button type="submit" disabled={loading}>
        {t('committees.schedule.submit')}
      </Button>
    </form>
  );
}

/** Put a dossier (a project waiting for a committee) or a free topic on a session's agenda, and convene the session. */
export function SessionActions({
  session,
  dossiers,
}: {
  session: { id: string; heldOn: string };
  dossiers: { id: string; title: string }[];
}) {
  const { t, lang, errorText } = useI18n();
  const [subjectId, setSubjectId] = useState('');
  const [topic, setTopic] = useState('');
  const [errors, setErrors] = useState<FormErrors>(empty);
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, attempt);
  const [addItem, adding] = useMutation(ADD_ITEM, { refetchQueries: ['StaffCommittees'], awaitRefetchQueries: true });
  const [convene, convening] = useMutation(CONVENE, { refetchQueries: ['StaffCommittees'] });
  const label = new Intl.DateTimeFormat(lang === 'it' ? 'it-IT' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${session.heldOn}T12:00:00Z`),
  );
  async function add(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    if (!subjectId && !topic.trim()) {
      setErrors({ fields: { subjectId: t('committees.agenda.needOne') }, general: [] });
      setAttempt((n) => n + 1);
      return;
    }
    setErrors(empty);
    try {
      await addItem({
        variables: {
          input: {
            sessionId: session.id,
            subjectId: subjectId || null,
            subjectKind: subjectId ? ('PROJECT' as never) : null,
            topic: topic.trim() || null,
          },
        },
      });
      setSubjectId('');
      setTopic('');
      setMessage(t('committees.agenda.added'));
    } catch (err) {
      setErrors(formErrors(apiErrors(err), ['subjectId', 'topic', 'sessionId'], errorText));
      setAttempt((n) => n + 1);
    }
  }
  async function doConvene() {
    setMessage(null);
    setErrors(empty);
    try {
      await convene({ variables: { sessionId: session.id } });
      setMessage(t('committees.convene.done'));
    } catch (err) {
      setErrors(formErrors(apiErrors(err), ['sessionId'], errorText));
      setAttempt((n) => n + 1);
    }
  }
  return (
    <details className="ixl-disclosure">
      <summary>{t('committees.actions', { date: label })}</summary>
      <form ref={form} noValidate onSubmit={(e) => void add(e)} aria-label={t('committees.actions', { date: label })}>
        {message ? <Notice>{message}</Notice> : null}
        {errors.general.length ? <Alert>{errors.general.map((g) => errorText(g)).join(' ')}</Alert> : null}
        {errors.fields.sessionId ? <Alert>{errors.fields.sessionId}</Alert> : null}
        <SelectField
          label={t('committees.agenda.dossier')}
          value={subjectId}
          onChange={(e) => setSubjectId(e.currentTarget.value)}
          error={errors.fields.subjectId}
          placeholder={t('committees.agenda.noDossier')}
          options={dossiers.map((d) => ({ value: d.id, label: d.title }))}
        />
        <TextField
          label={t('committees.agenda.topic')}
          value={topic}
          onChange={(e) => setTopic(e.currentTarget.value)}
          error={errors.fields.topic}
        />
        <div className="ixl-actions">
          <Button type="submit" variant="secondary" disabled={adding.loading}>
            {t('committees.agenda.add')}
          </Button>
          <Button disabled={convening.loading} onClick={() => void doConvene()}>
            {t('committees.convene.submit')}
          </Button>
        </div>
      </form>
    </details>
  );
}
