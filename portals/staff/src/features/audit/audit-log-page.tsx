import { useQuery } from '@apollo/client/react';
import { apiErrors, formErrors, QueryState, useSession } from '@ixl/portal-client';
import { Button, Notice, PageTitle, useI18n, useRouter } from '@ixl/ui';
import { useEffect, useRef, useState } from 'react';
import { AuditFilterForm, type AuditFieldErrors } from './audit-filter-form.js';
import {
  auditDraftFromParams,
  auditDraftProblems,
  auditParams,
  auditVariables,
  MAX_ROWS,
  pageSize,
  type AuditDraft,
} from './audit-filters.js';
import { AUDIT_LOG } from './audit-query.js';
import { AuditTable } from './audit-table.js';
import './audit.css';

export const AUDIT_PATH = '/registro-accessi';

/** API argument → the form field it concerns (and whether the portal has its own wording for it). */
const API_FIELDS: Record<string, { field: keyof AuditDraft; localised: boolean }> = {
  beneficiaryId: { field: 'persona', localised: true },
  actorId: { field: 'attore', localised: true },
  action: { field: 'azione', localised: false },
  source: { field: 'fonte', localised: false },
  from: { field: 'dal', localised: false },
  to: { field: 'al', localised: false },
  first: { field: 'righe', localised: true },
};

const fromAddress = () => auditDraftFromParams(new URLSearchParams(window.location.search));

/** Writes the applied filters to the address (no new history entry, no page change: the focus stays). */
function writeAddress(d: AuditDraft): void {
  const query = new URLSearchParams(auditParams(d)).toString();
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
}

/** ADMIN: the personal-data audit log (GDPR accountability); other roles see that it is reserved. */
export function AuditLogPage() {
  const { t, tEnum } = useI18n();
  const { user } = useSession();
  if (user.role !== 'ADMIN') {
    return (
      <>
        <PageTitle>{t('audit.title')}</PageTitle>
        <Notice>{t('audit.reserved', { role: tEnum('role', user.role) })}</Notice>
      </>
    );
  }
  return <AdminAuditLog />;
}

function AdminAuditLog() {
  const { t, errorText } = useI18n();
  const { navigations } = useRouter();
  const [applied, setApplied] = useState<AuditDraft>(fromAddress);
  const [draft, setDraft] = useState<AuditDraft>(applied);
  const [pages, setPages] = useState(1);
  const [checks, setChecks] = useState<AuditFieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  // A real navigation (menu, back, a link from a record) brings its own filters in the address.
  const [seenNavigation, setSeenNavigation] = useState(navigations);
  if (navigations !== seenNavigation) {
    const next = fromAddress();
    setSeenNavigation(navigations);
    setApplied(next);
    setDraft(next);
    setPages(1);
    setChecks({});
  }
  const size = pageSize(applied);
  const appliedProblems = auditDraftProblems(applied);
  const { data, previousData, loading, error, refetch } = useQuery(AUDIT_LOG, {
    variables: auditVariables(applied, size * pages),
    skip: Object.keys(appliedProblems).length > 0,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });

  const apiFieldErrors: AuditFieldErrors = {};
  const split = formErrors(apiErrors(error), Object.keys(API_FIELDS), errorText);
  for (const [apiField, message] of Object.entries(split.fields)) {
    const target = API_FIELDS[apiField];
    if (target) apiFieldErrors[target.field] = target.localised ? t(`audit.error.${apiField}`) : message;
  }
  const errors: AuditFieldErrors = { ...apiFieldErrors, ...checks };
  for (const [field, key] of Object.entries(appliedProblems)) errors[field === 'from' ? 'dal' : 'al'] ??= t(key);
  const errorKey = Object.entries(errors)
    .map(([k, v]) => `${k}:${v}`)
    .join('|');

  // After a search the focus goes to the first field in error (when the API's answer names one).
  const form = useRef<HTMLFormElement>(null);
  const focusedAttempt = useRef(0);
  useEffect(() => {
    if (!attempt || !errorKey || focusedAttempt.current === attempt) return;
    const target = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (target) {
      focusedAttempt.current = attempt;
      target.focus();
    }
  }, [attempt, errorKey]);

  const count = useRef<HTMLParagraphElement>(null);
  const search = (d: AuditDraft, focusCount = false) => {
    setDraft(d);
    setAttempt((a) => a + 1);
    const problems = auditDraftProblems(d);
    const local: AuditFieldErrors = {};
    if (problems.from) local.dal = t(problems.from);
    if (problems.to) local.al = t(problems.to);
    setChecks(local);
    if (Object.keys(local).length) return;
    const unchanged = JSON.stringify(auditParams(d)) === JSON.stringify(auditParams(applied)) && pages === 1;
    writeAddress(d);
    setApplied(d);
    setPages(1);
    if (unchanged) void refetch();
    if (focusCount) count.current?.focus();
  };

  const shown = data ?? previousData;
  const hasFieldError = Object.keys(apiFieldErrors).length > 0;
  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <p>{t('audit.intro')}</p>
      <AuditFilterForm formRef={form} draft={draft} errors={errors} onChange={setDraft} onSearch={(d) => search(d)} />
      {hasFieldError || Object.keys(appliedProblems).length ? null : (
        <QueryState loading={loading} error={error} data={shown}>
          {(d) => {
            const { nodes, totalCount } = d.personalDataAudit;
            const more = Math.min(size, totalCount - nodes.length, MAX_ROWS - nodes.length);
            return (
              <>
                <p ref={count} tabIndex={-1} role="status" aria-live="polite">
                  {totalCount === 1 && nodes.length === 1
                    ? t('audit.countOne')
                    : nodes.length
                      ? t('audit.count', { shown: nodes.length, total: totalCount })
                      : t('audit.none')}
                </p>
                {nodes.length ? <AuditTable rows={nodes} onOnlyActor={(actorId) => search({ ...applied, attore: actorId }, true)} /> : null}
                {more > 0 ? (
                  <div className="ixl-actions">
                    <Button variant="secondary" disabled={loading} onClick={() => setPages((p) => p + 1)}>
                      {t('audit.more', { count: more })}
                    </Button>
                  </div>
                ) : nodes.length < totalCount ? (
                  <p>{t('audit.limit', { max: MAX_ROWS })}</p>
                ) : null}
              </>
            );
          }}
        </QueryState>
      )}
    </>
  );
}
