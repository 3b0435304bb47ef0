import { useMutation } from '@apollo/client/react';
import { apiErrors, formErrors } from '@ixl/portal-client';
import { Alert, Button, DataTable, FileField, Notice, formatDate, formatHours, useI18n } from '@ixl/ui';
import { useId, useRef, useState } from 'react';
import { graphql } from '../../gql/index.js';
import { precheckAttendanceCsv, type LocalText } from './attendance-csv.js';

const IMPORT_ATTENDANCE = graphql(`
  mutation TrainingImportAttendanceCsv($editionId: ID!, $csv: String!, $dryRun: Boolean) {
    importAttendanceCsv(editionId: $editionId, csv: $csv, dryRun: $dryRun) {
      accepted
      alreadyImported
      rows
      uploadId
      errors {
        line
        field
        reasonCode
        params
      }
    }
  }
`);

/** At most this many bad rows are listed (the count says how many there are). */
export const MAX_LISTED_ERRORS = 200;

interface Report {
  dryRun: boolean;
  accepted: boolean;
  alreadyImported: boolean;
  rows: number;
  errors: { line: number; field: string; reasonCode: string; params: unknown }[];
}

type Step = 'choose' | 'checking' | 'checked' | 'importing' | 'imported';

/**
 * Attendance CSV upload in two steps: "check" validates every row without saving anything (dry run)
 * and lists each bad row with its line and reason; only a clean file can then be imported.
 */
export function AttendanceImport({
  editionId,
  sessions,
  onImported,
}: {
  editionId: string;
  /** The edition's lessons: the CSV's `lezione` column takes their codes (in the demo a code is the ISO date). */
  sessions: { code: string; date: string; hours: number }[];
  onImported?: () => void;
}) {
  const { t, errorText, lang } = useI18n();
  const progressId = useId();
  /** The chosen file (read again at every "Controlla") and the text last read from it. */
  const [file, setFile] = useState<{ name: string; text: string; source: File } | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string | null>(null);
  const [step, setStep] = useState<Step>('choose');
  const [report, setReport] = useState<Report | null>(null);
  const [run] = useMutation(IMPORT_ATTENDANCE);
  const sectionRef = useRef<HTMLElement>(null);
  const local = (x: LocalText) => t(x.key, x.params);

  const focusFile = () => requestAnimationFrame(() => sectionRef.current?.querySelector<HTMLInputElement>('input[type="file"]')?.focus());
  const focusReport = () => requestAnimationFrame(() => sectionRef.current?.querySelector<HTMLElement>('#attendance-report')?.focus());

  const choose = async (chosen: File | null) => {
    setReport(null);
    setGeneral(null);
    setStep('choose');
    if (!chosen) {
      setFile(null);
      setFileError(undefined);
      return;
    }
    const text = await chosen.text();
    const pre = precheckAttendanceCsv(text);
    setFile({ name: chosen.name, text, source: chosen });
    setFileError(pre.problems.length ? pre.problems.map(local).join(' ') : undefined);
  };

  /**
   * Reads the chosen file again (issue 20: a file corrected on disk under the same name must be checked as it is now,
   * not as it was when chosen). The browser refuses when it can no longer read it: then the body chooses it again.
   */
  const reread = async (current: { name: string; text: string; source: File }) => {
    try {
      const text = await current.source.text();
      const fresh = { ...current, text };
      setFile(fresh);
      return fresh;
    } catch {
      // Chromium refuses to read a chosen file changed on disk since (its snapshot no longer matches): the old report
      // goes, the field says to choose it again, and the input is emptied so choosing the same name again is a change.
      setReport(null);
      setFile(null);
      setFileError(t('import.fileChanged', { name: current.name }));
      const input = sectionRef.current?.querySelector<HTMLInputElement>('input[type="file"]');
      if (input) input.value = '';
      focusFile();
      return null;
    }
  };

  const send = async (dryRun: boolean) => {
    setGeneral(null);
    if (!file) {
      setFileError(t('import.chooseFirst'));
      return focusFile();
    }
    // "Controlla" reads the file again; "Importa" sends exactly the text that was checked.
    const current = dryRun ? await reread(file) : file;
    if (!current) return;
    if (dryRun) setReport(null);
    const pre = precheckAttendanceCsv(current.text);
    if (pre.problems.length) {
      setFileError(pre.problems.map(local).join(' '));
      return focusFile();
    }
    setFileError(undefined);
    setStep(dryRun ? 'checking' : 'importing');
    try {
      const { data } = await run({ variables: { editionId, csv: current.text, dryRun } });
      const r = data?.importAttendanceCsv;
      if (!r) throw new Error('no data');
      setReport({ dryRun, accepted: r.accepted, alreadyImported: r.alreadyImported, rows: r.rows, errors: r.errors });
      setStep(!dryRun && r.accepted ? 'imported' : 'checked');
      if (!dryRun && r.accepted) onImported?.();
      focusReport();
    } catch (error) {
      setStep('choose');
      const split = formErrors(apiErrors(error), ['csv', 'editionId'], errorText);
      const onFile = split.fields.csv ?? split.fields.editionId;
      setFileError(onFile);
      setGeneral(split.general.length ? split.general.map((g) => errorText(g)).join(' ') : null);
      if (onFile) focusFile();
    }
  };

  const busy = step === 'checking' || step === 'importing';
  return (
    <section className="ixl-card" aria-labelledby="attendance-title" ref={sectionRef}>
      <h2 id="attendance-title">{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      <p className="ixl-muted">{t('import.format')}</p>
      {sessions.length ? (
        <details className="ixl-disclosure">
          <summary>{t('import.sessionsSummary', { count: sessions.length })}</summary>
          <DataTable
            caption={t('import.sessionsCaption')}
            rows={sessions}
            rowKey={(s) => s.code}
            columns={[
              { key: 'code', header: t('import.sessionCode'), cell: (s) => <code data-session-code="">{s.code}</code> },
              { key: 'date', header: t('import.sessionDate'), cell: (s) => formatDate(s.date, lang) },
              { key: 'hours', header: t('import.sessionHours'), cell: (s) => formatHours(s.hours, lang) },
            ]}
          />
        </details>
      ) : (
        <p className="ixl-muted">{t('import.noSessions')}</p>
      )}
      {general ? <Alert>{general}</Alert> : null}
      <FileField
        label={t('import.file')}
        hint={t('import.fileHint')}
        accept=".csv,text/csv,text/plain"
        onFile={(f) => void choose(f)}
        error={fileError}
        disabled={busy}
      />
      <div className="ixl-actions">
        <Button
          type="button"
          variant={report?.accepted && report.dryRun ? 'secondary' : 'primary'}
          disabled={busy || !file}
          onClick={() => void send(true)}
        >
          {step === 'checking' ? t('import.checking') : t('import.check')}
        </Button>
        {report?.dryRun && report.accepted && !report.alreadyImported && step === 'checked' ? (
          <Button type="button" onClick={() => void send(false)}>
            {t('import.confirm', { count: report.rows })}
          </Button>
        ) : null}
      </div>
      {busy ? (
        <div className="ixl-progress">
          <label htmlFor={progressId}>
            {step === 'checking'
              ? t('import.progressChecking', { count: precheckAttendanceCsv(file?.text ?? '').dataRows })
              : t('import.progressImporting', { count: report?.rows ?? 0 })}
          </label>
          <progress id={progressId} />
        </div>
      ) : null}
      {report ? (
        <div id="attendance-report" tabIndex={-1}>
          {report.errors.length ? (
            <>
              <Alert>{t('import.badRows', { count: report.errors.length, rows: report.rows })}</Alert>
              <DataTable
                caption={t('import.errorsCaption', { name: file?.name ?? '' })}
                rows={report.errors.slice(0, MAX_LISTED_ERRORS)}
                rowKey={(e) => `${e.line}:${e.field}:${e.reasonCode}`}
                columns={[
                  { key: 'line', header: t('import.line'), cell: (e) => e.line },
                  { key: 'field', header: t('import.field'), cell: (e) => t(`import.column.${e.field}`) },
                  {
                    key: 'reason',
                    header: t('import.reason'),
                    cell: (e) => errorText({ code: 'BAD_USER_INPUT', reason: e.reasonCode, params: e.params as Record<string, unknown> }),
                  },
                ]}
              />
              {report.errors.length > MAX_LISTED_ERRORS ? (
                <p>{t('import.moreErrors', { count: report.errors.length - MAX_LISTED_ERRORS })}</p>
              ) : null}
            </>
          ) : report.alreadyImported ? (
            <Notice>{t('import.alreadyImported', { count: report.rows })}</Notice>
          ) : report.dryRun ? (
            <Notice>{t('import.checkedOk', { count: report.rows })}</Notice>
          ) : (
            <Notice>{t('import.imported', { count: report.rows })}</Notice>
          )}
        </div>
      ) : null}
    </section>
  );
}
