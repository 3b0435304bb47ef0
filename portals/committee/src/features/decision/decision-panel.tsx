import { useMutation } from '@apollo/client/react';
import { apiErrors, formErrors } from '@ixl/portal-client';
import { Alert, Button, Details, SelectField, TextAreaField, TextField, formatCents, formatDate, useI18n } from '@ixl/ui';
import { useRef, useState, type FormEvent } from 'react';
import type { CommitteeDecisionOutcome, CommitteeKind, ProjectFundingKind, ProjectNonCashItemKind } from '../../gql/graphql.js';
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
  nonCashItems?: { kind: ProjectNonCashItemKind; description: string; valueCents: number }[] | null;
}

const NON_CASH_KINDS: ProjectNonCashItemKind[] = ['COURSE_FEES', 'STAGE_FUNDING', 'SERVICES_IN_KIND'];

/** The committee's decision on a dossier: outcome, conditions, the tally and any funding. */
export function DecisionView({ decision }: { decision: DecisionData }) {
  const { t, tEnum, tCode, lang } = useI18n();
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
  const fundingLabel = t('decision.funding');
  if (decision.fundingKind === 'LOAN')
    rows.push([
      fundingLabel,
      t('decision.loanValue', { amount: euro(decision.amountCents), term: decision.termMonths ?? '—', grace: decision.graceMonths ?? 0 }),
    ]);
  if (decision.fundingKind === 'GRANT')
    rows.push([
      fundingLabel,
      t('decision.grantValue', {
        amount: euro(decision.amountCents),
        investment: euro(decision.investmentCents),
        services: euro(decision.servicesCents),
      }),
    ]);
  if (decision.fundingKind === 'NON_CASH')
    rows.push([
      fundingLabel,
      t('decision.nonCashValue', {
        amount: euro(decision.amountCents),
        items: (decision.nonCashItems ?? [])
          .map((i) => `${tCode('ProjectNonCashItemKind', i.kind)}: ${i.description} (${euro(i.valueCents)})`)
          .join('; '),
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
  'nonCashItems',
  'funding',
] as const;
type Field = (typeof FIELDS)[number];
interface ItemDraft {
  kind: string;
  description: string;
  value: string;
}
type ItemErrors = Record<number, Partial<Record<'kind' | 'description' | 'valueCents', string>>>;
const emptyItem = (): ItemDraft => ({ kind: '', description: '', value: '' });
const OUTCOMES: CommitteeDecisionOutcome[] = ['APPROVED', 'REJECTED', 'POSTPONED'];

/**
 * Records the decision (members may: the API checks the quorum, conflicts excluded, and that it
 * follows the majority). The evaluation committee approving chooses the form of support (loan, grant or
 * non-cash support); the management committee approves it (leaving the form empty keeps the evaluation's choice).
 */
export function DecisionForm({
  agendaItemId,
  committeeKind,
  subjectKind = 'PROJECT',
  onRecorded,
}: {
  agendaItemId: string;
  committeeKind: CommitteeKind;
  /** PROJECT: the evaluation committee must choose the form of support; SELF_EMPLOYMENT: it may. */
  subjectKind?: string | null;
  onRecorded?: () => void;
}) {
  const { t, tEnum, tCode, errorText } = useI18n();
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
  const [items, setItems] = useState<ItemDraft[]>([emptyItem()]);
  const [itemErrors, setItemErrors] = useState<ItemErrors>({});
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RECORD_DECISION);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (key: keyof typeof d, value: string) => setD((x) => ({ ...x, [key]: value }));
  const funding = (committeeKind === 'MANAGEMENT' || committeeKind === 'EVALUATION') && d.outcome === 'APPROVED';
  const formRequired = committeeKind === 'EVALUATION' && subjectKind === 'PROJECT';
  const setItem = (i: number, key: keyof ItemDraft, value: string) =>
    setItems((list) => list.map((item, j) => (j === i ? { ...item, [key]: value } : item)));

  const show = (fields: Partial<Record<Field, string>>, message: string | null, perItem: ItemErrors = {}) => {
    setErrors(fields);
    setItemErrors(perItem);
    setGeneral(message);
    const firstItem = Object.entries(perItem)[0];
    const first = FIELDS.find((f) => fields[f]);
    const selector = first
      ? `[name="${first}"]`
      : firstItem
        ? `[name="item-${firstItem[0]}-${Object.keys(firstItem[1])[0] ?? 'kind'}"]`
        : null;
    if (selector) requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(selector)?.focus());
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
    const perItem: ItemErrors = {};
    // The management committee may leave the form empty: it approves the evaluation committee's choice.
    if (funding && (d.kind || formRequired)) {
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
          : kind === 'NON_CASH'
            ? {
                kind,
                nonCashItems: items.map((item, i) => {
                  const value = parseEuroToCents(item.value);
                  const e: ItemErrors[number] = {};
                  if (!item.kind) e.kind = t('error.required');
                  if (item.description.trim().length < 3) e.description = t('decision.error.itemDescription');
                  if (value === null || value < 1) e.valueCents = t('decision.error.amount');
                  if (Object.keys(e).length) perItem[i] = e;
                  return { kind: item.kind as ProjectNonCashItemKind, description: item.description.trim(), valueCents: value ?? 0 };
                }),
              }
            : { kind, investmentCents: cents(d.investment, 'investmentCents'), servicesCents: cents(d.services, 'servicesCents') };
    }
    if (Object.keys(problems).length || Object.keys(perItem).length) return show(problems, t('error.formSummary'), perItem);
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
      const all = apiErrors(error);
      const fromItems: ItemErrors = {};
      const others = all.filter((e) => {
        const m = /^funding\.nonCashItems\.(\d+)\.(kind|description|valueCents)$/.exec(e.field ?? '');
        if (!m) return true;
        fromItems[Number(m[1])] = { ...fromItems[Number(m[1])], [m[2] as 'kind']: errorText(e) };
        return false;
      });
      const split = formErrors(others, FIELDS, errorText);
      const { funding: fundingError, ...fields } = split.fields;
      const rest = [...(fundingError ? [fundingError] : []), ...split.general.map((g) => errorText(g))];
      show(fields, rest.length ? rest.join(' ') : t('error.formSummary'), fromItems);
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
            hint={t(committeeKind === 'EVALUATION' ? 'decision.formHintEvaluation' : 'decision.formHintManagement')}
            name="kind"
            placeholder={t(committeeKind === 'EVALUATION' ? 'decision.choose' : 'decision.keepChoice')}
            options={(['LOAN', 'GRANT', 'NON_CASH'] as const).map((k) => ({ value: k, label: tEnum('fundingKind', k) }))}
            value={d.kind}
            onChange={(e) => set('kind', e.target.value)}
            error={errors.kind}
            required={formRequired}
          />
          {d.kind === 'NON_CASH' ? (
            <fieldset className="ixl-fieldset">
              <legend>{t('decision.nonCashItems')}</legend>
              {errors.nonCashItems ? <Alert>{errors.nonCashItems}</Alert> : null}
              {items.map((item, i) => (
                <div key={i} className="ixl-form-row">
                  <SelectField
                    label={t('decision.itemKind', { n: i + 1 })}
                    name={`item-${i}-kind`}
                    placeholder={t('decision.choose')}
                    options={NON_CASH_KINDS.map((k) => ({ value: k, label: tCode('ProjectNonCashItemKind', k) }))}
                    value={item.kind}
                    onChange={(e) => setItem(i, 'kind', e.target.value)}
                    error={itemErrors[i]?.kind}
                    required
                  />
                  <TextField
                    label={t('decision.itemDescription')}
                    name={`item-${i}-description`}
                    value={item.description}
                    onChange={(e) => setItem(i, 'description', e.target.value)}
                    error={itemErrors[i]?.description}
                    maxLength={300}
                  />
                  <TextField
                    label={t('decision.itemValue')}
                    name={`item-${i}-valueCents`}
                    inputMode="decimal"
                    value={item.value}
                    onChange={(e) => setItem(i, 'value', e.target.value)}
                    error={itemErrors[i]?.valueCents}
                  />
                  {items.length > 1 ? (
                    <Button type="button" variant="secondary" onClick={() => setItems((list) => list.filter((_, j) => j !== i))}>
                      {t('decision.removeItem', { n: i + 1 })}
                    </Button>
                  ) : null}
                </div>
              ))}
              {items.length < 20 ? (
                <Button type="button" variant="secondary" onClick={() => setItems((list) => [...list, emptyItem()])}>
                  {t('decision.addItem')}
                </Button>
              ) : null}
            </fieldset>
          ) : null}
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
