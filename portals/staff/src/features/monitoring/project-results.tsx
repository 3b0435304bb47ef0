import { formatCents, formatDate, useI18n } from '@ixl/ui';
import type { StaffMonitoringReportQuery } from '../../gql/graphql.js';
import { FigureSection } from './figure-section.js';
import { num } from './format.js';

type Results = StaffMonitoringReportQuery['projectResults'];
type Row = Results['total'];

/** The figures of the Social Seed summary, in its order (seeds/002_17a94da3cd3539a0.txt:5). */
const FIGURES = ['applications', 'accompanied', 'funded', 'placements', 'stages', 'jobs', 'peopleEmployed', 'partnerships'] as const;

/**
 * Project results per year and in total (applications, accompanied, funded, placements, people employed,
 * partnerships, euro), with each figure's definition; then the projects presented to the committee and not funded.
 */
export function ProjectResultsFigures({ results, period }: { results: Results; period: string }) {
  const { t, lang, tCode } = useI18n();
  const euro = (cents: number) => formatCents(cents, lang);
  const yearLabel = (r: Row) => (r.year == null ? t('monitoring.results.total') : String(r.year));
  const rows = [...results.years, results.total];
  const definitions = new Map(results.definitions.map((d) => [d.figure, lang === 'it' ? d.definitionIt : d.definition]));
  const granted = {
    key: 'grantedCents',
    header: t('monitoring.results.grantedCents'),
    value: (r: Row) => euro(r.grantedCents),
    csv: (r: Row) => r.grantedCents / 100,
  };
  // Loans and the total support (non-cash support included) in their own figure, so each table fits the page.
  const supportColumns = [
    granted,
    {
      key: 'loanCents',
      header: t('monitoring.results.loanCents'),
      value: (r: Row) => euro(r.loanCents),
      csv: (r: Row) => r.loanCents / 100,
    },
    {
      key: 'supportValueCents',
      header: t('monitoring.results.supportValueCents'),
      value: (r: Row) => euro(r.supportValueCents),
      csv: (r: Row) => r.supportValueCents / 100,
    },
  ];
  const notFundedSteps = [
    'presented',
    'presentedNotFunded',
    'notFundedRejected',
    'notFundedWithdrawn',
    'notFundedStandBy',
    'notFundedPending',
  ] as const;
  return (
    <>
      <FigureSection
        id="project-results"
        title={t('monitoring.results.title')}
        definition={t('monitoring.results.definition')}
        period={period}
        rows={rows}
        chartRows={results.years}
        rowKey={(r) => String(r.year ?? 'total')}
        columns={[
          { key: 'year', header: t('monitoring.col.year'), value: yearLabel },
          ...FIGURES.map((f) => ({ key: f, header: t(`monitoring.results.${f}`), value: (r: Row) => r[f] })),
          granted,
        ]}
        chart={{
          label: yearLabel,
          series: (['applications', 'accompanied', 'funded', 'placements', 'peopleEmployed'] as const).map((f) => ({
            name: t(`monitoring.results.${f}`),
            value: (r: Row) => r[f],
          })),
        }}
      >
        <dl className="monitoring-definitions">
          {[...FIGURES, 'placementsWithoutPerson', 'grantedCents', 'loanCents', 'supportValueCents'].map((f) => (
            <div key={f}>
              <dt>{t(`monitoring.results.${f}`)}</dt>
              <dd>{definitions.get(f) ?? '—'}</dd>
            </div>
          ))}
        </dl>
        {results.total.placementsWithoutPerson ? (
          <p>{t('monitoring.results.withoutPerson', { count: results.total.placementsWithoutPerson })}</p>
        ) : null}
      </FigureSection>
      <FigureSection
        id="project-support"
        title={t('monitoring.results.supportTitle')}
        definition={definitions.get('supportValueCents')}
        period={period}
        rows={rows}
        chartRows={results.years}
        rowKey={(r) => String(r.year ?? 'total')}
        columns={[{ key: 'year', header: t('monitoring.col.year'), value: yearLabel }, ...supportColumns]}
        chart={{
          label: yearLabel,
          series: supportColumns.map((c) => ({ name: c.header, value: (r: Row) => c.csv(r) })),
        }}
      />
      <FigureSection
        id="projects-not-funded"
        title={t('monitoring.notFunded.title')}
        definition={definitions.get('presentedNotFunded')}
        period={period}
        rows={rows}
        chartRows={results.years}
        rowKey={(r) => String(r.year ?? 'total')}
        columns={[
          { key: 'year', header: t('monitoring.col.year'), value: yearLabel },
          ...notFundedSteps.map((f) => ({ key: f, header: t(`monitoring.notFunded.${f}`), value: (r: Row) => r[f] })),
        ]}
        chart={{
          label: yearLabel,
          series: (['presented', 'presentedNotFunded'] as const).map((f) => ({
            name: t(`monitoring.notFunded.${f}`),
            value: (r: Row) => r[f],
          })),
        }}
      />
      <FigureSection
        id="projects-not-funded-list"
        title={t('monitoring.notFunded.listTitle')}
        definition={t('monitoring.notFunded.listDefinition')}
        period={period}
        rows={results.notFunded}
        rowKey={(r) => r.project.id}
        columns={[
          { key: 'project', header: t('monitoring.notFunded.project'), value: (r) => `${r.project.title} (${r.project.organisationName})` },
          { key: 'presentedOn', header: t('monitoring.notFunded.presentedOn'), value: (r) => formatDate(r.presentedOn, lang) },
          { key: 'status', header: t('monitoring.notFunded.status'), value: (r) => tCode('ProjectStatus', r.status) },
          {
            key: 'decision',
            header: t('monitoring.notFunded.decision'),
            value: (r) =>
              r.lastDecision
                ? `${tCode('CommitteeKind', r.lastDecision.committeeKind)}: ${tCode('CommitteeDecisionOutcome', r.lastDecision.outcome)}`
                : '—',
          },
          {
            key: 'lastStep',
            header: t('monitoring.notFunded.lastStep'),
            value: (r) => (r.lastStepOn ? `${formatDate(r.lastStepOn, lang)}${r.lastStepReason ? ` — ${r.lastStepReason}` : ''}` : '—'),
          },
          {
            key: 'results',
            header: t('monitoring.notFunded.results'),
            value: (r) =>
              t('monitoring.notFunded.resultsText', {
                partnerships: num(r.partnerships, lang),
                stages: num(r.stages, lang),
                jobs: num(r.jobs, lang),
              }),
          },
        ]}
      />
    </>
  );
}
