import { formatMonth } from '@ixl/ui';
import { withEmptyMonths } from './format.js';
import { localDefinitions } from './definitions.js';
import { municipalityName, useI18n } from '@ixl/ui';
import type { StaffMonitoringReportQuery } from '../../gql/graphql.js';
import { FigureSection, Tile } from './figure-section.js';
import { num } from './format.js';

type Placements = StaffMonitoringReportQuery['companiesPlacementReport'];
type Row = Placements['byType'][number];

/** Placements and persons placed by every dimension of the annual report, the company ranking and stages. */
export function PlacementFigures({ report, period, range }: { report: Placements; period: string; range: { from: string; to: string } }) {
  const { t, tEnum, lang } = useI18n();
  const def = localDefinitions(report.definitions, 'placements', t);
  const breakdown = (id: string, title: string, rows: Row[], label: (key: string) => string, definition?: string) => (
    <FigureSection
      key={id}
      id={id}
      title={title}
      definition={definition}
      period={period}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { key: 'key', header: title, value: (r) => label(r.key) },
        { key: 'placements', header: t('monitoring.col.placements'), value: (r) => r.placements },
        { key: 'persons', header: t('monitoring.col.personsPlaced'), value: (r) => r.persons },
      ]}
      chart={{
        label: (r) => label(r.key),
        series: [
          { name: t('monitoring.col.placements'), value: (r) => r.placements },
          { name: t('monitoring.col.personsPlaced'), value: (r) => r.persons },
        ],
        layout: rows.length > 8 ? 'vertical' : 'horizontal',
      }}
    />
  );
  return (
    <section aria-labelledby="monitoring-placements">
      <h2 id="monitoring-placements">{t('monitoring.placements')}</h2>
      <div className="monitoring-tiles">
        <Tile label={t('monitoring.col.placements')} value={num(report.placements, lang)} definition={def.placements} />
        <Tile label={t('monitoring.col.personsPlaced')} value={num(report.personsPlaced, lang)} definition={def.personsPlaced} />
      </div>
      {breakdown('placements-by-type', t('monitoring.byType'), report.byType, (k) => tEnum('placementType', k), def.byType)}
      {breakdown(
        'placements-by-contract',
        t('monitoring.byContract'),
        report.byContract,
        (k) => tEnum('monitoring.contract', k),
        def.byContract,
      )}
      {breakdown('placements-by-sex', t('monitoring.bySex'), report.bySex, (k) => tEnum('monitoring.sex', k), def.bySex)}
      {breakdown(
        'placements-by-nationality',
        t('monitoring.byNationality'),
        report.byNationality,
        (k) => tEnum('monitoring.nationality', k),
        def.byNationality,
      )}
      {breakdown('placements-by-age', t('monitoring.byAge'), report.byAge, (k) => tEnum('monitoring.age', k), def.byAge)}
      {breakdown(
        'placements-by-month',
        t('monitoring.byMonth'),
        withEmptyMonths(report.byMonth, range.from, range.to, (key) => ({ ...report.byMonth[0], key, placements: 0, persons: 0 }) as Row),
        (k) => formatMonth(k, lang),
        def.byMonth,
      )}
      {breakdown('placements-by-district', t('monitoring.byDistrict'), report.byDistrict, (k) => k, def.byDistrict)}
      {breakdown(
        'placements-by-municipality',
        t('monitoring.byMunicipality'),
        report.byMunicipality,
        (k) => municipalityName(k),
        def.byMunicipality,
      )}
      <FigureSection
        id="company-ranking"
        title={t('monitoring.ranking')}
        definition={def.companyRanking}
        period={period}
        rows={report.companyRanking}
        rowKey={(r) => r.companyId}
        columns={[
          { key: 'rank', header: t('monitoring.col.rank'), value: (r) => r.rank },
          { key: 'company', header: t('monitoring.col.company'), value: (r) => r.companyName },
          { key: 'placements', header: t('monitoring.col.placements'), value: (r) => r.placements },
        ]}
        chart={{
          label: (r) => r.companyName,
          series: [{ name: t('monitoring.col.placements'), value: (r) => r.placements }],
          layout: 'vertical',
        }}
      />
      <FigureSection
        id="stages"
        title={t('monitoring.stages')}
        definition={def.stages}
        period={period}
        rows={[
          { key: 'started', value: report.stagesStarted },
          { key: 'continued', value: report.stagesContinued },
          { key: 'converted', value: report.stagesConverted },
        ]}
        rowKey={(r) => r.key}
        columns={[
          { key: 'stage', header: t('monitoring.col.stage'), value: (r) => t(`monitoring.stage.${r.key}`) },
          { key: 'count', header: t('monitoring.col.count'), value: (r) => r.value },
        ]}
        chart={{ label: (r) => t(`monitoring.stage.${r.key}`), series: [{ name: t('monitoring.col.count'), value: (r) => r.value }] }}
      />
    </section>
  );
}
