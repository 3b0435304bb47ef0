import { useQuery } from '@apollo/client/react';
import { QueryState } from '@ixl/portal-client';
import { DataTable, PageTitle, formatCents, formatDate, useI18n } from '@ixl/ui';
import { graphql } from '../../gql/index.js';
import { MoveProjectForm } from './move-project-form.js';
import { FormOfSupport, NonCashItems, RecordNonCashForm } from './project-support.js';

const PROJECTS = graphql(`
  query StaffProjects {
    projectCalls {
      id
      title
      kind
      opensOn
      closesOn
      maxAmountCents
    }
    projects {
      id
      title
      organisationName
      sector
      status
      submittedAt
      pathKind
      intakeMeetingOn
      labsDueBy
      monitoringEndsOn
      requestedAmountCents
      call {
        id
        title
      }
      labs {
        id
      }
      decisions {
        id
        committeeKind
        outcome
        fundingKind
        amountCents
      }
      nonCashSupport {
        id
        kind
        description
        valueCents
        providedOn
        decisionId
      }
      supportTotalCents
      history {
        id
        fromStatus
        toStatus
        on
        reason
      }
    }
    projectDeadlines {
      kind
      detail
      dueOn
      overdue
      project {
        id
        title
      }
    }
    selfEmploymentPaths {
      id
      businessIdea
      sector
      status
      submittedAt
      fundingNeedCents
    }
  }
`);

/** Calls, applications (projects) with their path, state and deadlines, and self-employment paths. */
export function ProjectsPage() {
  const { t, tEnum, lang } = useI18n();
  const { data, loading, error } = useQuery(PROJECTS);
  return (
    <>
      <PageTitle>{t('projects.title')}</PageTitle>
      <QueryState loading={loading} error={error} data={data}>
        {(d) => (
          <>
            <DataTable
              caption={t('projects.deadlines', { count: d.projectDeadlines.length })}
              rows={d.projectDeadlines}
              rowKey={(x) => `${x.project.id}-${x.kind}-${x.dueOn}`}
              columns={[
                { key: 'project', header: t('projects.col.project'), cell: (x) => x.project.title },
                { key: 'kind', header: t('projects.col.deadline'), cell: (x) => tEnum('projects.deadline', x.kind) },
                {
                  key: 'due',
                  header: t('projects.col.dueOn'),
                  cell: (x) => `${formatDate(x.dueOn, lang)}${x.overdue ? ` (${t('projects.overdue')})` : ''}`,
                },
              ]}
            />
            <DataTable
              caption={t('projects.applications', { count: d.projects.length })}
              rows={d.projects}
              rowKey={(p) => p.id}
              columns={[
                { key: 'title', header: t('projects.col.project'), cell: (p) => p.title },
                { key: 'org', header: t('projects.col.organisation'), cell: (p) => p.organisationName },
                { key: 'sector', header: t('projects.col.sector'), cell: (p) => tEnum('projects.sector', p.sector) },
                { key: 'status', header: t('projects.col.status'), cell: (p) => tEnum('projects.status', p.status) },
                { key: 'call', header: t('projects.col.call'), cell: (p) => p.call?.title ?? '—' },
                { key: 'submitted', header: t('projects.col.submitted'), cell: (p) => formatDate(String(p.submittedAt), lang) },
                {
                  key: 'path',
                  header: t('projects.col.path'),
                  cell: (p) =>
                    [
                      p.pathKind ? tEnum('projects.path', p.pathKind) : null,
                      p.labsDueBy ? t('projects.labsDue', { count: p.labs.length, date: formatDate(p.labsDueBy, lang) }) : null,
                      p.monitoringEndsOn ? t('projects.monitoringEnds', { date: formatDate(p.monitoringEndsOn, lang) }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ') || '—',
                },
                {
                  key: 'last',
                  header: t('projects.col.lastMove'),
                  cell: (p) => {
                    const h = p.history[p.history.length - 1];
                    return h
                      ? `${formatDate(h.on, lang)}: ${tEnum('projects.status', h.toStatus)}${h.reason ? ` — ${h.reason}` : ''}`
                      : '—';
                  },
                },
                { key: 'move', header: t('projects.col.action'), cell: (p) => <MoveProjectForm project={p} /> },
              ]}
            />
            <DataTable
              caption={t('projects.support.title', { count: d.projects.length })}
              rows={d.projects}
              rowKey={(p) => p.id}
              columns={[
                { key: 'title', header: t('projects.col.project'), cell: (p) => p.title },
                { key: 'form', header: t('projects.col.formOfSupport'), cell: (p) => <FormOfSupport project={p} /> },
                {
                  key: 'total',
                  header: t('projects.col.supportTotal'),
                  cell: (p) => (p.supportTotalCents != null ? formatCents(p.supportTotalCents, lang) : '—'),
                },
                { key: 'nonCash', header: t('projects.col.nonCash'), cell: (p) => <NonCashItems project={p} /> },
                { key: 'record', header: t('projects.col.recordSupport'), cell: (p) => <RecordNonCashForm project={p} /> },
              ]}
            />
            <DataTable
              caption={t('projects.calls', { count: d.projectCalls.length })}
              rows={d.projectCalls}
              rowKey={(c) => c.id}
              columns={[
                { key: 'title', header: t('projects.col.call'), cell: (c) => c.title },
                { key: 'kind', header: t('projects.col.kind'), cell: (c) => tEnum('projects.callKind', c.kind) },
                { key: 'opens', header: t('projects.col.opens'), cell: (c) => formatDate(c.opensOn, lang) },
                {
                  key: 'closes',
                  header: t('projects.col.closes'),
                  cell: (c) => (c.closesOn ? formatDate(c.closesOn, lang) : t('projects.alwaysOpen')),
                },
                {
                  key: 'max',
                  header: t('projects.col.max'),
                  cell: (c) => (c.maxAmountCents != null ? formatCents(c.maxAmountCents, lang) : '—'),
                },
              ]}
            />
            <DataTable
              caption={t('projects.selfEmployment', { count: d.selfEmploymentPaths.length })}
              rows={d.selfEmploymentPaths}
              rowKey={(s) => s.id}
              columns={[
                { key: 'idea', header: t('projects.col.idea'), cell: (s) => s.businessIdea },
                { key: 'sector', header: t('projects.col.sector'), cell: (s) => tEnum('projects.sector', s.sector) },
                { key: 'status', header: t('projects.col.status'), cell: (s) => tEnum('projects.seStatus', s.status) },
                { key: 'submitted', header: t('projects.col.submitted'), cell: (s) => formatDate(String(s.submittedAt), lang) },
                {
                  key: 'need',
                  header: t('projects.col.fundingNeed'),
                  cell: (s) => (s.fundingNeedCents != null ? formatCents(s.fundingNeedCents, lang) : '—'),
                },
              ]}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
