import { useMutation } from '@apollo/client/react';
import { apiErrors, formErrors } from '@ixl/portal-client';
import { Alert, Button, Details, SelectField, TextAreaField, TextField, formatCents, formatDate, useI18n } from '@ixl/ui';
import { useRef, useState, type FormEvent } from 'react';
import type { CommitteeDecisionOutcome, CommitteeKind, ProjectFundingKind } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';
import { parseEuroToCents } from './euro.js';

const RECORD_DECISION = graphql(`
  mutation CommitteeRecordDecision($input: CommitteeDecisionInput!) {
    recordCommitteeDecision(input: $input) {
      id
      outcome
    }
  }
`);

export interface DecisionData {
  outcome: CommitteeDecisionOutcome;
  conditions?: string | null;
  decidedOn: string;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  excludedForConflict: number;
  fundingKind?: ProjectFundingKind | null;
  amountCents?: number | null;
  investmentCents?: number | null;
  servicesCents?: number | null;
  termMonths?: number | null;
  graceMonths?: number | null;
}

/** The committee's decision on a dossier: outcome, conditions, the tally and any funding. */
export function DecisionView({ decision }: { decision: DecisionData }) {
  const { t, tEnum, lang } = useI18n();
  const euro = (c: number | null | undefined) => (c === null || c === undefined ? '—' : formatCents(c, lang));
  const rows: [string, string][] = [
    [t('decision.outcome'), tEnum('decisionOutcome', decision.outcome)],
    [t('decision.decidedOn'), formatDate(decision.decidedOn, lang)],
    [
      t('decision.tally'),
      t('decision.tallyValue', {
        votesFor: decision.votesFor,
        votesAgainst: decision.votesAgainst,
        abstentions: decision.abstentions,
        excluded: decision.excludedForConflict,
      }),
    ],
    [t('decision.conditions'), decision.conditions ?? '—'],
  ];
  if (decision.fundingKind === 'LOAN')
    rows.push([
      t('decision.funding'),
      t('decision.loanValue', { amount: euro(decision.amountCents), term: decision.termMonths ?? '—', grace: decision.graceMonths ?? 0 }),
    ]);
  if (decision.fundingKind === 'GRANT')
    rows.push([
      t('decision.funding'),
      t('decision.grantValue', {
        amount: euro(decision.amountCents),
        investment: euro(decision.investmentCents),
        services: euro(decision.servicesCents),
      }),
    ]);
  return <Details rows={rows} />;
}

const FIELDS = [
  'outcome',
  'conditions',
  'kind',
  'amountCents',
  'investmentCents',
  'servicesCents',
  'termMonths',
  'graceMonths',
  'funding',
] as const;
type Field = (typeof FIELDS)[number];
const OUTCOMES: CommitteeDecisionOutcome[] = ['APPROVED', 'REJECTED', 'POSTPONED'];

/**
 * Records the decision (members may: the API checks the quorum, conflicts excluded, and that it
 * follows the majority). A management committee approving gives the loan or grant.
 */
export function DecisionForm({
  agendaItemId,
  committeeKind,
  onRecorded,
}: {
  agendaItemId: string;
  committeeKind: CommitteeKind;
  onRecorded?: () => void;
}) {
  const { t, tEnum, errorText } = useI18n();
  const [d, setD] = useState({
    outcome: '',
    conditions: '',
    kind: '',
    amount: '',
    investment: '',
    services: '',
    termMonths: '',
    graceMonths: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RECORD_DECISION);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (key: keyof typeof d, value: string) => setD((x) => ({ ...x, [key]: value }));
  const funding = committeeKind === 'MANAGEMENT' && d.outcome === 'APPROVED';

  const show = (fields: Partial<Record<Field, string>>, message: string | null) => {
    setErrors(fields);
    setGeneral(message);
    const first = FIELDS.find((f) => fields[f]);
    if (first) requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus());
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    if (!d.outcome) problems.outcome = t('error.required');
    const cents = (text: string, field: Field) => {
      if (!text.trim()) return null;
      const v = parseEuroToCents(text);
      if (v === null) problems[field] = t('decision.error.amount');
      return v;
    };
    const months = (text: string, field: Field) => {
      if (!text.trim()) return null;
      if (!/^\d{1,3}$/.test(text.trim())) problems[field] = t('decision.error.months');
      return Number(text.trim());
    };
    let fundingInput = null;
    if (funding) {
      if (!d.kind) problems.kind = t('error.required');
      const kind = d.kind as ProjectFundingKind;
      fundingInput =
        kind === 'LOAN'
          ? {
              kind,
              amountCents: cents(d.amount, 'amountCents'),
              termMonths: months(d.termMonths, 'termMonths'),
              graceMonths: months(d.graceMonths, 'graceMonths'),
            }
          : { kind, investmentCents: cents(d.investment, 'investmentCents'), servicesCents: cents(d.services, 'servicesCents') };
    }
    if (Object.keys(problems).length) return show(problems, t('error.formSummary'));
    try {
      await record({
        variables: {
          input: {
            agendaItemId,
            outcome: d.outcome as CommitteeDecisionOutcome,
            conditions: d.conditions.trim() || null,
            funding: fundingInput,
          },
        },
      });
      show({}, null);
      onRecorded?.();
    } catch (error) {
      // A refused decision concerns the dossier (agendaItemId), not a field of this form: shown above it.
      const split = formErrors(apiErrors(error), FIELDS, errorText);
      const { funding: fundingError, ...fields } = split.fields;
      const rest = [...(fundingError ? [fundingError] : []), ...split.general.map((g) => errorText(g))];
      show(fields, rest.length ? rest.join(' ') : t('error.formSummary'));
    }
  };

  return (
    <form ref={formRef} className="ixl-form" noValidate onSubmit={(e) => void submit(e)}>
      {general ? <Alert>{general}</Alert> : null}
      <SelectField
        label={t('decision.outcome')}
        name="outcome"
        placeholder={t('decision.choose')}
        options={OUTCOMES.map((o) => ({ value: o, label: tEnum('decisionOutcome', o) }))}
        value={d.outcome}
        onChange={(e) => set('outcome', e.target.value)}
        error={errors.outcome}
        required
      />
      <TextAreaField
        label={t('decision.conditions')}
        name="conditions"
        value={d.conditions}
        onChange={(e) => set('conditions', e.target.value)}
        error={errors.conditions}
        maxLength={2000}
      />
      {funding ? (
        <>
          <SelectField
            label={t('decision.fundingKind')}
            name="kind"
            placeholder={t('decision.choose')}
            options={(['LOAN', 'GRANT'] as const).map((k) => ({ value: k, label: tEnum('fundingKind', k) }))}
            value={d.kind}
            onChange={(e) => set('kind', e.target.value)}
            error={errors.kind}
            required
          />
          {d.kind === 'LOAN' ? (
            <>
              <TextField
                label={t('decision.loanAmount')}
                hint={t('decision.loanHint')}
                name="amountCents"
                inputMode="decimal"
                value={d.amount}
                onChange={(e) => set('amount', e.target.value)}
                error={errors.amountCents}
              />
              <TextField
                label={t('decision.termMonths')}
                name="termMonths"
                inputMode="numeric"
                value={d.termMonths}
                onChange={(e) => set('termMonths', e.target.value)}
                error={errors.termMonths}
              />
              <TextField
                label={t('decision.graceMonths')}
                name="graceMonths"
                inputMode="numeric"
                value={d.graceMonths}
                onChange={(e) => set('graceMonths', e.target.value)}
                error={errors.graceMonths}
              />
            </>
          ) : null}
          {d.kind === 'GRANT' ? (
            <>
              <TextField
                label={t('decision.investment')}
                hint={t('decision.investmentHint')}
                name="investmentCents"
                inputMode="decimal"
                value={d.investment}
                onChange={(e) => set('investment', e.target.value)}
                error={errors.investmentCents}
              />
              <TextField
                label={t('decision.services')}
                hint={t('decision.servicesHint')}
                name="servicesCents"
                inputMode="decimal"
                value={d.services}
                onChange={(e) => set('services', e.target.value)}
                error={errors.servicesCents}
              />
            </>
          ) : null}
        </>
      ) : null}
      <Button type="submit" disabled={loading}>
        {loading ? t('decision.saving') : t('decision.submit')}
      </Button>
    </form>
  );
}
