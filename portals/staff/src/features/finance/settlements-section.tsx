import { useMutation, useQuery } from '@apollo/client/react';
import { QueryState, apiErrors, formErrors, type FormErrors } from '@ixl/portal-client';
import { Alert, Button, DataTable, Link, Notice, TextField, formatCents, formatDate, useI18n } from '@ixl/ui';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql/index.js';
import { useFocusFirstError } from '../vacancies/focus-first-error.js';

const SETTLEMENTS = graphql(`
  query StaffTrainingSettlements {
    trainingSettlements {
      id
      windowEnd
      atRiskCents
      payableCents
      withheldCents
      paidCents
      outstandingCents
      paidOn
      edition {
        id
        title
        trainingBody {
          id
          name
        }
      }
    }
  }
`);

const PAY = graphql(`
  mutation StaffPayTrainingSettlement($settlementId: ID!, $paidOn: String!) {
    payTrainingSettlement(settlementId: $settlementId, paidOn: $paidOn) {
      status
      reason
      request {
        id
      }
      result {
        id
        paidCents
        outstandingCents
        paidOn
      }
    }
  }
`);

type Settlement = NonNullable<ReturnType<typeof useSettlements>['data']>['trainingSettlements'][number];
const useSettlements = () => useQuery(SETTLEMENTS, { fetchPolicy: 'cache-and-network' });

/**
 * The 30% at risk of each course edition, once training settled it: what the training body is owed, what was paid, and
 * paying what is still owed (maker-checker). A placement recorded late inside the window can raise a settlement after
 * it was paid: the difference shows as still owed and is paid the same way; a correction that lowered it below what
 * was paid shows the amount to recover.
 */
export function SettlementsSection() {
  const { t, lang } = useI18n();
  const { data, loading, error } = useSettlements();
  const state = (s: Settlement) =>
    s.outstandingCents > 0
      ? t(s.paidOn ? 'finance.settlement.stillOwed' : 'finance.settlement.toPay', { amount: formatCents(s.outstandingCents, lang) })
      : s.outstandingCents < 0
        ? t('finance.settlement.toRecover', { amount: formatCents(-s.outstandingCents, lang) })
        : s.paidOn
          ? t('finance.settlement.paid')
          : t('finance.settlement.nothingOwed');
  return (
    <QueryState loading={loading && !data} error={error} data={data}>
      {(d) => {
        const owed = d.trainingSettlements.filter((s) => s.outstandingCents > 0);
        return (
          <section aria-labelledby="settlements-title">
            <h2 id="settlements-title">{t('finance.settlements.title')}</h2>
            <p>{t('finance.settlements.intro')}</p>
            {d.trainingSettlements.length ? (
              <DataTable
                caption={t('finance.settlements', { count: d.trainingSettlements.length })}
                rows={d.trainingSettlements}
                rowKey={(s) => s.id}
                columns={[
                  {
                    key: 'course',
                    header: t('finance.col.course'),
                    cell: (s) => t('finance.settlement.course', { title: s.edition.title, body: s.edition.trainingBody.name }),
                  },
                  { key: 'window', header: t('finance.col.windowEnd'), cell: (s) => formatDate(s.windowEnd, lang) },
                  { key: 'atRisk', header: t('finance.col.atRisk'), cell: (s) => formatCents(s.atRiskCents, lang) },
                  { key: 'payable', header: t('finance.col.payable'), cell: (s) => formatCents(s.payableCents, lang) },
                  {
                    key: 'paid',
                    header: t('finance.col.paid'),
                    cell: (s) =>
                      s.paidOn
                        ? t('finance.settlement.paidOn', { amount: formatCents(s.paidCents, lang), date: formatDate(s.paidOn, lang) })
                        : '—',
                  },
                  { key: 'state', header: t('finance.col.status'), cell: state },
                ]}
              />
            ) : (
              <p role="status">{t('finance.settlements.none')}</p>
            )}
            {owed.map((s) => (
              <PaySettlementForm key={s.id} settlement={s} />
            ))}
          </section>
        );
      }}
    </QueryState>
  );
}

function PaySettlementForm({ settlement: s }: { settlement: Settlement }) {
  const { t, tCode, lang, errorText } = useI18n();
  const [paidOn, setPaidOn] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, attempt);
  const [pay, { loading }] = useMutation(PAY, { refetchQueries: ['StaffTrainingSettlements', 'StaffFinance'], awaitRefetchQueries: true });
  const titleId = `pay-${s.id}`;
  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    if (!paidOn) {
      setErrors({ fields: { paidOn: t('error.required') }, general: [] });
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({ fields: {}, general: [] });
    try {
      const r = await pay({ variables: { settlementId: s.id, paidOn } });
      // Maker-checker: paid at once below the rule's threshold, else queued for a second person (Approvazioni).
      setDone(tCode('OperationOutcomeReason', r.data?.payTrainingSettlement.reason));
      setPaidOn('');
    } catch (err) {
      setErrors(formErrors(apiErrors(err), ['paidOn', 'settlementId'], errorText));
      setAttempt((n) => n + 1);
    }
  }
  return (
    <form ref={form} className="ixl-card" aria-labelledby={titleId} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={titleId}>
        {t(s.paidOn ? 'finance.settlement.payRest' : 'finance.settlement.pay', {
          amount: formatCents(s.outstandingCents, lang),
          body: s.edition.trainingBody.name,
        })}
      </h3>
      <p>{t('finance.settlement.course', { title: s.edition.title, body: s.edition.trainingBody.name })}</p>
      {done ? (
        <Notice>
          {done} <Link to="/approvazioni">{t('approvals.nav')}</Link>
        </Notice>
      ) : null}
      {errors.general.length || errors.fields.settlementId ? (
        <Alert>{[...errors.general.map((g) => errorText(g)), errors.fields.settlementId].filter(Boolean).join(' ')}</Alert>
      ) : null}
      <TextField
        type="date"
        label={t('finance.settlement.paidOnLabel')}
        value={paidOn}
        onChange={(e) => setPaidOn(e.currentTarget.value)}
        error={errors.fields.paidOn}
        required
      />
      <Button type="submit" disabled={loading}>
        {t('finance.settlement.submit')}
      </Button>
    </form>
  );
}
