import { useQuery } from '@apollo/client/react';
import { QueryState } from '@ixl/portal-client';
import { DataTable, Details, PageTitle, formatCents, formatDate, useI18n } from '@ixl/ui';
import { graphql } from '../../gql/index.js';
import { RouteLink } from '../vacancies/route-link.js';
import { useRefusalText } from './refusal.js';
import { SettlementsSection } from './settlements-section.js';

const FINANCE = graphql(`
  query StaffFinance {
    guaranteeFund {
      asOf
      plafondCents
      exposureCents
      freeCapacityCents
      calledCents
    }
    loans {
      id
      bank
      principalCents
      annualRateBps
      termMonths
      graceMonths
      status
      disbursedOn
      project {
        id
        title
        organisationName
      }
      position {
        outstandingPrincipalCents
        overdueCents
        daysPastDue
      }
    }
    grants {
      id
      status
      refusalReasonCode
      refusalParams
      approvedOn
      totalCents
      investmentCents
      servicesCents
      disbursedCents
      project {
        id
        title
      }
    }
    budgetLines {
      id
      label
      funder
      fromYear
      toYear
      amountCents
      committedCents
      disbursedCents
      availableCents
    }
    financeLedger(first: 50) {
      id
      bookedOn
      account
      amountCents
      memo
      reversesEntryId
    }
  }
`);

/** Loans (with arrears), grants, the guarantee fund, budget lines per funder and the latest ledger movements. */
export function FinancePage() {
  const { t, tEnum, lang } = useI18n();
  const refusalText = useRefusalText();
  const { data, loading, error } = useQuery(FINANCE);
  const rate = (bps: number) =>
    `${new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB', { minimumFractionDigits: 2 }).format(bps / 100)}%`;
  return (
    <>
      <PageTitle>{t('finance.title')}</PageTitle>
      <QueryState loading={loading} error={error} data={data}>
        {(d) => (
          <>
            <section className="ixl-card" aria-labelledby="guarantee-fund">
              <h2 id="guarantee-fund">{t('finance.fund.title')}</h2>
              <Details
                rows={[
                  [t('finance.fund.plafond'), formatCents(d.guaranteeFund.plafondCents, lang)],
                  [t('finance.fund.exposure'), formatCents(d.guaranteeFund.exposureCents, lang)],
                  [t('finance.fund.free'), formatCents(d.guaranteeFund.freeCapacityCents, lang)],
                  [t('finance.fund.called'), formatCents(d.guaranteeFund.calledCents, lang)],
                  [t('finance.fund.asOf'), formatDate(d.guaranteeFund.asOf, lang)],
                ]}
              />
            </section>
            <DataTable
              caption={t('finance.loans', { count: d.loans.length })}
              rows={d.loans}
              rowKey={(l) => l.id}
              columns={[
                {
                  key: 'project',
                  header: t('finance.col.project'),
                  cell: (l) => (
                    <RouteLink to="/finanza/prestito" params={{ id: l.id }}>
                      {l.project.title}
                    </RouteLink>
                  ),
                },
                { key: 'principal', header: t('finance.col.principal'), cell: (l) => formatCents(l.principalCents, lang) },
                {
                  key: 'terms',
                  header: t('finance.col.terms'),
                  cell: (l) => t('finance.terms', { rate: rate(l.annualRateBps), months: l.termMonths, grace: l.graceMonths }),
                },
                { key: 'bank', header: t('finance.col.bank'), cell: (l) => l.bank },
                { key: 'status', header: t('finance.col.status'), cell: (l) => tEnum('finance.loanStatus', l.status) },
                {
                  key: 'outstanding',
                  header: t('finance.col.outstanding'),
                  cell: (l) => formatCents(l.position.outstandingPrincipalCents, lang),
                },
                {
                  key: 'arrears',
                  header: t('finance.col.arrears'),
                  cell: (l) =>
                    l.position.overdueCents > 0
                      ? t('finance.arrears', { amount: formatCents(l.position.overdueCents, lang), days: l.position.daysPastDue })
                      : t('finance.noArrears'),
                },
              ]}
            />
            <DataTable
              caption={t('finance.grants', { count: d.grants.length })}
              rows={d.grants}
              rowKey={(g) => g.id}
              columns={[
                { key: 'project', header: t('finance.col.project'), cell: (g) => g.project.title },
                { key: 'approved', header: t('finance.col.approvedOn'), cell: (g) => formatDate(g.approvedOn, lang) },
                { key: 'total', header: t('finance.col.total'), cell: (g) => formatCents(g.totalCents, lang) },
                {
                  key: 'split',
                  header: t('finance.col.split'),
                  cell: (g) =>
                    t('finance.split', { investment: formatCents(g.investmentCents, lang), services: formatCents(g.servicesCents, lang) }),
                },
                { key: 'disbursed', header: t('finance.col.disbursed'), cell: (g) => formatCents(g.disbursedCents, lang) },
                {
                  key: 'status',
                  header: t('finance.col.status'),
                  cell: (g) =>
                    g.status === 'REFUSED'
                      ? t('finance.refusedBecause', { status: tEnum('finance.grantStatus', g.status), reason: refusalText(g) })
                      : tEnum('finance.grantStatus', g.status),
                },
              ]}
            />
            <SettlementsSection />
            <DataTable
              caption={t('finance.budget', { count: d.budgetLines.length })}
              rows={d.budgetLines}
              rowKey={(b) => b.id}
              columns={[
                { key: 'label', header: t('finance.col.line'), cell: (b) => b.label },
                { key: 'funder', header: t('finance.col.funder'), cell: (b) => tEnum('finance.funder', b.funder) },
                {
                  key: 'years',
                  header: t('finance.col.years'),
                  cell: (b) => (b.fromYear === b.toYear ? String(b.fromYear) : `${b.fromYear}–${b.toYear}`),
                },
                { key: 'amount', header: t('finance.col.amount'), cell: (b) => formatCents(b.amountCents, lang) },
                { key: 'committed', header: t('finance.col.committed'), cell: (b) => formatCents(b.committedCents, lang) },
                { key: 'disbursed', header: t('finance.col.disbursed'), cell: (b) => formatCents(b.disbursedCents, lang) },
                { key: 'available', header: t('finance.col.available'), cell: (b) => formatCents(b.availableCents, lang) },
              ]}
            />
            <DataTable
              caption={t('finance.ledger', { count: d.financeLedger.length })}
              rows={d.financeLedger}
              rowKey={(e) => e.id}
              columns={[
                { key: 'date', header: t('finance.col.bookedOn'), cell: (e) => formatDate(e.bookedOn, lang) },
                { key: 'account', header: t('finance.col.account'), cell: (e) => tEnum('finance.account', e.account) },
                { key: 'amount', header: t('finance.col.amount'), cell: (e) => formatCents(e.amountCents, lang) },
                {
                  key: 'memo',
                  header: t('finance.col.memo'),
                  cell: (e) => `${e.memo ?? '—'}${e.reversesEntryId ? ` (${t('finance.reversal')})` : ''}`,
                },
              ]}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
