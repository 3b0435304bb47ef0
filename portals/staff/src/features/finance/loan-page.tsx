import { useMutation, useQuery } from '@apollo/client/react';
import { QueryState, apiErrors, formErrors, type FormErrors } from '@ixl/portal-client';
import { Alert, Button, DataTable, Details, Link, Notice, PageTitle, TextField, formatCents, formatDate, useI18n } from '@ixl/ui';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql/index.js';
import { useFocusFirstError } from '../vacancies/focus-first-error.js';
import { useSearchParam } from '../vacancies/use-search-param.js';
import { parseEuros } from './euros.js';
import { useRefusalText } from './refusal.js';

const LOAN = graphql(`
  query StaffLoan($id: ID!) {
    loan(id: $id) {
      id
      bank
      principalCents
      annualRateBps
      termMonths
      graceMonths
      guaranteeShareBps
      status
      refusalReasonCode
      refusalParams
      approvedOn
      contractDate
      disbursedOn
      project {
        id
        title
        organisationName
      }
      position {
        asOf
        outstandingPrincipalCents
        paidPrincipalCents
        paidInterestCents
        overdueCents
        daysPastDue
        guaranteeExposureCents
      }
      installments {
        number
        dueDate
        principalCents
        interestCents
        totalCents
        balanceCents
      }
      repayments {
        id
        paidOn
        amountCents
        principalCents
        interestCents
        kind
      }
    }
  }
`);

const REPAY = graphql(`
  mutation StaffRecordLoanRepayment($input: LoanRepaymentInput!) {
    recordLoanRepayment(input: $input) {
      status
      reason
      request {
        id
      }
      result {
        id
      }
    }
  }
`);

function RepaymentForm({ loanId }: { loanId: string }) {
  const { t, tCode, errorText } = useI18n();
  const [amount, setAmount] = useState('');
  const [paidOn, setPaidOn] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, attempt);
  const [repay, { loading }] = useMutation(REPAY, { refetchQueries: ['StaffLoan'], awaitRefetchQueries: true });
  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const cents = parseEuros(amount);
    const local: Record<string, string> = {};
    if (cents === null || cents <= 0) local.amountCents = amount.trim() ? t('finance.repay.badAmount') : t('error.required');
    if (!paidOn) local.paidOn = t('error.required');
    if (Object.keys(local).length) {
      setErrors({ fields: local, general: [] });
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({ fields: {}, general: [] });
    try {
      const r = await repay({ variables: { input: { loanId, amountCents: cents ?? 0, paidOn } } });
      // Maker-checker: recorded at once below the rule's threshold, else queued for a second person (Approvazioni).
      setDone(tCode('OperationOutcomeReason', r.data?.recordLoanRepayment.reason));
      setAmount('');
      setPaidOn('');
    } catch (err) {
      setErrors(formErrors(apiErrors(err), ['amountCents', 'paidOn'], errorText));
      setAttempt((n) => n + 1);
    }
  }
  return (
    <form ref={form} className="ixl-card" aria-labelledby="repay-title" noValidate onSubmit={(e) => void submit(e)}>
      <h2 id="repay-title">{t('finance.repay.title')}</h2>
      {done ? (
        <Notice>
          {done} <Link to="/approvazioni">{t('approvals.nav')}</Link>
        </Notice>
      ) : null}
      {errors.general.length ? <Alert>{errors.general.map((g) => errorText(g)).join(' ')}</Alert> : null}
      <TextField
        label={t('finance.repay.amount')}
        hint={t('finance.repay.amountHint')}
        inputMode="decimal"
        value={amount}
        onChange={(e) => setAmount(e.currentTarget.value)}
        error={errors.fields.amountCents}
      />
      <TextField
        type="date"
        label={t('finance.repay.paidOn')}
        value={paidOn}
        onChange={(e) => setPaidOn(e.currentTarget.value)}
        error={errors.fields.paidOn}
        required
      />
      <Button type="submit" disabled={loading}>
        {t('finance.repay.submit')}
      </Button>
    </form>
  );
}

/** One social loan: terms, position and arrears today, the repayment schedule, the repayments, and recording one. */
export function LoanPage() {
  const { t, tEnum, lang } = useI18n();
  const refusalText = useRefusalText();
  const id = useSearchParam('id');
  const { data, loading, error } = useQuery(LOAN, { variables: { id: id ?? '' }, skip: !id });
  if (!id) return <Alert>{t('finance.loan.missing')}</Alert>;
  return (
    <QueryState loading={loading} error={error} data={data}>
      {(d) => {
        const l = d.loan;
        const p = l.position;
        return (
          <>
            <PageTitle>{t('finance.loan.title', { project: l.project.title })}</PageTitle>
            <p>
              <Link to="/finanza">{t('finance.back')}</Link>
            </p>
            <section className="ixl-card" aria-labelledby="loan-terms">
              <h2 id="loan-terms">{t('finance.loan.terms')}</h2>
              <Details
                rows={[
                  [t('finance.col.project'), `${l.project.title} · ${l.project.organisationName}`],
                  [t('finance.col.principal'), formatCents(l.principalCents, lang)],
                  [
                    t('finance.col.terms'),
                    t('finance.terms', {
                      rate: `${(l.annualRateBps / 100).toLocaleString(lang === 'it' ? 'it-IT' : 'en-GB', { minimumFractionDigits: 2 })}%`,
                      months: l.termMonths,
                      grace: l.graceMonths,
                    }),
                  ],
                  [t('finance.loan.guarantee'), `${l.guaranteeShareBps / 100}%`],
                  [t('finance.col.bank'), l.bank],
                  [t('finance.col.status'), tEnum('finance.loanStatus', l.status)],
                  ...(l.status === 'REFUSED' ? [[t('finance.refusal'), refusalText(l)] as [string, string]] : []),
                  [t('finance.loan.disbursedOn'), formatDate(l.disbursedOn, lang)],
                ]}
              />
            </section>
            <section className="ixl-card" aria-labelledby="loan-position">
              <h2 id="loan-position">{t('finance.loan.position', { date: formatDate(p.asOf, lang) })}</h2>
              <Details
                rows={[
                  [t('finance.col.outstanding'), formatCents(p.outstandingPrincipalCents, lang)],
                  [t('finance.loan.paidPrincipal'), formatCents(p.paidPrincipalCents, lang)],
                  [t('finance.loan.paidInterest'), formatCents(p.paidInterestCents, lang)],
                  [
                    t('finance.col.arrears'),
                    p.overdueCents > 0
                      ? t('finance.arrears', { amount: formatCents(p.overdueCents, lang), days: p.daysPastDue })
                      : t('finance.noArrears'),
                  ],
                  [t('finance.loan.exposure'), formatCents(p.guaranteeExposureCents, lang)],
                ]}
              />
            </section>
            <RepaymentForm loanId={l.id} />
            <DataTable
              caption={t('finance.loan.repayments', { count: l.repayments.length })}
              rows={l.repayments}
              rowKey={(r) => r.id}
              columns={[
                { key: 'date', header: t('finance.repay.paidOn'), cell: (r) => formatDate(r.paidOn, lang) },
                { key: 'amount', header: t('finance.col.amount'), cell: (r) => formatCents(r.amountCents, lang) },
                { key: 'principal', header: t('finance.loan.principalPart'), cell: (r) => formatCents(r.principalCents, lang) },
                { key: 'interest', header: t('finance.loan.interestPart'), cell: (r) => formatCents(r.interestCents, lang) },
                { key: 'kind', header: t('finance.loan.kind'), cell: (r) => tEnum('finance.repaymentKind', r.kind) },
              ]}
            />
            {/* 60 instalments are pages of cards on a phone: the plan opens on request, the position above sums it up. */}
            <details className="ixl-disclosure">
              <summary>{t('finance.loan.scheduleShow', { count: l.installments.length })}</summary>
              <DataTable
                caption={t('finance.loan.schedule', { count: l.installments.length })}
                rows={l.installments}
                rowKey={(i) => String(i.number)}
                columns={[
                  { key: 'n', header: t('finance.loan.number'), cell: (i) => i.number },
                  { key: 'due', header: t('finance.loan.due'), cell: (i) => formatDate(i.dueDate, lang) },
                  { key: 'principal', header: t('finance.loan.principalPart'), cell: (i) => formatCents(i.principalCents, lang) },
                  { key: 'interest', header: t('finance.loan.interestPart'), cell: (i) => formatCents(i.interestCents, lang) },
                  { key: 'total', header: t('finance.loan.installment'), cell: (i) => formatCents(i.totalCents, lang) },
                  { key: 'balance', header: t('finance.loan.balance'), cell: (i) => formatCents(i.balanceCents, lang) },
                ]}
              />
            </details>
          </>
        );
      }}
    </QueryState>
  );
}
