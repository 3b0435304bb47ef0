import { Button, DataTable, QueryLink, useI18n } from '@ixl/ui';
import type { StaffPersonalDataAuditQuery } from '../../gql/graphql.js';
import { downloadCsv, toCsv } from '../monitoring/csv.js';
import { formatDateTimeRome } from './rome-day.js';

export type AuditEntry = StaffPersonalDataAuditQuery['personalDataAudit']['nodes'][number];

const RECORD_PATH = '/beneficiari/scheda';

/** The label of an actor's role (`SYSTEM` for changes made by no one signed in). */
export function useRoleLabel(): (role: string) => string {
  const { t, tEnum } = useI18n();
  return (role) => (role === 'SYSTEM' ? t('audit.role.SYSTEM') : tEnum('role', role));
}

const detailText = (e: AuditEntry, fieldsLabel: (fields: string) => string) =>
  [e.detail ?? '—', e.fields.length ? `(${fieldsLabel(e.fields.join(', '))})` : ''].filter(Boolean).join(' ');

/** The rows shown: when (Rome), who (id + role), action, person (link to the record), detail; CSV of the same rows. */
export function AuditTable({ rows, onOnlyActor }: { rows: AuditEntry[]; onOnlyActor(actorId: string): void }) {
  const { t, tEnum, lang } = useI18n();
  const roleLabel = useRoleLabel();
  const fieldsLabel = (fields: string) => t('audit.fields', { fields });
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
      e.actorId,
      roleLabel(e.actorRole),
      tEnum('audit.action', e.action),
      e.beneficiaryId,
      detailText(e, fieldsLabel),
    ]);
    downloadCsv(`ixl-registro-accessi-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(header, lines));
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
                <span className="audit-id">{e.actorId}</span>
                <span className="audit-role">{roleLabel(e.actorRole)}</span>
                <button
                  type="button"
                  className="ixl-link"
                  aria-label={t('audit.onlyActorLabel', { id: e.actorId })}
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
              <QueryLink
                to={RECORD_PATH}
                query={{ id: e.beneficiaryId }}
                className="audit-id"
                aria-label={t('audit.openRecord', { id: e.beneficiaryId })}
              >
                {e.beneficiaryId}
              </QueryLink>
            ),
          },
          { key: 'detail', header: t('audit.col.detail'), cell: (e) => <span className="audit-detail">{detailText(e, fieldsLabel)}</span> },
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
