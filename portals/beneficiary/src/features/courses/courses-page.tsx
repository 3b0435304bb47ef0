import { useMutation, useQuery } from '@apollo/client/react';
import { QueryState, apiErrors } from '@ixl/portal-client';
import { Alert, Button, Notice, PageTitle, formatDate, subjectLabel, useI18n } from '@ixl/ui';
import { useState } from 'react';
import { graphql } from '../../gql/index.js';
import { MY_ENROLMENTS, MyEnrolments } from './my-enrolments.js';

const CATALOGUE = graphql(`
  query BeneficiaryCourseCatalogue {
    courseEditions {
      id
      title
      subject
      startDate
      endDate
      seats
      status
      trainingBody {
        id
        name
      }
    }
  }
`);

const REQUEST = graphql(`
  mutation BeneficiaryRequestEnrolment($editionId: ID!, $participantName: String, $codiceFiscale: String) {
    requestCourseEnrolment(editionId: $editionId, participantName: $participantName, codiceFiscale: $codiceFiscale) {
      id
      status
    }
  }
`);

/** My courses, and the active catalogue where I can ask to join an edition. */
export function CoursesPage() {
  const { t, lang, errorText } = useI18n();
  const catalogue = useQuery(CATALOGUE);
  const mine = useQuery(MY_ENROLMENTS);
  const [request, { loading }] = useMutation(REQUEST, { refetchQueries: [MY_ENROLMENTS] });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const enrolled = new Set((mine.data?.myBeneficiary?.enrolments ?? []).filter((e) => e.status === 'ENROLLED').map((e) => e.edition.id));
  const asked = new Set(
    (mine.data?.myBeneficiary?.enrolments ?? [])
      .filter((e) => e.status !== 'WITHDRAWN' && e.status !== 'REJECTED')
      .map((e) => e.edition.id),
  );

  const ask = async (id: string, title: string) => {
    try {
      // The training body sees who asks: the name and codice fiscale of the person's own record go with the request.
      const me = mine.data?.myBeneficiary;
      await request({
        variables: {
          editionId: id,
          participantName: me ? `${me.firstName} ${me.lastName}` : null,
          codiceFiscale: me?.codiceFiscale ?? null,
        },
      });
      setMessage({ ok: true, text: t('courses.requested', { title }) });
    } catch (error) {
      const errs = apiErrors(error);
      setMessage({
        ok: false,
        text: errs.map((e) => errorText(e)).join(' ') || t('error.generic'),
      });
    }
  };

  return (
    <>
      <PageTitle>{t('courses.title')}</PageTitle>
      <MyEnrolments />
      <section className="ixl-card" aria-labelledby="courses-catalogue">
        <h2 id="courses-catalogue">{t('courses.catalogue')}</h2>
        {message ? message.ok ? <Notice>{message.text}</Notice> : <Alert>{message.text}</Alert> : null}
        <QueryState loading={catalogue.loading} error={catalogue.error} data={catalogue.data}>
          {({ courseEditions }) =>
            courseEditions.length ? (
              <ul className="ixl-offers">
                {courseEditions.map((c) => (
                  <li key={c.id} className="ixl-offer">
                    <h3>{c.title}</h3>
                    <p>
                      {c.trainingBody.name} · {t('courses.dates', { from: formatDate(c.startDate, lang), to: formatDate(c.endDate, lang) })}
                    </p>
                    <p className="ixl-muted">{subjectLabel(t, c.subject)}</p>
                    {enrolled.has(c.id) ? (
                      <p>{t('courses.alreadyEnrolled')}</p>
                    ) : asked.has(c.id) ? (
                      <p>{t('courses.alreadyAsked')}</p>
                    ) : (
                      <Button
                        variant="secondary"
                        disabled={loading}
                        onClick={() => void ask(c.id, c.title)}
                        aria-label={t('courses.askFor', { title: c.title })}
                      >
                        {t('courses.ask')}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('courses.none')}</p>
            )
          }
        </QueryState>
      </section>
    </>
  );
}
