import { useQuery } from '@apollo/client/react';
import { QueryState } from '@ixl/portal-client';
import { Alert, Link, PageTitle, useI18n } from '@ixl/ui';
import { RecordLink, useParams } from '../beneficiaries/record-link.js';
import { AssessmentForm } from './assessment-form.js';
import { ASSESSMENT_FORM } from './assessment-query.js';

const ASSESSABLE = ['INTERVIEWED', 'IN_TARGET', 'NOT_IN_TARGET', 'ACTIVE'];

/** The fragility assessment of one person (`?id=`), driven by the active instrument version. */
export function AssessmentPage() {
  const { t, tEnum } = useI18n();
  const id = useParams().get('id') ?? '';
  const { data, loading, error } = useQuery(ASSESSMENT_FORM, { variables: { id }, skip: !id });
  const b = data?.beneficiary;
  return (
    <>
      <PageTitle>{b ? t('assessment.titleFor', { name: `${b.firstName} ${b.lastName}` }) : t('assessment.title')}</PageTitle>
      {!id ? (
        <>
          <Alert>{t('beneficiaries.record.notFound')}</Alert>
          <Link to="/beneficiari">{t('beneficiaries.record.back')}</Link>
        </>
      ) : (
        <QueryState loading={loading} error={error} data={data}>
          {(d) => {
            const person = d.beneficiary;
            const instrument = d.assessmentInstrument;
            if (!person) return <Alert>{t('beneficiaries.record.notFound')}</Alert>;
            if (!instrument) return <Alert>{t('assessment.noInstrument')}</Alert>;
            return (
              <>
                <p>
                  <RecordLink id={person.id}>{t('assessment.backToRecord')}</RecordLink>
                </p>
                <p>
                  {t('assessment.current', {
                    status: tEnum('status', person.status),
                    profile: tEnum('beneficiaries.profile', person.profile),
                    readiness: tEnum('beneficiaries.readinessValue', person.readiness),
                  })}
                </p>
                {ASSESSABLE.includes(person.status) ? null : (
                  <Alert>{t('assessment.notAssessable', { status: tEnum('status', person.status) })}</Alert>
                )}
                <AssessmentForm beneficiaryId={person.id} instrument={instrument} />
              </>
            );
          }}
        </QueryState>
      )}
    </>
  );
}
