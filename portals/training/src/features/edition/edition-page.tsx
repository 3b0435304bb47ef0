import { useQuery } from '@apollo/client/react';
import { CourseRequests, QueryState } from '@ixl/portal-client';
import { DataTable, Details, Link, PageTitle, formatCents, formatDate, subjectLabel, useI18n, useQueryParam } from '@ixl/ui';
import { useCallback } from 'react';
import { graphql } from '../../gql/index.js';
import { AttendanceImport } from '../attendance/attendance-import.js';
import { KpiPanel, RiskPanel, formatPercent } from '../kpis/kpi-panel.js';
import { EditionLive } from '../live/edition-live.js';
import { OutcomeForm } from '../outcomes/outcome-form.js';

const EDITION = graphql(`
  query TrainingCourseEdition($id: ID!) {
    courseEdition(id: $id) {
      id
      title
      subject
      stream
      status
      startDate
      endDate
      seats
      totalCostCents
      sessions {
        id
        code
        date
        hours
      }
      enrolments {
        id
        participantName
        codiceFiscale
        status
        outcome
        qualificationObtained
        qualificationName
        droppedOutOn
        dropOutReason
        attendedHours
        attendancePercent
      }
      kpis {
        population
        placements
        employed
        permanent
        placementRate
        employmentRate
        permanentRate
        windowStart
        windowEnd
      }
      riskShare {
        totalCostCents
        atRiskCents
        atRiskPercent
        metric
        mode
        targetRatePercent
        achievedRatePercent
        projectedPayableCents
        projectedWithheldCents
        windowStart
        windowEnd
        windowOpen
        settlement {
          id
          payableCents
          withheldCents
          achievedRatePercent
          asOf
          revision
          revisions {
            id
            revision
            reason
            reasonCode
            placementStartDate
            revisedAt
            achievedRateBefore
            achievedRateAfter
            payableBeforeCents
            payableAfterCents
            deltaCents
          }
        }
      }
    }
    trainingSettlements {
      editionId
      paidCents
      outstandingCents
      paidOn
    }
  }
`);

/** One edition: KPIs and the 30% risk position, participants and their outcomes, attendance upload, live updates. */
export function EditionPage() {
  const { t, tEnum, lang } = useI18n();
  const id = useQueryParam('id') ?? '';
  const { data, loading, error, refetch } = useQuery(EDITION, { variables: { id }, skip: !id });
  const reload = useCallback(() => void refetch(), [refetch]);
  const title = data?.courseEdition?.title;
  return (
    <>
      <PageTitle>{title ?? t('edition.pageTitle')}</PageTitle>
      <p>
        <Link to="/">{t('edition.back')}</Link>
      </p>
      {!id || (data && !data.courseEdition) ? <p>{t('edition.notFound')}</p> : null}
      <QueryState loading={loading} error={error} data={data?.courseEdition ?? undefined}>
        {(e) => {
          const enrolled = e.enrolments.filter((n) => n.status === 'ENROLLED');
          const canUpload = e.status === 'ACTIVE' || e.status === 'COMPLETED';
          return (
            <>
              <section className="ixl-card" aria-labelledby="edition-summary">
                <h2 id="edition-summary">{t('edition.summary')}</h2>
                <Details
                  rows={[
                    [t('edition.subject'), subjectLabel(t, e.subject)],
                    [t('edition.stream'), tEnum('stream', e.stream)],
                    [t('edition.status'), tEnum('editionStatus', e.status)],
                    [t('edition.dates'), t('edition.range', { from: formatDate(e.startDate, lang), to: formatDate(e.endDate, lang) })],
                    [t('edition.seats'), t('edition.seatsValue', { enrolled: enrolled.length, seats: e.seats })],
                    [t('edition.cost'), formatCents(e.totalCostCents, lang)],
                  ]}
                />
              </section>
              <KpiPanel kpis={e.kpis} />
              <RiskPanel risk={e.riskShare} payment={data?.trainingSettlements.find((p) => p.editionId === e.id)} />
              <EditionLive editionId={e.id} onChange={reload} />
              <CourseRequests editionId={e.id} onChange={reload} />
              {canUpload ? (
                <AttendanceImport editionId={e.id} sessions={e.sessions} onImported={reload} />
              ) : (
                <p className="ixl-muted">{t('import.notOpen')}</p>
              )}
              <section className="ixl-card" aria-labelledby="participants-title">
                <h2 id="participants-title">{t('participants.title')}</h2>
                {enrolled.length ? (
                  <DataTable
                    caption={t('participants.count', { count: enrolled.length })}
                    captionHidden
                    rows={enrolled}
                    rowKey={(n) => n.id}
                    columns={[
                      { key: 'name', header: t('participants.name'), cell: (n) => n.participantName ?? '—' },
                      { key: 'cf', header: t('participants.codiceFiscale'), cell: (n) => n.codiceFiscale ?? '—' },
                      {
                        key: 'attendance',
                        header: t('participants.attendance'),
                        cell: (n) =>
                          t('participants.attendanceValue', { hours: n.attendedHours, percent: formatPercent(n.attendancePercent, lang) }),
                      },
                      {
                        key: 'outcome',
                        header: t('participants.outcome'),
                        cell: (n) =>
                          [
                            tEnum('outcomeValue', n.outcome),
                            n.qualificationObtained ? t('participants.qualified', { name: n.qualificationName ?? '' }).trim() : null,
                            n.droppedOutOn ? formatDate(n.droppedOutOn, lang) : null,
                          ]
                            .filter(Boolean)
                            .join(' · '),
                      },
                    ]}
                  />
                ) : (
                  <p>{t('participants.none')}</p>
                )}
              </section>
              {enrolled.length ? (
                <OutcomeForm participants={enrolled} startDate={e.startDate} endDate={e.endDate} onSaved={reload} />
              ) : null}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
