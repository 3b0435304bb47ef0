import {
  DataTable,
  Details,
  formatDate,
  municipalityName,
  useI18n,
  formatDateTime,
  statusReasonText,
  countryName,
  formatMonth,
} from '@ixl/ui';
import type { ReactNode } from 'react';
import type { StaffBeneficiaryRecordQuery } from '../../gql/graphql.js';
import { ASSESSMENT_PATH, RouteLink } from './record-link.js';

export type Person = NonNullable<StaffBeneficiaryRecordQuery['beneficiary']>;

/** A titled card of the record (a region named by its heading). */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="ixl-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function PersonalSection({ b }: { b: Person }) {
  const { t, tEnum, lang } = useI18n();
  const yes = (v: boolean) => (v ? t('beneficiaries.record.yes') : t('beneficiaries.record.no'));
  return (
    <Section id="record-personal" title={t('beneficiaries.record.personal')}>
      <Details
        rows={[
          [t('beneficiary.codiceFiscale'), b.codiceFiscale],
          [t('beneficiaries.record.birthDate'), `${formatDate(b.birthDate, lang)} (${t('beneficiaries.record.age', { age: b.age })})`],
          [t('beneficiaries.record.sex'), tEnum('beneficiaries.record.sex', b.sex)],
          [t('beneficiaries.record.citizenship'), countryName(b.citizenship, lang)],
          [t('beneficiaries.record.email'), b.email],
          [t('beneficiaries.record.phone'), b.phone],
          [t('beneficiary.municipality'), b.municipalityName ?? municipalityName(b.municipalityCode)],
          [t('beneficiaries.record.domicile'), b.domicileMunicipalityCode ? municipalityName(b.domicileMunicipalityCode) : null],
          [
            t('beneficiaries.record.education'),
            [tEnum('beneficiaries.record.education', b.educationLevel), b.educationTitle].filter((x) => x && x !== '—').join(' · ') || null,
          ],
          [t('beneficiaries.record.italian'), b.italianLevel ? tEnum('profile.level', b.italianLevel) : null],
          [t('beneficiaries.record.skills'), b.skills.map((s) => s.label).join(', ') || null],
          [t('beneficiaries.record.hours'), b.availableHoursPerWeek],
          [t('beneficiaries.record.licence'), `${yes(b.drivingLicence)} / ${yes(b.ownVehicle)}`],
          [
            t('beneficiaries.record.referringBody'),
            [tEnum('beneficiaries.record.referringBody', b.referringBody), b.referringBodyName].filter((x) => x && x !== '—').join(' · ') ||
              null,
          ],
          [t('beneficiary.registeredAt'), formatDate(b.registeredAt, lang)],
          [
            t('beneficiaries.record.consent'),
            b.privacyConsentAt
              ? t('beneficiaries.record.consentText', {
                  at: formatDateTime(b.privacyConsentAt, lang),
                  // The notice's version is the month it was published ("2026-01").
                  version: b.privacyNoticeVersion
                    ? /^\d{4}-\d{2}$/.test(b.privacyNoticeVersion)
                      ? formatMonth(b.privacyNoticeVersion, lang)
                      : b.privacyNoticeVersion
                    : '—',
                })
              : null,
          ],
          [t('beneficiaries.record.mailOptOut'), yes(b.mailOptOut)],
          [t('beneficiaries.record.cvShare'), yes(b.cvShareConsent)],
        ]}
      />
    </Section>
  );
}

/** Staff-only working data: profile, readiness, the interview SLA and the fuori protocollo proposal. */
export function StaffOnlySection({ b }: { b: Person }) {
  const { t, tEnum, lang } = useI18n();
  const sla = b.interviewSla;
  const slaText = sla.interviewedAt
    ? t(sla.metSla ? 'beneficiaries.record.sla.met' : 'beneficiaries.record.sla.missed', {
        date: formatDate(sla.interviewedAt, lang),
        days: sla.daysWaited,
      })
    : sla.overdue
      ? t('beneficiaries.record.sla.overdue', { date: formatDate(sla.dueDate, lang), days: -(sla.daysLeft ?? 0) })
      : t('beneficiaries.record.sla.waiting', { date: formatDate(sla.dueDate, lang), days: sla.daysLeft ?? 0 });
  const p = b.fuoriProtocolloProposal;
  return (
    <Section id="record-staff" title={t('beneficiaries.record.staffOnly')}>
      <Details
        rows={[
          [t('beneficiary.status'), tEnum('status', b.status, { sex: b.sex })],
          [t('beneficiaries.record.profile'), tEnum('beneficiaries.profile', b.profile)],
          [t('beneficiaries.readiness'), tEnum('beneficiaries.readinessValue', b.readiness)],
          [
            t('beneficiaries.record.fuoriProtocolloReason'),
            b.fuoriProtocolloReason ? tEnum('beneficiaries.fpReason', b.fuoriProtocolloReason) : null,
          ],
          [t('beneficiaries.record.sla'), <span className={sla.overdue ? 'staff-overdue' : undefined}>{slaText}</span>],
          [
            t('beneficiaries.record.proposal'),
            p.propose
              ? t('beneficiaries.record.proposal.yes', {
                  reason: tEnum('beneficiaries.fpReason', p.reason),
                  calls: p.unansweredCalls,
                  missed: p.missedInterviews,
                })
              : t('beneficiaries.record.proposal.no', { calls: p.unansweredCalls, missed: p.missedInterviews }),
          ],
        ]}
      />
    </Section>
  );
}

export function HistorySection({ b }: { b: Person }) {
  const { t, tEnum, lang } = useI18n();
  return (
    <Section id="record-history" title={t('beneficiaries.record.history')}>
      <DataTable
        caption={t('beneficiaries.record.history')}
        captionHidden
        rows={b.statusHistory}
        rowKey={(h) => h.id}
        columns={[
          { key: 'at', header: t('beneficiaries.record.when'), cell: (h) => formatDateTime(h.at, lang) },
          { key: 'from', header: t('beneficiaries.record.from'), cell: (h) => (h.from ? tEnum('status', h.from, { sex: b.sex }) : '—') },
          { key: 'to', header: t('beneficiaries.record.to'), cell: (h) => tEnum('status', h.to, { sex: b.sex }) },
          {
            key: 'reason',
            header: t('beneficiaries.record.reason'),
            cell: (h) =>
              [h.fuoriProtocolloReason ? tEnum('beneficiaries.fpReason', h.fuoriProtocolloReason) : null, statusReasonText(t, lang, h)]
                .filter(Boolean)
                .join(' · ') || '—',
          },
        ]}
      />
    </Section>
  );
}

export function InterviewsSection({ b }: { b: Person }) {
  const { t, tEnum, lang } = useI18n();
  return (
    <Section id="record-interviews" title={t('beneficiaries.record.interviews')}>
      {b.interviews.length ? (
        <DataTable
          caption={t('beneficiaries.record.interviews')}
          captionHidden
          rows={b.interviews}
          rowKey={(i) => i.id}
          columns={[
            { key: 'when', header: t('beneficiaries.record.when'), cell: (i) => formatDateTime(i.scheduledAt, lang) },
            {
              key: 'mode',
              header: t('beneficiaries.record.mode'),
              cell: (i) => `${tEnum('beneficiaries.mode', i.mode)}${i.location ? ` · ${i.location}` : ''}`,
            },
            { key: 'operator', header: t('beneficiaries.record.operator'), cell: (i) => i.operatorName },
            { key: 'status', header: t('beneficiary.status'), cell: (i) => tEnum('beneficiaries.interviewStatus', i.status) },
            { key: 'notes', header: t('beneficiaries.record.notes'), cell: (i) => i.outcomeNotes ?? '—' },
          ]}
        />
      ) : (
        <p>{t('beneficiaries.record.noInterviews')}</p>
      )}
      <h3>{t('beneficiaries.record.contacts')}</h3>
      {b.contactAttempts.length ? (
        <ul>
          {b.contactAttempts.map((c) => (
            <li key={c.id}>
              {formatDateTime(c.at, lang)} · {tEnum('beneficiaries.channel', c.channel)} ·{' '}
              {c.answered ? t('beneficiaries.record.answered') : t('beneficiaries.record.notAnswered')}
              {c.notes ? ` · ${c.notes}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('beneficiaries.record.noContacts')}</p>
      )}
    </Section>
  );
}

export function AssessmentsSection({ b }: { b: Person }) {
  const { t, tEnum, lang } = useI18n();
  return (
    <Section id="record-assessments" title={t('beneficiaries.record.assessments')}>
      {b.assessments.length ? (
        <DataTable
          caption={t('beneficiaries.record.assessments')}
          captionHidden
          rows={b.assessments}
          rowKey={(a) => a.id}
          columns={[
            { key: 'when', header: t('beneficiaries.record.when'), cell: (a) => formatDateTime(a.assessedAt, lang) },
            {
              key: 'score',
              header: t('beneficiaries.record.score'),
              cell: (a) => t('beneficiaries.record.scoreOf', { score: a.score, threshold: a.threshold }),
            },
            { key: 'profile', header: t('beneficiaries.record.profile'), cell: (a) => tEnum('beneficiaries.profile', a.profile) },
            { key: 'readiness', header: t('beneficiaries.readiness'), cell: (a) => tEnum('beneficiaries.readinessValue', a.readiness) },
            { key: 'version', header: t('beneficiaries.record.instrument'), cell: (a) => `v${a.instrumentVersion}` },
          ]}
        />
      ) : (
        <p>{t('beneficiaries.record.noAssessments')}</p>
      )}
      <RouteLink to={ASSESSMENT_PATH} params={{ id: b.id }}>
        {t('beneficiaries.record.assess')}
      </RouteLink>
    </Section>
  );
}

export function PathSection({ b }: { b: Person }) {
  const { t, tEnum, lang } = useI18n();
  const unavailable = <p className="ixl-muted">{t('beneficiaries.record.unavailable')}</p>;
  return (
    <Section id="record-path" title={t('beneficiaries.record.path')}>
      <h3>{t('beneficiary.placements')}</h3>
      {b.placements === null ? (
        unavailable
      ) : b.placements.length ? (
        <ul>
          {b.placements.map((p) => (
            <li key={p.id}>
              {tEnum('placementType', p.type)} · {p.company?.name ?? '—'} · {formatDate(p.startDate, lang)}
              {p.endDate ? ` – ${formatDate(p.endDate, lang)}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('beneficiaries.record.none')}</p>
      )}
      <h3>{t('beneficiary.enrolments')}</h3>
      {b.enrolments === null ? (
        unavailable
      ) : b.enrolments.length ? (
        <ul>
          {b.enrolments.map((e) => (
            <li key={e.id}>
              {e.edition.title} · {e.edition.trainingBody.name} · {tEnum('courses.enrolment', e.status)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('beneficiaries.record.none')}</p>
      )}
      <h3>{t('beneficiaries.record.candidacies')}</h3>
      {b.candidacies === null ? (
        unavailable
      ) : b.candidacies.length ? (
        <ul>
          {b.candidacies.map((c) => (
            <li key={c.id}>
              {c.vacancy.title} · {c.vacancy.company.name} · {tEnum('vacancies.pipeline.stage', c.status)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('beneficiaries.record.noneCandidacies')}</p>
      )}
    </Section>
  );
}
