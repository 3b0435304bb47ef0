import { useApolloClient, useQuery } from '@apollo/client/react';
import { IMPORT_KINDS, IMPORT_LAYOUTS, type ImportKindName } from '@ixl/contracts';
import { apiErrors, QueryState, useSession } from '@ixl/portal-client';
import { Alert, Button, DataTable, FileField, Notice, PageTitle, ProgressBar, SelectField, formatNumber, useI18n } from '@ixl/ui';
import { useEffect, useState } from 'react';
import { formatDateTimeRome } from '../audit/rome-day.js';
import { checkImportFile, downloadTemplate, startImportFile, type ApiErrorJson, type ImportCheckJson } from './import-files.js';
import { IMPORT_BATCHES, UNDO_IMPORT } from './imports-query.js';

export const IMPORTS_PATH = '/importazioni';

/** ADMIN: the history import (issue 27): templates, check, import with progress, undo. */
export function ImportsPage() {
  const { t, tEnum } = useI18n();
  const { user } = useSession();
  if (user.role !== 'ADMIN') {
    return (
      <>
        <PageTitle>{t('imports.title')}</PageTitle>
        <Notice>{t('imports.reserved', { role: tEnum('role', user.role) })}</Notice>
      </>
    );
  }
  return <AdminImports />;
}

function AdminImports() {
  const { t, tEnum, lang, errorText } = useI18n();
  const { token } = useSession();
  const [kind, setKind] = useState<ImportKindName>('AZIENDE');
  const [file, setFile] = useState<File | null>(null);
  const [check, setCheck] = useState<ImportCheckJson | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(IMPORT_BATCHES, { fetchPolicy: 'cache-and-network' });
  // The batches of every owner as one list, newest first.
  const batches = data
    ? Object.values(data)
        .flatMap((list) => (Array.isArray(list) ? list : []))
        .sort((a, b) => Date.parse(String(b.createdAt)) - Date.parse(String(a.createdAt)))
    : [];
  const running = batches.some((b) => b.status === 'QUEUED' || b.status === 'RUNNING');
  // Progress: while a batch runs, ask again every second (an interval: an answer equal to the last one, a
  // chunk still being written, must not stop the polling).
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void refetch(), 1000);
    return () => clearInterval(timer);
  }, [running, refetch]);

  const failed = (e: ApiErrorJson) =>
    setMessage({
      ok: false,
      text: e.code === 'NETWORK' ? t('imports.error.NETWORK') : errorText({ code: e.code, reason: e.reason, params: e.params }),
    });

  const onCheck = async () => {
    if (!file) return setMessage({ ok: false, text: t('imports.pickFile') });
    setBusy(true);
    setMessage(null);
    const r = await checkImportFile(token, kind, file);
    setBusy(false);
    if (!r.ok) return failed(r.error);
    setCheck(r.body);
  };
  const onStart = async () => {
    if (!file) return;
    setBusy(true);
    const r = await startImportFile(token, kind, file);
    setBusy(false);
    if (!r.ok) return failed(r.error);
    setCheck(null);
    setMessage({ ok: true, text: t('imports.started') });
    await refetch();
  };
  const onUndo = async (owner: string, id: string) => {
    setMessage(null);
    const mutation = UNDO_IMPORT[owner as keyof typeof UNDO_IMPORT];
    if (!mutation) return;
    try {
      await client.mutate({ mutation, variables: { id } });
      setMessage({ ok: true, text: t('imports.undone') });
      await refetch();
    } catch (err) {
      const [first] = apiErrors(err);
      setMessage({ ok: false, text: first ? errorText(first) : t('imports.error.NETWORK') });
    }
  };

  return (
    <>
      <PageTitle>{t('imports.title')}</PageTitle>
      <p>{t('imports.intro')}</p>
      <SelectField
        label={t('imports.kind')}
        value={kind}
        options={IMPORT_KINDS.map((k) => ({ value: k, label: tEnum('HistoryImportKind', k) }))}
        onChange={(e) => {
          setKind(e.currentTarget.value as ImportKindName);
          setCheck(null);
        }}
      />
      <h2>{t('imports.templates')}</h2>
      <div className="ixl-actions">
        {(['csv', 'xlsx'] as const).map((format) => (
          <Button
            key={format}
            variant="secondary"
            onClick={() =>
              void downloadTemplate(token, kind, format).then((ok) =>
                ok ? null : setMessage({ ok: false, text: t('imports.templateFailed') }),
              )
            }
          >
            {t(format === 'csv' ? 'imports.templateCsv' : 'imports.templateXlsx')}
          </Button>
        ))}
      </div>
      <details>
        <summary>{t('imports.layout')}</summary>
        <ul>
          {IMPORT_LAYOUTS[kind].map((c) => (
            <li key={c.header}>
              <code>{c.header}</code>
              {c.required ? ` (${t('imports.required')})` : ''}: {c.description}
            </li>
          ))}
        </ul>
      </details>
      <FileField
        label={t('imports.file')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onFile={(f) => {
          setFile(f);
          setCheck(null);
        }}
      />
      <div className="ixl-actions">
        <Button disabled={busy} onClick={() => void onCheck()}>
          {busy ? t('imports.checking') : t('imports.check')}
        </Button>
        {check && check.errors.length === 0 ? (
          <Button disabled={busy} onClick={() => void onStart()}>
            {t('imports.start')}
          </Button>
        ) : null}
      </div>
      {message ? message.ok ? <Notice>{message.text}</Notice> : <Alert>{message.text}</Alert> : null}
      {check ? (
        <>
          <p role="status">
            {t('imports.checked', {
              rows: check.totalRows,
              format: check.format,
              create: check.toCreate,
              update: check.toUpdate,
              unchanged: check.unchanged,
            })}
          </p>
          {check.errors.length ? (
            <>
              <Alert>{t('imports.errors', { count: check.errors.length })}</Alert>
              <DataTable
                caption={t('imports.errorsCaption')}
                rows={check.errors}
                rowKey={(e) => `${e.line}:${e.column ?? ''}:${e.reasonCode}`}
                columns={[
                  { key: 'file', header: t('imports.col.file'), cell: (e) => e.file },
                  { key: 'sheet', header: t('imports.col.sheet'), cell: (e) => e.sheet ?? '—' },
                  { key: 'line', header: t('imports.col.line'), cell: (e) => String(e.line) },
                  { key: 'column', header: t('imports.col.column'), cell: (e) => (e.column ? <code>{e.column}</code> : '—') },
                  {
                    key: 'reason',
                    header: t('imports.col.reason'),
                    cell: (e) => errorText({ code: 'BAD_USER_INPUT', reason: e.reasonCode, params: e.params }),
                  },
                ]}
              />
            </>
          ) : null}
        </>
      ) : null}
      <h2>{t('imports.batches')}</h2>
      <QueryState loading={loading} error={error} data={data}>
        {() => {
          const rows = batches;
          if (!rows.length) return <p role="status">{t('imports.none')}</p>;
          return (
            <>
              {rows
                .filter((b) => b.status === 'QUEUED' || b.status === 'RUNNING')
                .map((b) => (
                  <ProgressBar key={b.id} label={t('imports.progress', { file: b.fileName })} value={b.processedRows} max={b.totalRows} />
                ))}
              <DataTable
                caption={t('imports.batches')}
                rows={rows}
                rowKey={(b) => b.id}
                columns={[
                  { key: 'file', header: t('imports.col.file'), cell: (b) => b.fileName },
                  { key: 'kind', header: t('imports.col.kind'), cell: (b) => tEnum('HistoryImportKind', b.kind) },
                  {
                    key: 'status',
                    header: t('imports.col.status'),
                    cell: (b) => (
                      <>
                        {tEnum('HistoryImportStatus', b.status)}
                        {b.errorCode ? (
                          <>
                            {': '}
                            {b.errorLine ? t('imports.failedAt', { line: b.errorLine }) : null}
                            {errorText({ code: 'CONFLICT', reason: b.errorCode, params: (b.errorParams ?? {}) as Record<string, unknown> })}
                          </>
                        ) : null}
                      </>
                    ),
                  },
                  {
                    key: 'counts',
                    header: t('imports.col.counts'),
                    cell: (b) => [b.createdCount, b.updatedCount, b.unchangedCount].map((n) => formatNumber(n, lang)).join(' / '),
                  },
                  {
                    key: 'when',
                    header: t('imports.col.when'),
                    cell: (b) => <time dateTime={String(b.createdAt)}>{formatDateTimeRome(String(b.createdAt), lang)}</time>,
                  },
                  {
                    key: 'action',
                    header: t('imports.col.action'),
                    cell: (b) =>
                      b.status === 'DONE' ? (
                        <Button variant="secondary" onClick={() => void onUndo(b.owner, b.id)}>
                          {t('imports.undo', { file: b.fileName })}
                        </Button>
                      ) : (
                        '—'
                      ),
                  },
                ]}
              />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
