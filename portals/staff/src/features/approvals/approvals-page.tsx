import { useMutation, useQuery } from '@apollo/client/react';
import { apiErrors, QueryState } from '@ixl/portal-client';
import { Alert, Button, DataTable, Details, Notice, PageTitle, TextField, formatCents, formatDate, useI18n } from '@ixl/ui';
import { useState } from 'react';
import { formatDateTimeRome } from '../audit/rome-day.js';
import { APPROVAL_RULES, APPROVALS, APPROVE, REJECT } from './approvals-query.js';
import { changeLabel, changeValue, payloadRows } from './approval-changes.js';

export const APPROVALS_PATH = '/approvazioni';

/**
 * Maker-checker (issue 26): the approvers' queue (what each pending money operation changes, the ledger lines it will
 * write, approve or reject with a reason; overdue ones marked) and the state of the requests the user prepared.
 */
export function ApprovalsPage() {
  const { t, tCode, lang, errorText } = useI18n();
  const { data, loading, error, refetch } = useQuery(APPROVALS, { fetchPolicy: 'cache-and-network', pollInterval: 5000 });
  const [approve] = useMutation(APPROVE);
  const [reject] = useMutation(REJECT);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ id: string; ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const decide = async (id: string, how: 'approve' | 'reject') => {
    setBusy(id);
    setOutcome(null);
    try {
      const reason = reasons[id]?.trim() ?? '';
      if (how === 'approve') await approve({ variables: { id, note: reason || null } });
      else await reject({ variables: { id, reason } });
      setOutcome({ id, ok: true, text: t(how === 'approve' ? 'approvals.approved' : 'approvals.rejected') });
      await refetch();
    } catch (err) {
      const [first] = apiErrors(err);
      setOutcome({ id, ok: false, text: first ? errorText(first) : t('error.network') });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <PageTitle>{t('approvals.title')}</PageTitle>
      <p>{t('approvals.intro')}</p>
      <p className="ixl-hint">{t('approvals.live')}</p>
      {outcome?.ok ? <Notice>{outcome.text}</Notice> : null}
      <QueryState loading={loading && !data} error={error} data={data}>
        {(d) => (
          <>
            <h2>{t('approvals.pending', { count: d.pending.length })}</h2>
            {!d.pending.length ? <p role="status">{t('approvals.none')}</p> : null}
            {/* The oldest first: overdue requests lead the queue. */}
            {[...d.pending]
              .sort((a, b) => String(a.dueAt).localeCompare(String(b.dueAt)))
              .map((r) => (
                <section
                  key={r.id}
                  className="ixl-card"
                  aria-labelledby={`req-${r.id}`}
                  data-overdue={r.overdue ? 'true' : undefined}
                  style={r.overdue ? { borderLeft: '6px solid #b3261e' } : undefined}
                >
                  <h3 id={`req-${r.id}`}>
                    {tCode('MoneyOperationKind', r.kind)}
                    {r.overdue ? (
                      <strong className="ixl-badge" style={{ marginLeft: '0.5rem', color: '#b3261e' }}>
                        {t('approvals.overdue')}
                      </strong>
                    ) : null}
                  </h3>
                  <Details
                    rows={[
                      [t('approvals.amount'), formatCents(r.amountCents, lang)],
                      [t('approvals.maker'), r.mine ? t('approvals.makerYou') : (r.maker?.displayName ?? t('approvals.makerOther'))],
                      [t('approvals.createdAt'), formatDateTimeRome(String(r.createdAt), lang)],
                      [t('approvals.dueAt'), formatDateTimeRome(String(r.dueAt), lang)],
                    ]}
                  />
                  {r.changes.length ? (
                    <DataTable
                      caption={t('approvals.changes')}
                      rows={r.changes}
                      rowKey={(c) => c.field}
                      columns={[
                        { key: 'field', header: t('approvals.col.field'), cell: (c) => changeLabel(c.field, lang, t, tCode) },
                        {
                          key: 'before',
                          header: t('approvals.col.before'),
                          cell: (c) => changeValue(c.field, c.before, lang, tCode, r.targetType),
                        },
                        {
                          key: 'after',
                          header: t('approvals.col.after'),
                          cell: (c) => changeValue(c.field, c.after, lang, tCode, r.targetType),
                        },
                      ]}
                    />
                  ) : (
                    <p>{t('approvals.noChanges')}</p>
                  )}
                  {r.ledgerLines.length ? (
                    <DataTable
                      caption={t('approvals.ledger', { count: r.ledgerLines.length })}
                      rows={r.ledgerLines}
                      rowKey={(l) => `${l.account}:${l.bookedOn}:${l.amountCents}:${l.memo ?? ''}`}
                      columns={[
                        { key: 'account', header: t('approvals.col.account'), cell: (l) => tCode('FinanceLedgerAccount', l.account) },
                        { key: 'amount', header: t('approvals.col.amount'), cell: (l) => formatCents(l.amountCents, lang) },
                        { key: 'date', header: t('approvals.col.bookedOn'), cell: (l) => formatDate(l.bookedOn, lang) },
                      ]}
                    />
                  ) : (
                    <p>{t('approvals.noLedger')}</p>
                  )}
                  <details>
                    <summary>{t('approvals.payload')}</summary>
                    <Details rows={payloadRows(r.kind, r.payloadJson, lang, tCode)} />
                  </details>
                  {outcome && !outcome.ok && outcome.id === r.id ? <Alert>{outcome.text}</Alert> : null}
                  {!r.mine ? (
                    <div>
                      <TextField
                        label={t('approvals.reason')}
                        value={reasons[r.id] ?? ''}
                        onChange={(e) => {
                          const value = e.currentTarget.value;
                          setReasons((s) => ({ ...s, [r.id]: value }));
                        }}
                      />
                      <Button disabled={busy !== null} onClick={() => void decide(r.id, 'approve')}>
                        {t('approvals.approve')}
                      </Button>{' '}
                      <Button variant="secondary" disabled={busy !== null} onClick={() => void decide(r.id, 'reject')}>
                        {t('approvals.reject')}
                      </Button>
                    </div>
                  ) : null}
                </section>
              ))}
            {!d.mine.length ? <p>{t('approvals.mineNone')}</p> : null}
            {d.mine.length ? (
              <DataTable
                caption={t('approvals.mine', { count: d.mine.length })}
                rows={d.mine}
                rowKey={(r) => r.id}
                columns={[
                  { key: 'kind', header: t('approvals.col.kind'), cell: (r) => tCode('MoneyOperationKind', r.kind) },
                  { key: 'amount', header: t('approvals.col.amount'), cell: (r) => formatCents(r.amountCents, lang) },
                  {
                    key: 'state',
                    header: t('approvals.col.state'),
                    cell: (r) => `${tCode('ApprovalState', r.state)}${r.overdue ? ` · ${t('approvals.overdue')}` : ''}`,
                  },
                  { key: 'created', header: t('approvals.createdAt'), cell: (r) => formatDateTimeRome(String(r.createdAt), lang) },
                  {
                    key: 'decided',
                    header: t('approvals.col.decidedAt'),
                    cell: (r) => (r.decidedAt ? formatDateTimeRome(String(r.decidedAt), lang) : '—'),
                  },
                  { key: 'decider', header: t('approvals.col.decider'), cell: (r) => r.decider?.displayName ?? '—' },
                  { key: 'note', header: t('approvals.col.note'), cell: (r) => r.decisionNote ?? '—' },
                ]}
              />
            ) : null}
          </>
        )}
      </QueryState>
      <ApprovalRules />
    </>
  );
}

/** Which operations need a second person, from which amount, who approves; and the latest approved changes of these rules. */
function ApprovalRules() {
  const { t, tCode, lang } = useI18n();
  const { data, loading, error } = useQuery(APPROVAL_RULES, { fetchPolicy: 'cache-and-network' });
  return (
    <QueryState loading={loading && !data} error={error} data={data}>
      {(d) => (
        <>
          <h2>{t('approvals.rules')}</h2>
          <p>{t('approvals.rulesIntro')}</p>
          <DataTable
            caption={t('approvals.rulesTable')}
            rows={d.approvalRules}
            rowKey={(r) => r.kind}
            columns={[
              { key: 'kind', header: t('approvals.col.kind'), cell: (r) => tCode('MoneyOperationKind', r.kind) },
              {
                key: 'when',
                header: t('approvals.col.when'),
                cell: (r) =>
                  !r.required
                    ? t('approvals.rule.never')
                    : r.thresholdCents > 0
                      ? t('approvals.rule.from', { amount: formatCents(r.thresholdCents, lang) })
                      : t('approvals.rule.always'),
              },
              {
                key: 'who',
                header: t('approvals.col.who'),
                cell: (r) =>
                  r.kind === 'CHANGE_APPROVAL_RULE'
                    ? t('approvals.rule.otherAdmin')
                    : `${tCode('ApproverRole', r.approverRole)}${
                        r.approverUserIds.length ? ` · ${t('approvals.rule.named', { count: r.approverUserIds.length })}` : ''
                      }`,
              },
            ]}
          />
          {d.approvalRuleChanges.length ? (
            <DataTable
              caption={t('approvals.ruleChanges', { count: Math.min(d.approvalRuleChanges.length, 10) })}
              rows={d.approvalRuleChanges.slice(0, 10)}
              rowKey={(c) => c.id}
              columns={[
                { key: 'when', header: t('approvals.col.changedAt'), cell: (c) => formatDateTimeRome(String(c.changedAt), lang) },
                { key: 'kind', header: t('approvals.col.kind'), cell: (c) => tCode('MoneyOperationKind', c.kind) },
                { key: 'reason', header: t('approvals.col.note'), cell: (c) => c.reason },
              ]}
            />
          ) : (
            <p>{t('approvals.ruleChangesNone')}</p>
          )}
        </>
      )}
    </QueryState>
  );
}
