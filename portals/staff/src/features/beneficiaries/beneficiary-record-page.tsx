import { useQuery } from '@apollo/client/react';
import { ProfileEditor, QueryState } from '@ixl/portal-client';
import { Alert, Link, PageTitle, useI18n } from '@ixl/ui';
import { AuditRecordLink } from '../audit/audit-record-link.js';
import { ContactAttemptForm, ScheduleInterviewForm } from '../queues/contact-forms.js';
import { LifecycleSection } from './record-actions.js';
import { useParams } from './record-link.js';
import { BENEFICIARY_RECORD } from './record-query.js';
import {
  AssessmentsSection,
  HistorySection,
  InterviewsSection,
  PathSection,
  PersonalSection,
  Section,
  StaffOnlySection,
} from './record-sections.js';
import { DocumentsSection, InterviewOutcomeForm, ServicesSection } from './record-services.js';

const WAITING = ['REGISTERED', 'INTERVIEW_SCHEDULED'];

/** One person's record (`?id=`): data, staff-only fields, history, interviews, assessment, services, documents, path, actions. */
export function BeneficiaryRecordPage() {
  const { t, tEnum } = useI18n();
  const id = useParams().get('id') ?? '';
  const { data, loading, error } = useQuery(BENEFICIARY_RECORD, { variables: { id }, skip: !id });
  if (!id) {
    return (
      <>
        <PageTitle>{t('beneficiaries.record.title')}</PageTitle>
        <Alert>{t('beneficiaries.record.notFound')}</Alert>
        <Link to="/beneficiari">{t('beneficiaries.record.back')}</Link>
      </>
    );
  }
  const b = data?.beneficiary;
  return (
    <>
      <PageTitle>{b ? `${b.lastName} ${b.firstName}` : t('beneficiaries.record.title')}</PageTitle>
      <p>
        <Link to="/beneficiari">{t('beneficiaries.record.back')}</Link>
      </p>
      <AuditRecordLink beneficiaryId={id} />
      <QueryState loading={loading} error={error} data={data}>
        {(d) => {
          const p = d.beneficiary;
          if (!p) return <Alert>{t('beneficiaries.record.notFound')}</Alert>;
          const scheduled = p.interviews.find((i) => i.status === 'SCHEDULED');
          return (
            <>
              <p className="ixl-lead" role="status" aria-live="polite">
                {t('beneficiaries.record.statusLine', { status: tEnum('status', p.status, { sex: p.sex }) })}
                {p.readiness ? ` · ${tEnum('beneficiaries.readinessValue', p.readiness)}` : ''}
              </p>
              <PersonalSection b={p} />
              <ProfileEditor beneficiaryId={p.id} />
              <StaffOnlySection b={p} />
              <LifecycleSection b={p} />
              {WAITING.includes(p.status) || scheduled ? (
                <Section id="record-intake" title={t('beneficiaries.record.intake')}>
                  <div className="ixl-grid">
                    {scheduled ? <InterviewOutcomeForm interviewId={scheduled.id} /> : null}
                    <ContactAttemptForm beneficiaryId={p.id} headingId="record-contact" />
                    {WAITING.includes(p.status) ? <ScheduleInterviewForm beneficiaryId={p.id} headingId="record-schedule" /> : null}
                  </div>
                </Section>
              ) : null}
              <HistorySection b={p} />
              <InterviewsSection b={p} />
              <AssessmentsSection b={p} />
              <ServicesSection b={p} />
              <DocumentsSection b={p} />
              <PathSection b={p} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
