import { useQuery } from '@apollo/client/react';
import { QueryState } from '@ixl/portal-client';
import { Details, useI18n } from '@ixl/ui';
import { graphql } from '../../gql/index.js';

const MY_JOB_INTERVIEWS = graphql(`
  query BeneficiaryMyJobInterviews {
    myJobInterviews {
      candidateId
      vacancyTitle
      companyName
      at
      place
      link
      note
    }
  }
`);

const whenFormat = (lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'it-IT', { timeZone: 'Europe/Rome', dateStyle: 'full', timeStyle: 'short' });

/** The card with its error (it failed to ask). */
function JobInterviewsError({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <section className="ixl-card" aria-labelledby="my-job-interviews">
      <h2 id="my-job-interviews">{t('jobInterviews.title')}</h2>
      <QueryState loading={false} error={error} data={undefined}>
        {() => null}
      </QueryState>
    </section>
  );
}

/** "I tuoi colloqui di lavoro": the job interviews companies invited the person to — day, time (Bologna), place or link. */
export function MyJobInterviews() {
  const { t, lang } = useI18n();
  const { data, loading, error } = useQuery(MY_JOB_INTERVIEWS, { fetchPolicy: 'cache-and-network' });
  // Only when there are some (most people have none): no card while it asks, which would vanish, moving the page up.
  if (!data?.myJobInterviews.length) return error ? <JobInterviewsError error={error} /> : null;
  return (
    <section className="ixl-card" aria-labelledby="my-job-interviews">
      <h2 id="my-job-interviews">{t('jobInterviews.title')}</h2>
      <QueryState loading={loading} error={error} data={data}>
        {(d) => (
          <ul className="ixl-list">
            {d.myJobInterviews.map((i) => (
              <li key={i.candidateId}>
                <h3>{t('jobInterviews.heading', { company: i.companyName, title: i.vacancyTitle })}</h3>
                <Details
                  rows={[
                    [t('jobInterviews.when'), whenFormat(lang).format(new Date(i.at))],
                    ...(i.place ? ([[t('jobInterviews.place'), i.place]] as [string, string][]) : []),
                    ...(i.link
                      ? ([
                          [
                            t('jobInterviews.link'),
                            <a key="link" href={i.link} target="_blank" rel="noopener noreferrer">
                              {t('jobInterviews.linkText')}
                            </a>,
                          ],
                        ] as [string, React.ReactNode][])
                      : []),
                    ...(i.note ? ([[t('jobInterviews.note'), i.note]] as [string, string][]) : []),
                  ]}
                />
                <p className="ixl-muted">{t('jobInterviews.help')}</p>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
