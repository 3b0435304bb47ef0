import { percentNumber } from './csv.js';
import { formatMonth } from '@ixl/ui';
import { withEmptyMonths } from './format.js';
import { localDefinitions } from './definitions.js';
import { useI18n } from '@ixl/ui';
import type { StaffMonitoringReportQuery } from '../../gql/graphql.js';
import { FigureSection, Tile } from './figure-section.js';
import { num, percent } from './format.js';

type People = StaffMonitoringReportQuery['peopleReport'];

/** Registrations, interviews, target and readiness shares, days to first interview, fuori protocollo. */
export function PeopleFigures({ report, period, range }: { report: People; period: string; range: { from: string; to: string } }) {
  const { t, tEnum, lang } = useI18n();
  const def = localDefinitions(report.definitions, 'people', t);
  return (
    <section aria-labelledby="monitoring-people">
      <h2 id="monitoring-people">{t('monitoring.people')}</h2>
      <div className="monitoring-tiles">
        <Tile label={t('monitoring.registrations')} value={num(report.registrations, lang)} />
        <Tile label={t('monitoring.interviewed')} value={num(report.interviewed, lang)} definition={def.interviewed} />
        <Tile
          label={t('monitoring.inTargetShare')}
          value={percent(report.inTargetShare, lang)}
          definition={t('monitoring.inTargetOf', { inTarget: report.inTarget, assessed: report.assessed })}
        />
        <Tile label={t('monitoring.inTargetOutOfArea')} value={num(report.inTargetOutOfArea, lang)} definition={def.inTargetOutOfArea} />
        <Tile
          label={t('monitoring.medianDays')}
          value={num(report.medianDaysToFirstInterview, lang)}
          definition={def.medianDaysToFirstInterview}
        />
        <Tile
          label={t('monitoring.within15')}
          value={percent(report.shareWithin15Days, lang)}
          definition={t('monitoring.within15Of', { count: report.interviewedWithin15Days, total: report.interviewed })}
        />
      </div>
      <FigureSection
        id="registrations-by-month"
        title={t('monitoring.registrationsByMonth')}
        definition={def.registrationsByMonth}
        period={period}
        rows={withEmptyMonths(report.registrationsByMonth, range.from, range.to, (key) => ({
          ...report.registrationsByMonth[0],
          key,
          count: 0,
        }))}
        rowKey={(r) => r.key}
        columns={[
          { key: 'month', header: t('monitoring.col.month'), value: (r) => formatMonth(r.key, lang) },
          { key: 'count', header: t('monitoring.col.registrations'), value: (r) => r.count },
        ]}
        chart={{ label: (r) => formatMonth(r.key, lang), series: [{ name: t('monitoring.col.registrations'), value: (r) => r.count }] }}
      />
      <FigureSection
        id="readiness"
        title={t('monitoring.readiness')}
        definition={def.readiness}
        period={period}
        rows={report.readiness}
        rowKey={(r) => r.key}
        columns={[
          { key: 'readiness', header: t('monitoring.col.readiness'), value: (r) => tEnum('monitoring.readiness', r.key) },
          { key: 'count', header: t('monitoring.col.persons'), value: (r) => r.count },
          { key: 'share', header: t('monitoring.col.share'), value: (r) => percent(r.share, lang), csv: (r) => percentNumber(r.share) },
        ]}
        chart={{
          label: (r) => tEnum('monitoring.readiness', r.key),
          series: [{ name: t('monitoring.col.persons'), value: (r) => r.count }],
        }}
      />
      <FigureSection
        id="fuori-protocollo"
        title={t('monitoring.fuoriProtocollo')}
        definition={def.fuoriProtocollo}
        period={period}
        rows={report.fuoriProtocollo}
        rowKey={(r) => r.reason}
        columns={[
          { key: 'reason', header: t('monitoring.col.reason'), value: (r) => tEnum('monitoring.fp', r.reason) },
          { key: 'entered', header: t('monitoring.col.entered'), value: (r) => r.entered },
          { key: 'current', header: t('monitoring.col.current'), value: (r) => r.current },
        ]}
        chart={{
          label: (r) => tEnum('monitoring.fp', r.reason),
          series: [
            { name: t('monitoring.col.entered'), value: (r) => r.entered },
            { name: t('monitoring.col.current'), value: (r) => r.current },
          ],
        }}
      />
    </section>
  );
}
