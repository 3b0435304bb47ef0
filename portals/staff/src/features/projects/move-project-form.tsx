import { useMutation } from '@apollo/client/react';
import { apiErrors, formErrors, type FormErrors } from '@ixl/portal-client';
import { Alert, Button, SelectField, TextField, useI18n } from '@ixl/ui';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql/index.js';
import { useFocusFirstError } from '../vacancies/focus-first-error.js';

const MOVE_PROJECT = graphql(`
  mutation StaffMoveProject($input: MoveProjectInput!) {
    moveProject(input: $input) {
      id
      status
      pathKind
      labsDueBy
      monitoringEndsOn
      history {
        id
        fromStatus
        toStatus
        on
        reason
      }
    }
  }
`);

/** Steps staff take by hand (committee steps follow recorded decisions), as the API allows them. */
const FORWARD: Record<string, string[]> = {
  SUBMITTED: ['PRE_SELECTION'],
  PRE_SELECTION: ['INTAKE_MEETING'],
  INTAKE_MEETING: ['ACCOMPANIMENT'],
  ACCOMPANIMENT: ['REVIEW'],
  REVIEW: ['EVALUATION_COMMITTEE'],
  FUNDED: ['MONITORING'],
};
const EXITABLE = ['SUBMITTED', 'PRE_SELECTION', 'INTAKE_MEETING', 'ACCOMPANIMENT', 'REVIEW'];
const COMMITTEE = ['EVALUATION_COMMITTEE', 'MANAGEMENT_COMMITTEE'];
const EXITS = ['REJECTED', 'WITHDRAWN', 'STAND_BY'];

export function nextProjectSteps(status: string): string[] {
  if (status === 'STAND_BY') return ['WITHDRAWN', 'REJECTED'];
  const exits = EXITABLE.includes(status) ? EXITS : COMMITTEE.includes(status) ? ['WITHDRAWN', 'STAND_BY'] : [];
  return [...(FORWARD[status] ?? []), ...exits];
}

/** Move a project along its path: the step, the date, the reason (required for exits), path kind and monitoring mode when due. */
export function MoveProjectForm({ project }: { project: { id: string; title: string; status: string } }) {
  const { t, tEnum, errorText } = useI18n();
  const steps = nextProjectSteps(project.status);
  const [to, setTo] = useState(steps[0] ?? '');
  const [on, setOn] = useState('');
  const [reason, setReason] = useState('');
  const [pathKind, setPathKind] = useState('');
  const [monitoringMode, setMonitoringMode] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, attempt);
  const [move, { loading }] = useMutation(MOVE_PROJECT, { refetchQueries: ['StaffProjects'] });
  if (!steps.length) return null;
  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (EXITS.includes(to) && !reason.trim()) local.reason = t('projects.move.reasonNeeded');
    if (Object.keys(local).length) {
      setErrors({ fields: local, general: [] });
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({ fields: {}, general: [] });
    try {
      await move({
        variables: {
          input: {
            projectId: project.id,
            to: to as never,
            on: on || null,
            reason: reason.trim() || null,
            pathKind: (to === 'ACCOMPANIMENT' ? pathKind || null : null) as never,
            monitoringMode: (to === 'MONITORING' ? monitoringMode || null : null) as never,
          },
        },
      });
    } catch (err) {
      setErrors(formErrors(apiErrors(err), ['to', 'on', 'reason', 'pathKind', 'monitoringMode'], errorText));
      setAttempt((n) => n + 1);
    }
  }
  return (
    <details className="ixl-disclosure">
      <summary>{t('projects.move.title', { title: project.title })}</summary>
      <form ref={form} noValidate onSubmit={(e) => void submit(e)} aria-label={t('projects.move.title', { title: project.title })}>
        {errors.general.length ? <Alert>{errors.general.map((g) => errorText(g)).join(' ')}</Alert> : null}
        <SelectField
          label={t('projects.move.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          error={errors.fields.to}
          options={steps.map((s) => ({ value: s, label: tEnum('projects.status', s) }))}
        />
        {to === 'ACCOMPANIMENT' ? (
          <SelectField
            label={t('projects.move.pathKind')}
            value={pathKind}
            onChange={(e) => setPathKind(e.currentTarget.value)}
            error={errors.fields.pathKind}
            placeholder={t('projects.choose')}
            options={['THREE_LABS', 'SHORT', 'TERRITORIAL_NETWORK'].map((p) => ({ value: p, label: tEnum('projects.path', p) }))}
          />
        ) : null}
        {to === 'MONITORING' ? (
          <SelectField
            label={t('projects.move.monitoringMode')}
            value={monitoringMode}
            onChange={(e) => setMonitoringMode(e.currentTarget.value)}
            error={errors.fields.monitoringMode}
            placeholder={t('projects.choose')}
            options={['THREE_MEETINGS', 'WEEKLY'].map((p) => ({ value: p, label: tEnum('projects.monitoring', p) }))}
          />
        ) : null}
        <TextField
          type="date"
          label={t('projects.move.on')}
          hint={t('projects.move.onHint')}
          value={on}
          onChange={(e) => setOn(e.currentTarget.value)}
          error={errors.fields.on}
        />
        <TextField
          label={t('projects.move.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.fields.reason}
        />
        <Button type="submit" disabled={loading}>
          {t('projects.move.submit')}
        </Button>
      </form>
    </details>
  );
}
