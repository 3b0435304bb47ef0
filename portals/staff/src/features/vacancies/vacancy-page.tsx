import { useMutation, useQuery } from '@apollo/client/react';
import { QueryState, apiErrors } from '@ixl/portal-client';
import { Alert, Button, DataTable, Details, Link, Notice, PageTitle, SelectField, formatDate, municipalityName, useI18n } from '@ixl/ui';
import { useState } from 'react';
import { graphql } from '../../gql/index.js';
import { MatchExplanationView } from './match-explanation.js';
import { PipelineLive } from './pipeline-live.js';
import { PipelineSection } from './pipeline-section.js';
import { useSearchParam } from './use-search-param.js';

export const VACANCY_MATCHING = graphql(`
  query StaffVacancyMatching($id: ID!, $limit: Int!) {
    vacancy(id: $id) {
      id
      title
      status
      openings
      municipalityCode
      hoursPerWeek
      contractType
      italianLevel
      maxDistanceKm
      requiredSkills
      niceToHaveSkills
      shifts
      startDate
      tasks
      company {
        id
        name
      }
    }
    matchCandidates(vacancyId: $id, limit: $limit) {
      beneficiaryId
      firstName
      lastInitial
      municipalityCode
      score
      explanation {
        summary
        matchedSkills
        missingSkills
        matchedNiceToHave
        italianFit
        italianLevel
        requiredItalianLevel
        distanceKm
        maxDistanceKm
        matchedShifts
        missingShifts
        availableHoursPerWeek
        requiredHoursPerWeek
        contractFit
      }
    }
    vacancyCandidates(vacancyId: $id) {
      id
      status
      score
      firstName
      initials
      reasonCode
      reasonNote
      staffNote
      proposedAt
      updatedAt
      beneficiary {
        id
        firstName
        lastName
      }
      history {
        from
        to
        reasonCode
        reasonNote
        at
      }
    }
  }
`);

const SHORTLIST = graphql(`
  mutation StaffShortlistCandidate($input: ProposeCandidateInput!) {
    shortlistCandidate(input: $input) {
      id
      status
    }
  }
`);

const PROPOSE = graphql(`
  mutation StaffProposeCandidate($input: ProposeCandidateInput!) {
    proposeCandidate(input: $input) {
      id
      status
    }
  }
`);

/** A vacancy's matching screen: the ranked people with their reasons, and the vacancy's pipeline. */
export function VacancyPage() {
  const { t, tEnum, lang, errorText } = useI18n();
  const id = useSearchParam('id');
  const [limit, setLimit] = useState(20);
  const {
    data,
    previousData,
    loading,
    error,
    refetch: reload,
  } = useQuery(VACANCY_MATCHING, { variables: { id: id ?? '', limit }, skip: !id });
  const refetch = [{ query: VACANCY_MATCHING, variables: { id: id ?? '', limit } }];
  const [shortlist, shortlisting] = useMutation(SHORTLIST, { refetchQueries: refetch, awaitRefetchQueries: true });
  const [propose, proposing] = useMutation(PROPOSE, { refetchQueries: refetch, awaitRefetchQueries: true });
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const busy = shortlisting.loading || proposing.loading;

  async function act(kind: 'shortlist' | 'propose', beneficiaryId: string, name: string) {
    if (!id) return;
    setDone(null);
    setFailed(null);
    try {
      await (kind === 'shortlist' ? shortlist : propose)({ variables: { input: { vacancyId: id, beneficiaryId } } });
      setDone(t(kind === 'shortlist' ? 'vacancies.matching.shortlisted' : 'vacancies.matching.proposed', { name }));
    } catch (e) {
      const first = apiErrors(e)[0];
      setFailed(first ? errorText(first) : t('error.generic'));
    }
  }

  if (!id) return <Alert>{t('vacancies.vacancy.missing')}</Alert>;
  return (
    <QueryState loading={loading} error={error} data={data ?? previousData}>
      {(d) => {
        const v = d.vacancy;
        return (
          <>
            <PageTitle>{t('vacancies.vacancy.title', { title: v.title, company: v.company.name })}</PageTitle>
            <p>
              <Link to="/fabbisogni">{t('vacancies.vacancy.back')}</Link>
            </p>
            <section className="ixl-card" aria-labelledby="vacancy-details">
              <h2 id="vacancy-details">{t('vacancies.vacancy.details')}</h2>
              <Details
                rows={[
                  [t('vacancies.col.status'), tEnum('vacancies.status', v.status)],
                  [t('vacancies.col.municipality'), municipalityName(v.municipalityCode)],
                  [t('vacancies.col.openings'), v.openings],
                  [t('vacancies.vacancy.requiredSkills'), v.requiredSkills.join(', ') || '—'],
                  [t('vacancies.vacancy.niceToHave'), v.niceToHaveSkills.join(', ') || '—'],
                  [t('vacancies.vacancy.italian'), v.italianLevel ?? '—'],
                  [t('vacancies.vacancy.hours'), v.hoursPerWeek ?? '—'],
                  [t('vacancies.vacancy.shifts'), v.shifts.map((s) => tEnum('vacancies.shift', s)).join(', ') || '—'],
                  [t('vacancies.vacancy.contract'), tEnum('vacancies.contract', v.contractType)],
                  [t('vacancies.vacancy.radius'), `${v.maxDistanceKm} km`],
                  [t('vacancies.col.startDate'), formatDate(v.startDate, lang)],
                ]}
              />
            </section>
            <PipelineSection vacancyId={v.id} candidates={d.vacancyCandidates} />
            <PipelineLive vacancyId={v.id} onChange={() => void reload()} />
            <section aria-labelledby="matching-title">
              <h2 id="matching-title">{t('vacancies.matching.title')}</h2>
              <p className="ixl-muted">{t('vacancies.matching.intro')}</p>
              <SelectField
                label={t('vacancies.matching.limit')}
                value={String(limit)}
                onChange={(e) => setLimit(Number(e.currentTarget.value))}
                options={[10, 20, 50, 100].map((n) => ({ value: String(n), label: t('vacancies.matching.limitOption', { count: n }) }))}
              />
              {done ? <Notice>{done}</Notice> : null}
              {failed ? <Alert>{failed}</Alert> : null}
              {v.status !== 'OPEN' ? <Notice>{t('vacancies.matching.notOpen')}</Notice> : null}
              {d.matchCandidates.length === 0 ? (
                <p>{t('vacancies.matching.none')}</p>
              ) : (
                <DataTable
                  caption={t('vacancies.matching.caption', { count: d.matchCandidates.length })}
                  captionHidden
                  rows={d.matchCandidates}
                  rowKey={(m) => m.beneficiaryId}
                  columns={[
                    { key: 'rank', header: t('vacancies.matching.col.rank'), cell: (m) => d.matchCandidates.indexOf(m) + 1 },
                    { key: 'name', header: t('vacancies.matching.col.name'), cell: (m) => `${m.firstName} ${m.lastInitial}.` },
                    {
                      key: 'score',
                      header: t('vacancies.matching.col.score'),
                      cell: (m) => t('vacancies.matching.score', { score: m.score }),
                    },
                    {
                      key: 'municipality',
                      header: t('vacancies.matching.col.municipality'),
                      cell: (m) => municipalityName(m.municipalityCode),
                    },
                    {
                      key: 'why',
                      header: t('vacancies.matching.col.why'),
                      cell: (m) => <MatchExplanationView explanation={m.explanation} />,
                    },
                    {
                      key: 'actions',
                      header: t('vacancies.matching.col.actions'),
                      cell: (m) => {
                        const name = `${m.firstName} ${m.lastInitial}.`;
                        return (
                          <div className="ixl-actions">
                            <Button
                              variant="secondary"
                              disabled={busy || v.status !== 'OPEN'}
                              aria-label={t('vacancies.matching.shortlistFor', { name })}
                              onClick={() => void act('shortlist', m.beneficiaryId, name)}
                            >
                              {t('vacancies.matching.shortlist')}
                            </Button>
                            <Button
                              disabled={busy || v.status !== 'OPEN'}
                              aria-label={t('vacancies.matching.proposeFor', { name })}
                              onClick={() => void act('propose', m.beneficiaryId, name)}
                            >
                              {t('vacancies.matching.propose')}
                            </Button>
                          </div>
                        );
                      },
                    },
                  ]}
                />
              )}
            </section>
          </>
        );
      }}
    </QueryState>
  );
}
