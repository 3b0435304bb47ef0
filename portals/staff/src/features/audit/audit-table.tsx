import { Button, DataTable, QueryLink, useI18n } from '@ixl/ui';
import type { StaffPersonalDataAuditQuery } from '../../gql/graphql.js';
import { downloadCsv, toCsv } from '../monitoring/csv.js';
import { AUDIT_WHAT_KEYS } from './messages.js';
import { formatDateTimeRome } from './rome-day.js';
import { todayInRome } from '@ixl/calendar';

export type AuditEntry = StaffPersonalDataAuditQuery['personalDataAudit']['nodes'][number];

const RECORD_PATH = '/beneficiari/scheda';

/** The label of an actor's role (`SYSTEM` for changes made by no one signed in). */
export function useRoleLabel(): (role: string) => string {
  const { t, tEnum } = useI18n();
  return (role) => (role === 'SYSTEM' ? t('audit.role.SYSTEM') : tEnum('role', role));
}

/** `<service>:<what>` in words ("Inserimenti: inserimenti lavorativi"); an unknown `<what>` is shown as written. */
export function useDetailText(): (e: Pick<AuditEntry, 'detail' | 'fields'>) => string {
  const { t } = useI18n();
  return (e) => {
    const detail = e.detail ?? '';
    const colon = detail.indexOf(':');
    const source = colon > 0 ? detail.slice(0, colon) : '';
    const what = colon > 0 ? detail.slice(colon + 1) : detail;
    const sourceText = source ? t(`audit.source.${source}`) : '';
    const key = /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(what)
      ? 'document'
      : what.startsWith('live:') && !AUDIT_WHAT_KEYS.includes(what)
        ? 'live'
        : what;
    const whatText = AUDIT_WHAT_KEYS.includes(key) ? t(`audit.what.${key}`) : what;
    const main = !detail
      ? '—'
      : sourceText && source !== sourceText
        ? t('audit.detailText', { source: sourceText, what: whatText })
        : whatText;
    return [main, e.fields.length ? `(${t('audit.fields', { fields: e.fields.join(', ') })})` : ''].filter(Boolean).join(' ');
  };
}

/** The rows shown: when (Rome), who (name + role), action, person (name, link to the record), detail in words; CSV of the same rows (with the ids). */
export function AuditTable({ rows, onOnlyActor }: { rows: AuditEntry[]; onOnlyActor(actorId: string): void }) {
  const { t, tEnum, lang } = useI18n();
  const roleLabel = useRoleLabel();
  const detailText = useDetailText();
  const actorText = (e: AuditEntry) => e.actorName ?? (e.actorRole === 'SYSTEM' ? roleLabel('SYSTEM') : t('audit.unknownActor'));
  const personText = (e: AuditEntry) => e.beneficiaryName ?? t('audit.unknownPerson');
  const csv = () => {
    const header = [
      t('audit.col.at'),
      t('audit.col.actor'),
      t('audit.col.role'),
      t('audit.col.action'),
      t('audit.col.person'),
      t('audit.col.detail'),
    ];
    const lines = rows.map((e) => [
      e.at,
      `${actorText(e)} (${e.actorId})`,
      roleLabel(e.actorRole),
      tEnum('audit.action', e.action),
      `${personText(e)} (${e.beneficiaryId})`,
      detailText(e),
    ]);
    downloadCsv(`ixl-registro-accessi-${todayInRome()}.csv`, toCsv(header, lines));
  };
  return (
    <>
      <DataTable
        caption={t('audit.caption')}
        captionHidden
        rows={rows}
        rowKey={(e) => e.id}
        columns={[
          { key: 'at', header: t('audit.col.at'), cell: (e) => <time dateTime={e.at}>{formatDateTimeRome(e.at, lang)}</time> },
          {
            key: 'actor',
            header: t('audit.col.actor'),
            cell: (e) => (
              <>
                <strong className="audit-name">{actorText(e)}</strong>
                <span className="audit-role">{roleLabel(e.actorRole)}</span>
                <button
                  type="button"
                  className="ixl-link"
                  aria-label={t('audit.onlyActorLabel', { id: actorText(e) })}
                  onClick={() => onOnlyActor(e.actorId)}
                >
                  {t('audit.onlyActor')}
                </button>
              </>
            ),
          },
          { key: 'action', header: t('audit.col.action'), cell: (e) => tEnum('audit.action', e.action) },
          {
            key: 'person',
            header: t('audit.col.person'),
            cell: (e) => (
              <QueryLink to={RECORD_PATH} query={{ id: e.beneficiaryId }} aria-label={t('audit.openRecord', { id: personText(e) })}>
                {personText(e)}
              </QueryLink>
            ),
          },
          { key: 'detail', header: t('audit.col.detail'), cell: (e) => <span className="audit-detail">{detailText(e)}</span> },
        ]}
      />
      <div className="ixl-actions">
        <Button variant="secondary" onClick={csv}>
          {t('audit.csv')}
        </Button>
      </div>
    </>
  );
}
