import { useMutation } from '@apollo/client/react';
import { apiErrors, formErrors } from '@ixl/portal-client';
import { Button, Details, Notice, SelectField, TextAreaField, TextField, formatDate, formatDateTime, useI18n } from '@ixl/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { graphql } from '../../gql/index.js';
import { StepForm } from './step-form.js';
import {
  REJECTION_REASONS,
  candidateName,
  companyActions,
  matchReasons,
  type CandidateProfile,
  type CompanyAction,
  type MatchReason,
  type RejectionReason,
  type VacancyRequirements,
} from './candidate-logic.js';

const CHANGE_STATUS = graphql(`
  mutation CompanyChangeCandidateStatus($input: ChangeCandidateStatusInput!) {
    changeCandidateStatus(input: $input) {
      id
      status
      reasonCode
      reasonNote
      updatedAt
    }
  }
`);

const INVITE = graphql(`
  mutation CompanyInviteToInterview($input: InviteToInterviewInput!) {
    inviteToInterview(input: $input) {
      id
      status
      interviewAt
      interviewPlace
      interviewLink
      interviewNote
      updatedAt
    }
  }
`);

const INVITE_FIELDS = ['date', 'time', 'place', 'link', 'note'] as const;
type InviteField = (typeof INVITE_FIELDS)[number];

/** What the invitation form checks before sending (the API checks the same, and that the time is not past). */
export function inviteErrors(i: { date: string; time: string; place: string; link: string }): Partial<Record<InviteField, string>> {
  const e: Partial<Record<InviteField, string>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(i.date)) e.date = 'invite.error.date';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(i.time)) e.time = 'invite.error.time';
  if (!i.place.trim() && !i.link.trim()) e.place = 'invite.error.where';
  if (i.link.trim() && !/^https?:\/\/\S+$/.test(i.link.trim())) e.link = 'invite.error.link';
  return e;
}

const CONFIRM_HIRE = graphql(`
  mutation CompanyConfirmHire($input: ConfirmHireInput!) {
    confirmHire(input: $input) {
      id
      status
      contract
      startDate
      endDate
      hoursPerWeek
    }
  }
`);

/** Contracts a company can hire with (self-employment is not a hire). */
export const HIRE_CONTRACTS = ['TEMPO_DETERMINATO', 'TEMPO_INDETERMINATO', 'A_CHIAMATA'] as const;
type HireContract = (typeof HIRE_CONTRACTS)[number];
const HIRE_FIELDS = ['contract', 'startDate', 'endDate', 'hoursPerWeek'] as const;
type HireField = (typeof HIRE_FIELDS)[number];

/** What the confirm dialog checks before sending (the API checks the same and answers with the field). */
export function hireErrors(h: { contract: string; startDate: string; endDate: string; hours: string }): Partial<Record<HireField, string>> {
  const e: Partial<Record<HireField, string>> = {};
  if (!h.contract) e.contract = 'hire.error.contract';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(h.startDate)) e.startDate = 'hire.error.startDate';
  if (h.contract === 'TEMPO_DETERMINATO' && !h.endDate) e.endDate = 'hire.error.endDateNeeded';
  else if (h.contract === 'TEMPO_INDETERMINATO' && h.endDate) e.endDate = 'hire.error.endDatePermanent';
  else if (h.endDate && h.startDate && h.endDate < h.startDate) e.endDate = 'hire.error.endDateBefore';
  const hours = Number(h.hours);
  if (!h.hours || !Number.isInteger(hours) || hours < 1 || hours > 48) e.hoursPerWeek = 'hire.error.hours';
  return e;
}

export interface CandidateView extends CandidateProfile {
  id: string;
  status: string;
  firstName?: string | null;
  initials?: string | null;
  cvAvailable: boolean;
  reasonCode?: string | null;
  reasonNote?: string | null;
  proposedAt?: string | null;
  interviewAt?: string | null;
  interviewPlace?: string | null;
  interviewLink?: string | null;
  interviewNote?: string | null;
}

const REJECT_FIELDS = ['reasonCode', 'reasonNote'] as const;
type RejectField = (typeof REJECT_FIELDS)[number];

/** One proposed candidate: what the company may know, why the person fits, and the company's next steps. */
export function CandidateCard({ candidate: c, vacancy }: { candidate: CandidateView; vacancy: VacancyRequirements }) {
  const { t, tEnum, lang, errorText } = useI18n();
  const headingId = useId();
  const name = candidateName(c);
  const [mode, setMode] = useState<'idle' | 'reject' | 'hire' | 'invite'>('idle');
  const [reason, setReason] = useState<RejectionReason | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<RejectField, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [change, { loading: changing }] = useMutation(CHANGE_STATUS);
  const [confirmHire, { loading: hiring }] = useMutation(CONFIRM_HIRE);
  const [inviteMutation, { loading: inviting }] = useMutation(INVITE);
  const loading = changing || hiring || inviting;
  const [inv, setInv] = useState({ date: '', time: '', place: '', link: '', note: '' });
  const [invErrs, setInvErrs] = useState<Partial<Record<InviteField, string>>>({});
  const [hire, setHire] = useState({ contract: '' as HireContract | '', startDate: '', endDate: '', hours: '' });
  const [hireErrs, setHireErrs] = useState<Partial<Record<HireField, string>>>({});
  const panel = useRef<HTMLDivElement>(null);
  const [tries, setTries] = useState(0);

  // Opening the reject or hire step, or a failed attempt, moves the focus into the step.
  useEffect(() => {
    if (mode === 'idle') return;
    const step = panel.current;
    (step?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? step?.querySelector<HTMLElement>('[data-focus]'))?.focus();
  }, [mode, tries]);

  const act = async (status: CompanyAction) => {
    setGeneral(null);
    const input =
      status === 'REJECTED_BY_COMPANY'
        ? { candidateId: c.id, status, reasonCode: reason || null, reasonNote: note.trim() || null }
        : { candidateId: c.id, status };
    if (status === 'REJECTED_BY_COMPANY') {
      const local: Partial<Record<RejectField, string>> = {};
      if (!reason) local.reasonCode = t('candidate.reject.reasonRequired');
      else if (reason === 'OTHER' && !note.trim()) local.reasonNote = t('candidate.reject.noteRequired');
      setErrors(local);
      if (Object.keys(local).length) return setTries((n) => n + 1);
    }
    try {
      await change({ variables: { input } });
      setMode('idle');
      setErrors({});
      setDone(t(`candidate.done.${status}`, { name }));
    } catch (error) {
      const split = formErrors(apiErrors(error), REJECT_FIELDS, errorText);
      setErrors(
        Object.fromEntries(
          Object.keys(split.fields).map((f) => [
            f,
            f === 'reasonCode' ? t('candidate.reject.reasonRequired') : t('candidate.reject.noteRequired'),
          ]),
        ),
      );
      if (split.general.length) showGeneral(split.general.map((g) => g.code));
      setTries((n) => n + 1);
    }
  };

  const showGeneral = (codes: string[]) =>
    setGeneral(
      codes.includes('ILLEGAL_TRANSITION') || codes.includes('CONFLICT')
        ? t('candidate.error.transition')
        : codes.includes('FORBIDDEN')
          ? t('error.forbidden')
          : codes.includes('NETWORK')
            ? t('error.network')
            : t('error.generic'),
    );

  /**
   * The invitation and the hire steps share one way of sending: the local checks (message keys per field), then the
   * mutation; the API's refusals go next to their fields, the others above the form, and the focus follows.
   */
  const submitStep = async <F extends string>(
    fields: readonly F[],
    local: Partial<Record<F, string>>,
    setErrs: (errs: Partial<Record<F, string>>) => void,
    send: () => Promise<unknown>,
    doneText: string,
  ) => {
    setGeneral(null);
    setErrs(Object.fromEntries(Object.entries(local).map(([f, key]) => [f, t(key as string)])) as Partial<Record<F, string>>);
    if (Object.keys(local).length) return setTries((n) => n + 1);
    try {
      await send();
      setMode('idle');
      setErrs({});
      setDone(doneText);
    } catch (error) {
      // Each refusal's reason in the user's language, next to its field.
      const split = formErrors(apiErrors(error), fields, errorText);
      setErrs(split.fields as Partial<Record<F, string>>);
      if (split.general.length) showGeneral(split.general.map((g) => g.code));
      setTries((n) => n + 1);
    }
  };

  const submitHire = () =>
    submitStep(
      HIRE_FIELDS,
      hireErrors(hire),
      setHireErrs,
      () =>
        confirmHire({
          variables: {
            input: {
              candidateId: c.id,
              contract: hire.contract as HireContract,
              startDate: hire.startDate,
              endDate: hire.endDate || null,
              hoursPerWeek: Number(hire.hours),
            },
          },
        }),
      t('hire.done', { name }),
    );

  const submitInvite = () =>
    submitStep(
      INVITE_FIELDS,
      inviteErrors(inv),
      setInvErrs,
      () =>
        inviteMutation({
          variables: {
            input: {
              candidateId: c.id,
              date: inv.date,
              time: inv.time,
              place: inv.place.trim() || null,
              link: inv.link.trim() || null,
              note: inv.note.trim() || null,
            },
          },
        }),
      t('invite.done', { name }),
    );

  const actions = companyActions(c.status);
  const reasons = matchReasons(vacancy, c);
  return (
    <article className="ixl-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <Details
        rows={[
          [t('candidate.status'), tEnum('candidateStatus', c.status)],
          [t('candidate.proposedAt'), formatDate(c.proposedAt, lang)],
          [t('candidate.skills'), c.skills.join(', ') || '—'],
          [t('candidate.italian'), c.italianLevel ? tEnum('cefr', c.italianLevel) : '—'],
          [t('candidate.shifts'), c.shifts.map((s) => tEnum('workShift', s)).join(', ') || '—'],
          [t('candidate.hours'), c.availableHoursPerWeek ?? '—'],
          [t('candidate.cv'), c.cvAvailable ? t('candidate.cv.yes') : t('candidate.cv.no')],
          ...(c.interviewAt
            ? ([
                [t('invite.when'), formatDateTime(c.interviewAt, lang)],
                [t('invite.where'), [c.interviewPlace, c.interviewLink].filter(Boolean).join(' · ')],
                ...(c.interviewNote ? [[t('invite.note'), c.interviewNote]] : []),
              ] as [string, string][])
            : []),
          ...(c.reasonCode
            ? ([[t('candidate.reason'), `${tEnum('reason', c.reasonCode)}${c.reasonNote ? ` — ${c.reasonNote}` : ''}`]] as [
                string,
                string,
              ][])
            : []),
        ]}
      />
      {reasons.length ? (
        <>
          <h4>{t('candidate.why')}</h4>
          <ul style={{ listStyle: 'none', paddingLeft: 0 }}>
            {reasons.map((r) => (
              <li key={r.key}>
                <span aria-hidden="true">{r.good ? '✓ ' : '– '}</span>
                {reasonText(r, t, tEnum)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {done ? <Notice>{done}</Notice> : null}
      {actions.length && mode === 'idle' ? (
        <div className="ixl-actions">
          {actions.includes('INTERVIEW') ? (
            <Button disabled={loading} onClick={() => setMode('invite')}>
              {t('candidate.action.interview')}
              <span className="ixl-sr-only"> {name}</span>
            </Button>
          ) : null}
          {actions.includes('HIRED') ? (
            <Button onClick={() => setMode('hire')}>
              {t('candidate.action.hire')}
              <span className="ixl-sr-only"> {name}</span>
            </Button>
          ) : null}
          <Button variant="secondary" onClick={() => setMode('reject')}>
            {t('candidate.action.reject')}
            <span className="ixl-sr-only"> {name}</span>
          </Button>
        </div>
      ) : null}
      {c.status === 'INTERVIEW' && mode === 'idle' ? (
        <div className="ixl-actions">
          <Button variant="secondary" onClick={() => setMode('invite')}>
            {c.interviewAt ? t('invite.reschedule') : t('invite.set')}
            <span className="ixl-sr-only"> {name}</span>
          </Button>
        </div>
      ) : null}
      {mode === 'invite' ? (
        <StepForm
          panel={panel}
          label={t('invite.form', { name })}
          general={general}
          submitLabel={t('invite.submit')}
          cancelLabel={t('candidate.cancel')}
          disabled={loading}
          onSubmit={() => void submitInvite()}
          onCancel={() => setMode('idle')}
        >
          <p className="ixl-muted">{t('invite.intro')}</p>
          <TextField
            type="date"
            label={t('invite.date')}
            value={inv.date}
            error={invErrs.date}
            required
            data-focus
            onChange={(e) => setInv({ ...inv, date: e.currentTarget.value })}
          />
          <TextField
            type="time"
            label={t('invite.time')}
            hint={t('invite.time.hint')}
            value={inv.time}
            error={invErrs.time}
            required
            onChange={(e) => setInv({ ...inv, time: e.currentTarget.value })}
          />
          <TextField
            label={t('invite.place')}
            hint={t('invite.place.hint')}
            value={inv.place}
            error={invErrs.place}
            onChange={(e) => setInv({ ...inv, place: e.currentTarget.value })}
          />
          <TextField
            type="url"
            label={t('invite.link')}
            hint={t('invite.link.hint')}
            value={inv.link}
            error={invErrs.link}
            onChange={(e) => setInv({ ...inv, link: e.currentTarget.value })}
          />
          <TextAreaField
            label={t('invite.note')}
            hint={t('invite.note.hint')}
            rows={2}
            value={inv.note}
            error={invErrs.note}
            onChange={(e) => setInv({ ...inv, note: e.currentTarget.value })}
          />
        </StepForm>
      ) : null}
      {mode === 'hire' ? (
        <StepForm
          panel={panel}
          label={t('hire.form', { name })}
          general={general}
          submitLabel={t('candidate.hire.yes')}
          cancelLabel={t('candidate.cancel')}
          disabled={loading}
          onSubmit={() => void submitHire()}
          onCancel={() => setMode('idle')}
        >
          <p>{t('candidate.hire.confirm', { name })}</p>
          <p className="ixl-muted">{t('hire.intro')}</p>
          <SelectField
            label={t('hire.contract')}
            placeholder={t('vacancyForm.choose')}
            options={HIRE_CONTRACTS.map((k) => ({ value: k, label: tEnum('contractType', k) }))}
            value={hire.contract}
            error={hireErrs.contract}
            required
            data-focus
            onChange={(e) => setHire({ ...hire, contract: e.currentTarget.value as HireContract | '' })}
          />
          <TextField
            type="date"
            label={t('hire.startDate')}
            value={hire.startDate}
            error={hireErrs.startDate}
            required
            onChange={(e) => setHire({ ...hire, startDate: e.currentTarget.value })}
          />
          <TextField
            type="date"
            label={t('hire.endDate')}
            hint={t('hire.endDate.hint')}
            value={hire.endDate}
            error={hireErrs.endDate}
            onChange={(e) => setHire({ ...hire, endDate: e.currentTarget.value })}
          />
          <TextField
            type="number"
            inputMode="numeric"
            min={1}
            max={48}
            label={t('hire.hours')}
            value={hire.hours}
            error={hireErrs.hoursPerWeek}
            required
            onChange={(e) => setHire({ ...hire, hours: e.currentTarget.value })}
          />
          <p className="ixl-muted">{t('hire.next')}</p>
        </StepForm>
      ) : null}
      {mode === 'reject' ? (
        <StepForm
          panel={panel}
          label={t('candidate.reject.form', { name })}
          general={general}
          submitLabel={t('candidate.reject.submit')}
          cancelLabel={t('candidate.cancel')}
          disabled={loading}
          onSubmit={() => void act('REJECTED_BY_COMPANY')}
          onCancel={() => setMode('idle')}
        >
          <SelectField
            label={t('candidate.reject.reason')}
            placeholder={t('vacancyForm.choose')}
            options={REJECTION_REASONS.map((r) => ({ value: r, label: tEnum('reason', r) }))}
            value={reason}
            error={errors.reasonCode}
            required
            data-focus
            onChange={(e) => setReason(e.currentTarget.value as RejectionReason | '')}
          />
          <TextAreaField
            label={t('candidate.reject.note')}
            hint={t('candidate.reject.note.hint')}
            rows={3}
            value={note}
            error={errors.reasonNote}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
        </StepForm>
      ) : null}
    </article>
  );
}

function reasonText(
  r: MatchReason,
  t: (key: string, vars?: Record<string, string | number>) => string,
  tEnum: (prefix: string, value: string) => string,
): string {
  const shifts = (r.shifts ?? []).map((s) => tEnum('workShift', s)).join(', ');
  return t(`candidate.why.${r.key}`, {
    skills: (r.skills ?? []).join(', '),
    shifts,
    level: r.level ? tEnum('cefr', r.level) : '',
    required: r.required ? tEnum('cefr', r.required) : '',
    hours: r.hours ?? '',
    requiredHours: r.requiredHours ?? '',
  });
}
