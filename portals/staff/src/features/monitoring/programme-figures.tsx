import type { ReactNode } from 'react';
import { percentNumber } from './csv.js';
import { localDefinitions } from './definitions.js';
import { formatCents, subjectLabel, useI18n } from '@ixl/ui';
import type { StaffMonitoringReportQuery } from '../../gql/graphql.js';
import { FigureSection, Tile } from './figure-section.js';
import { num, percent } from './format.js';

type Q = StaffMonitoringReportQuery;

/** Training packages by subject and course KPIs. */
export function TrainingFigures({ report, period }: { report: Q['trainingReport']; period: string }) {
  const { t, lang } = useI18n();
  const def = localDefinitions(report.definitions, 'training', t);
  return (
    <section aria-labelledby="monitoring-training">
      <h2 id="monitoring-training">{t('monitoring.training')}</h2>
      <div className="monitoring-tiles">
        <Tile label={t('monitoring.packages')} value={num(report.packages, lang)} definition={def.packages} />
        <Tile label={t('monitoring.completed')} value={num(report.completed, lang)} definition={def.completed} />
        <Tile label={t('monitoring.droppedOut')} value={num(report.droppedOut, lang)} />
        <Tile label={t('monitoring.qualified')} value={num(report.qualified, lang)} />
      </div>
      <FigureSection
        id="packages-by-subject"
        title={t('monitoring.packagesBySubject')}
        definition={def.packagesBySubject}
        period={period}
        rows={report.packagesBySubject}
        rowKey={(r) => r.key}
        columns={[
          { key: 'subject', header: t('monitoring.col.subject'), value: (r) => subjectLabel(t, r.key) },
          { key: 'count', header: t('monitoring.packages'), value: (r) => r.count },
          { key: 'share', header: t('monitoring.col.share'), value: (r) => percent(r.share, lang), csv: (r) => percentNumber(r.share) },
        ]}
        chart={{ label: (r) => subjectLabel(t, r.key), series: [{ name: t('monitoring.packages'), value: (r) => r.count }] }}
      />
      <FigureSection
        id="course-kpis"
        title={t('monitoring.courseKpis')}
        definition={def.courses}
        period={period}
        rows={report.courses}
        rowKey={(r) => r.editionId}
        columns={[
          { key: 'course', header: t('monitoring.col.course'), value: (r) => `${r.title} (${r.trainingBodyName})` },
          { key: 'population', header: t('monitoring.col.population'), value: (r) => r.population },
          { key: 'placements', header: t('monitoring.col.placements'), value: (r) => r.placements },
          {
            key: 'placementRate',
            header: t('monitoring.col.placementRate'),
            value: (r) => `${num(r.placementRate, lang)}%`,
            csv: (r) => r.placementRate,
          },
          {
            key: 'employmentRate',
            header: t('monitoring.col.employmentRate'),
            value: (r) => `${num(r.employmentRate, lang)}%`,
            csv: (r) => r.employmentRate,
          },
          {
            key: 'permanentRate',
            header: t('monitoring.col.permanentRate'),
            value: (r) => `${num(r.permanentRate, lang)}%`,
            csv: (r) => r.permanentRate,
          },
        ]}
        chart={{
          label: (r) => r.title,
          series: [
            { name: t('monitoring.col.placementRate'), value: (r) => r.placementRate },
            { name: t('monitoring.col.employmentRate'), value: (r) => r.employmentRate },
            { name: t('monitoring.col.permanentRate'), value: (r) => r.permanentRate },
          ],
        }}
      />
    </section>
  );
}

/** Social-innovation and self-employment funnels by sector and year. */
export function ProjectFigures({
  projects,
  selfEmployment,
  period,
  children,
}: {
  projects: Q['projectFunnel'];
  selfEmployment: Q['selfEmploymentFunnel'];
  period: string;
  /** Figures shown first in the section (the project results). */
  children?: ReactNode;
}) {
  const { t, tEnum } = useI18n();
  const steps = ['applied', 'accompanied', 'evaluated', 'funded', 'rejected', 'withdrawn', 'standBy'] as const;
  const seSteps = ['applied', 'accompanied', 'evaluated', 'approved', 'started', 'rejected', 'withdrawn', 'standBy'] as const;
  return (
    <section aria-labelledby="monitoring-projects">
      <h2 id="monitoring-projects">{t('monitoring.projects')}</h2>
      {children}
      <FigureSection
        id="project-funnel"
        title={t('monitoring.projectFunnel')}
        definition={t('monitoring.projectFunnel.definition')}
        period={period}
        rows={projects}
        rowKey={(r) => `${r.year}-${r.sector}`}
        columns={[
          { key: 'year', header: t('monitoring.col.year'), value: (r) => r.year },
          { key: 'sector', header: t('monitoring.col.sector'), value: (r) => tEnum('monitoring.sector', r.sector) },
          ...steps.map((s) => ({ key: s, header: t(`monitoring.step.${s}`), value: (r: Q['projectFunnel'][number]) => r[s] })),
        ]}
        chart={{
          label: (r) => `${r.year} ${tEnum('monitoring.sector', r.sector)}`,
          series: (['applied', 'accompanied', 'funded'] as const).map((s) => ({
            name: t(`monitoring.step.${s}`),
            value: (r: Q['projectFunnel'][number]) => r[s],
          })),
        }}
      />
      <FigureSection
        id="self-employment-funnel"
        title={t('monitoring.selfEmploymentFunnel')}
        definition={t('monitoring.selfEmploymentFunnel.definition')}
        period={period}
        rows={selfEmployment}
        rowKey={(r) => String(r.year)}
        columns={[
          { key: 'year', header: t('monitoring.col.year'), value: (r) => r.year },
          ...seSteps.map((s) => ({ key: s, header: t(`monitoring.step.${s}`), value: (r: Q['selfEmploymentFunnel'][number]) => r[s] })),
        ]}
        chart={{
          label: (r) => String(r.year),
          series: (['applied', 'accompanied', 'approved', 'started'] as const).map((s) => ({
            name: t(`monitoring.step.${s}`),
            value: (r: Q['selfEmploymentFunnel'][number]) => r[s],
          })),
        }}
      />
    </section>
  );
}

/** Finance totals: approvals, disbursements, loans outstanding, guarantee fund, budget use. */
export function FinanceFigures({ report, period }: { report: Q['financeReport']; period: string }) {
  const { t, tEnum, lang } = useI18n();
  const def = localDefinitions(report.definitions, 'finance', t);
  const euro = (cents: number) => formatCents(cents, lang);
  return (
    <section aria-labelledby="monitoring-finance">
      <h2 id="monitoring-finance">{t('monitoring.finance')}</h2>
      <div className="monitoring-tiles">
        <Tile
          label={t('monitoring.grantsApproved', { count: report.grantsApprovedCount })}
          value={euro(report.grantsApprovedCents)}
          definition={def.grantsApproved}
        />
        <Tile
          label={t('monitoring.loansApproved', { count: report.loansApprovedCount })}
          value={euro(report.loansApprovedCents)}
          definition={def.loansApproved}
        />
        <Tile label={t('monitoring.loansOutstanding')} value={euro(report.loansOutstandingCents)} definition={def.loansOutstanding} />
        <Tile label={t('monitoring.exposure')} value={euro(report.exposureCents)} definition={def.fundExposure} />
        <Tile
          label={t('monitoring.freeCapacity')}
          value={euro(report.freeCapacityCents)}
          definition={t('monitoring.plafondCalled', { plafond: euro(report.plafondCents), called: euro(report.calledCents) })}
        />
      </div>
      <FigureSection
        id="disbursed"
        title={t('monitoring.disbursed')}
        definition={def.disbursed}
        period={period}
        rows={report.disbursed}
        rowKey={(r) => r.account}
        columns={[
          { key: 'account', header: t('monitoring.col.account'), value: (r) => tEnum('monitoring.account', r.account) },
          { key: 'euro', header: t('monitoring.col.euro'), value: (r) => euro(r.cents), csv: (r) => r.cents / 100 },
        ]}
        chart={{
          label: (r) => tEnum('monitoring.account', r.account),
          series: [{ name: t('monitoring.col.euro'), value: (r) => r.cents / 100 }],
          layout: 'vertical',
        }}
      />
      <FigureSection
        id="budget-use"
        title={t('monitoring.budget')}
        definition={def.budgetUse}
        period={period}
        rows={report.budgetLines}
        rowKey={(r) => r.id}
        columns={[
          { key: 'line', header: t('monitoring.col.budgetLine'), value: (r) => `${r.label} (${r.funder}, ${r.fromYear}–${r.toYear})` },
          { key: 'amount', header: t('monitoring.col.amount'), value: (r) => euro(r.amountCents), csv: (r) => r.amountCents / 100 },
          {
            key: 'committed',
            header: t('monitoring.col.committed'),
            value: (r) => euro(r.committedCents),
            csv: (r) => r.committedCents / 100,
          },
          {
            key: 'disbursed',
            header: t('monitoring.col.disbursedEuro'),
            value: (r) => euro(r.disbursedCents),
            csv: (r) => r.disbursedCents / 100,
          },
          { key: 'use', header: t('monitoring.col.use'), value: (r) => percent(r.use, lang), csv: (r) => percentNumber(r.use) },
        ]}
        chart={{
          label: (r) => r.label,
          series: [
            { name: t('monitoring.col.amount'), value: (r) => r.amountCents / 100 },
            { name: t('monitoring.col.committed'), value: (r) => r.committedCents / 100 },
            { name: t('monitoring.col.disbursedEuro'), value: (r) => r.disbursedCents / 100 },
          ],
        }}
      />
    </section>
  );
}
