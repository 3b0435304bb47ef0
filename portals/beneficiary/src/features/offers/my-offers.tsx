import { useQuery } from '@apollo/client/react';
import { QueryState } from '@ixl/portal-client';
import { formatDate, municipalityName, useI18n } from '@ixl/ui';
import { graphql } from '../../gql/index.js';
import { matchReasons } from './match-reasons.js';

const MY_OFFERS = graphql(`
  query BeneficiaryMyOffers {
    myVacancyMatches(limit: 5) {
      vacancyId
      title
      tasks
      municipalityCode
      contractType
      hoursPerWeek
      startDate
      score
      explanation {
        matchedSkills
        missingSkills
        matchedNiceToHave
        italianFit
        distanceKm
        maxDistanceKm
        matchedShifts
        missingShifts
        availableHoursPerWeek
        requiredHoursPerWeek
        contractFit
        vocabularyMatches {
          term
          conceptLabel
          matched
        }
      }
    }
    myBeneficiary {
      id
      candidacies {
        id
        status
        proposedAt
        vacancy {
          id
          title
          municipalityCode
        }
      }
    }
  }
`);

/** Open vacancies that match me (with why), and the ones I was proposed for. */
export function MyOffers() {
  const { t, tEnum, lang } = useI18n();
  const { data, loading, error } = useQuery(MY_OFFERS);
  return (
    <section className="ixl-card" aria-labelledby="path-offers">
      <h2 id="path-offers">{t('offers.title')}</h2>
      <QueryState loading={loading} error={error} data={data}>
        {({ myVacancyMatches: matches, myBeneficiary }) => (
          <>
            {matches.length ? (
              <ul className="ixl-offers">
                {matches.map((m) => (
                  <li key={m.vacancyId} className="ixl-offer">
                    <h3>{m.title}</h3>
                    <p>
                      {municipalityName(m.municipalityCode)}
                      {m.contractType ? ` · ${tEnum('contract', m.contractType)}` : ''}
                      {m.hoursPerWeek ? ` · ${t('offers.hours', { hours: m.hoursPerWeek })}` : ''}
                      {m.startDate ? ` · ${t('offers.from', { date: formatDate(m.startDate, lang) })}` : ''}
                    </p>
                    {m.tasks ? <p className="ixl-muted">{m.tasks}</p> : null}
                    <p>{t('offers.score', { score: m.score })}</p>
                    <h4>{t('offers.why')}</h4>
                    <ul>
                      {matchReasons(m.explanation).map((r) => (
                        <li key={r.key}>{t(r.key, r.vars)}</li>
                      ))}
                    </ul>
                    <p className="ixl-muted">{t('offers.howToApply')}</p>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('offers.none')}</p>
            )}
            {myBeneficiary?.candidacies?.length ? (
              <>
                <h3>{t('offers.proposals')}</h3>
                <ul>
                  {myBeneficiary.candidacies.map((c) => (
                    <li key={c.id}>
                      {c.vacancy.title} ({municipalityName(c.vacancy.municipalityCode)}): {tEnum('candidate', c.status)}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
      </QueryState>
    </section>
  );
}
