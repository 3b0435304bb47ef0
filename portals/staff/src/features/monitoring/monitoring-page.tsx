import { useQuery } from '@apollo/client/react';
import { QueryState, apiErrors, formErrors } from '@ixl/portal-client';
import { Alert, Button, PageTitle, SelectField, TextField, formatDate, useI18n } from '@ixl/ui';
import { DISTRICTS, MUNICIPALITIES } from '@ixl/territory';
import { useState, type FormEvent } from 'react';
import { MONITORING_REPORT } from './monitoring-query.js';
import { PeopleFigures } from './people-figures.js';
import { PlacementFigures } from './placement-figures.js';
import { FinanceFigures, ProjectFigures, TrainingFigures } from './programme-figures.js';
import { SurveySection } from './survey-section.js';
import { GovernanceDueSection } from './governance-due.js';
import { ProjectResultsFigures } from './project-results.js';
import './monitoring.css';
import { todayInRome } from '@ixl/calendar';

interface Filter {
  from: string;
  to: string;
  /** `d:<district>` or `m:<ISTAT code>`, empty for the whole metropolitan area. */
  territory: string;
}

function lastYear(): Filter {
  const y = Number(todayInRome().slice(0, 4)) - 1;
  return { from: `${y}-01-01`, to: `${y}-12-31`, territory: '' };
}

const yearOf = (iso: string, fallback: number) => (/^\d{4}-/.test(iso) ? Number(iso.slice(0, 4)) : fallback);

/** The annual report's figures, live from the subgraphs, for any period and territory: charts, tables, CSV and print. */
export function MonitoringPage() {
  const { t, errorText, lang } = useI18n();
  const [draft, setDraft] = useState<Filter>(lastYear);
  const [applied, setApplied] = useState<Filter>(draft);
  const territory = applied.territory;
  const variables = {
    from: applied.from,
    to: applied.to,
    district: territory.startsWith('d:') ? territory.slice(2) : null,
    municipalityCode: territory.startsWith('m:') ? territory.slice(2) : null,
    fromYear: yearOf(applied.from, 2000),
    toYear: Math.max(yearOf(applied.to, 2000), yearOf(applied.from, 2000)),
  };
  const { data, previousData, loading, error } = useQuery(MONITORING_REPORT, { variables });
  const shown = data ?? previousData;
  const fieldErrors = error ? formErrors(apiErrors(error), ['from', 'to', 'district', 'municipalityCode'], errorText).fields : {};
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  const set = (key: keyof Filter) => (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [key]: e.currentTarget.value });
  const period = `${applied.from}_${applied.to}${territory ? `_${territory.slice(2).replace(/[^A-Za-z0-9]+/g, '-')}` : ''}`;
  function apply(e: FormEvent) {
    e.preventDefault();
    setApplied(draft);
  }
  const territoryOptions = [
    ...DISTRICTS.map((d) => ({ value: `d:${d}`, label: t('monitoring.filter.district', { name: d }) })),
    ...MUNICIPALITIES.map((m) => ({ value: `m:${m.istatCode}`, label: m.name })),
  ];
  const territoryLabel = territoryOptions.find((o) => o.value === territory)?.label ?? t('monitoring.filter.allArea');
  return (
    <div className="monitoring">
      <PageTitle>{t('monitoring.title')}</PageTitle>
      <p className="monitoring-print-only">
        {t('monitoring.printHeading', {
          from: formatDate(applied.from, lang),
          to: formatDate(applied.to, lang),
          territory: territoryLabel,
        })}
      </p>
      <form className="ixl-card monitoring-no-print" aria-label={t('monitoring.filter.title')} onSubmit={apply} noValidate>
        <h2>{t('monitoring.filter.title')}</h2>
        <div className="ixl-grid">
          <TextField
            type="date"
            label={t('monitoring.filter.from')}
            value={draft.from}
            onChange={set('from')}
            error={fieldErrors.from}
            required
          />
          <TextField type="date" label={t('monitoring.filter.to')} value={draft.to} onChange={set('to')} error={fieldErrors.to} required />
          <SelectField
            label={t('monitoring.filter.territory')}
            value={draft.territory}
            onChange={set('territory')}
            placeholder={t('monitoring.filter.allArea')}
            options={territoryOptions}
            error={fieldErrors.district ?? fieldErrors.municipalityCode}
          />
        </div>
        <div className="ixl-actions">
          <Button type="submit">{t('monitoring.filter.apply')}</Button>
          <Button variant="secondary" onClick={() => window.print()}>
            {t('monitoring.print')}
          </Button>
        </div>
      </form>
      {hasFieldErrors ? <Alert>{t('error.formSummary')}</Alert> : null}
      <QueryState loading={loading} error={hasFieldErrors ? undefined : error} data={shown}>
        {(d) => (
          <>
            <nav className="ixl-card monitoring-no-print" aria-label={t('monitoring.sections')}>
              <ul className="monitoring-toc">
                {(['governance', 'people', 'placements', 'training', 'projects', 'finance', 'survey'] as const).map((s) => (
                  <li key={s}>
                    <a href={`#monitoring-${s}`}>{t(`monitoring.${s}`)}</a>
                  </li>
                ))}
              </ul>
            </nav>
            <PeopleFigures report={d.peopleReport} period={period} range={applied} />
            <PlacementFigures report={d.companiesPlacementReport} period={period} range={applied} />
            <TrainingFigures report={d.trainingReport} period={period} />
            <GovernanceDueSection rows={d.governanceDue} />
            <ProjectFigures projects={d.projectFunnel} selfEmployment={d.selfEmploymentFunnel} period={period}>
              <ProjectResultsFigures results={d.projectResults} period={period} />
            </ProjectFigures>
            <FinanceFigures report={d.financeReport} period={period} />
            <SurveySection />
          </>
        )}
      </QueryState>
    </div>
  );
}
