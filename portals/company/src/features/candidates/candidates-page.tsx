import { useQuery, useSubscription } from '@apollo/client/react';
import { QueryState, useLiveConnection } from '@ixl/portal-client';
import { Alert, Details, Link, PageTitle, QueryLink, formatDate, municipalityName, useI18n, useQueryParam } from '@ixl/ui';
import { useCallback, useMemo, useState } from 'react';
import { graphql } from '../../gql/index.js';
import { VacancyStatusActions } from '../vacancies/vacancy-status-actions.js';
import { CandidateCard } from './candidate-card.js';
import { describeLiveChange, type LiveChange } from './candidate-logic.js';

const VACANCY_CANDIDATES = graphql(`
  query CompanyVacancyCandidates($id: ID!) {
    vacancy(id: $id) {
      id
      title
      status
      municipalityCode
      openings
      startDate
      requiredSkills
      niceToHaveSkills
      italianLevel
      shifts
      hoursPerWeek
      candidates {
        id
        status
        firstName
        initials
        skills
        italianLevel
        shifts
        availableHoursPerWeek
        cvAvailable
        reasonCode
        reasonNote
        proposedAt
        updatedAt
        interviewAt
        interviewPlace
        interviewLink
        interviewNote
      }
    }
  }
`);

const CANDIDATE_CHANGED = graphql(`
  subscription CompanyCandidateChanged {
    candidateStatusChanged {
      id
      status
      firstName
      initials
      skills
      italianLevel
      shifts
      availableHoursPerWeek
      cvAvailable
      reasonCode
      reasonNote
      proposedAt
      updatedAt
      vacancy {
        id
      }
    }
  }
`);

const MAX_LIVE = 20;

/** The candidates IXL proposed for one of the company's vacancies (`?fabbisogno=<id>`), kept up to date live. */
export function CandidatesPage() {
  const { t, tEnum, lang } = useI18n();
  const id = useQueryParam('fabbisogno') ?? '';
  const { data, loading, error, refetch } = useQuery(VACANCY_CANDIDATES, {
    variables: { id },
    skip: !id,
    fetchPolicy: 'cache-and-network',
  });
  const status = useLiveConnection();
  const [changes, setChanges] = useState<(LiveChange & { at: Date })[]>([]);
  const known = useMemo(() => new Set(data?.vacancy.candidates.map((c) => c.id) ?? []), [data]);

  const onChange = useCallback(
    (c: Parameters<typeof describeLiveChange>[2]) => {
      const change = describeLiveChange(id, known, c);
      if (!change) return;
      setChanges((list) => [{ ...change, at: new Date() }, ...list].slice(0, MAX_LIVE));
      // A candidate new to this page: fetch the list again (the cache already updated known ones).
      if (!known.has(c.id)) void refetch();
    },
    [id, known, refetch],
  );
  useSubscription(CANDIDATE_CHANGED, { skip: !id, onData: ({ data: d }) => d.data && onChange(d.data.candidateStatusChanged) });

  const time = new Intl.DateTimeFormat(lang === 'it' ? 'it-IT' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'Europe/Rome',
  });
  const title = data ? t('candidates.title', { title: data.vacancy.title }) : t('candidates.titleShort');
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p>
        <Link to="/">{t('candidates.back')}</Link>
      </p>
      {!id ? <Alert>{t('candidates.missingId')}</Alert> : null}
      <QueryState loading={loading} error={error} data={data}>
        {(d) => {
          const v = d.vacancy;
          const active = v.candidates.filter((c) => !['REJECTED_BY_COMPANY', 'DECLINED_BY_CANDIDATE'].includes(c.status));
          const closed = v.candidates.filter((c) => !active.includes(c));
          return (
            <>
              <section className="ixl-card" aria-labelledby="vacancy-summary">
                <h2 id="vacancy-summary">{t('candidates.vacancy')}</h2>
                <Details
                  rows={[
                    [t('vacancy.status'), tEnum('vacancyStatus', v.status)],
                    [t('vacancy.municipality'), municipalityName(v.municipalityCode)],
                    [t('vacancy.openings'), v.openings],
                    [t('vacancyForm.startDate'), formatDate(v.startDate, lang)],
                    [t('vacancyForm.requiredSkills'), v.requiredSkills.join(', ') || '—'],
                  ]}
                />
                <VacancyStatusActions vacancy={v} />
                {v.status === 'DRAFT' || v.status === 'OPEN' ? (
                  <QueryLink to="/fabbisogni/modifica" query={{ fabbisogno: v.id }}>
                    {t('vacancies.edit', { title: v.title })}
                  </QueryLink>
                ) : null}
              </section>
              <section className="ixl-card" aria-labelledby="live-candidates">
                <h2 id="live-candidates">{t('candidates.live.title')}</h2>
                <p className="ixl-muted" role="status">
                  {t(`candidates.live.${status}`)}
                </p>
                <ol aria-live="polite" aria-relevant="additions" className="ixl-feed">
                  {changes.map((c) => (
                    <li key={`${c.id}:${c.status}:${c.at.getTime()}`}>
                      <time dateTime={c.at.toISOString()}>{time.format(c.at)}</time>{' '}
                      {c.kind === 'proposed'
                        ? t('candidates.live.proposed', { name: c.name })
                        : t('candidates.live.changed', { name: c.name, status: tEnum('candidateStatus', c.status) })}
                    </li>
                  ))}
                </ol>
                {changes.length ? null : <p>{t('candidates.live.empty')}</p>}
              </section>
              <section aria-labelledby="candidates-active">
                <h2 id="candidates-active">{t('candidates.active', { count: active.length })}</h2>
                {active.length ? active.map((c) => <CandidateCard key={c.id} candidate={c} vacancy={v} />) : <p>{t('candidates.none')}</p>}
              </section>
              {closed.length ? (
                <section aria-labelledby="candidates-closed">
                  <h2 id="candidates-closed">{t('candidates.closed', { count: closed.length })}</h2>
                  {closed.map((c) => (
                    <CandidateCard key={c.id} candidate={c} vacancy={v} />
                  ))}
                </section>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
