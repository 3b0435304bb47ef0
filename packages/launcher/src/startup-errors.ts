import { EmbeddedPostgresError } from '@ixl/db';
import { StartupError } from '@ixl/http-kit';

/** The embedded PostgreSQL's failure with PostgreSQL's own reason and what to do about it. */
export function explainPostgresFailure(err: EmbeddedPostgresError, logFile: string): StartupError {
  const { dataDir, port } = err;
  const text = err.lines.join('\n');
  let remedy = `Read PostgreSQL's log, ${logFile}; move the data folder ${dataDir} away only if it holds nothing you need, and start again.`;
  if (/invalid permissions/.test(text)) {
    remedy = `PostgreSQL refuses a data folder that others can write to. Run: chmod 700 ${dataDir} (it must be u=rwx, or u=rwx,g=rx, and belong to the user PostgreSQL runs as), then start again.`;
  } else if (/could not bind|[Aa]ddress already in use|could not create any TCP\/IP sockets/.test(text)) {
    remedy = `Port ${port} is taken by another program (another PostgreSQL, or another npm start?). Stop it, or choose another port with IXL_PG_PORT.`;
  } else if (/lock file .* already exists/.test(text)) {
    remedy = `Another PostgreSQL is using ${dataDir}. Stop it (or the npm start that owns it) and start again.`;
  } else if (/incompatible with server|database files are incompatible/.test(text)) {
    remedy = `${dataDir} was made by another PostgreSQL version. Back it up with that version (npm run backup), move the folder away and start again.`;
  } else if (/No space left/.test(text)) {
    remedy = 'The disk is full: free some space and start again.';
  } else if (/Permission denied/.test(text)) {
    remedy = `PostgreSQL cannot read or write ${dataDir}. Give the folder to the user PostgreSQL runs as (as root: chown -R postgres ${dataDir}), or set IXL_DATA_DIR to a folder of your own.`;
  }
  return new StartupError(`Embedded PostgreSQL could not ${err.step} (data folder ${dataDir}, port ${port})`, err.reason, remedy, {
    cause: err,
  });
}

/** Prints a start-up failure for people: a StartupError explains itself; anything else is shown whole. */
export function reportStartupFailure(err: unknown): void {
  if (err instanceof StartupError) console.error(`\n✖ ${err.message}`);
  else console.error('\n✖ IXL could not start:', err instanceof Error ? (err.stack ?? err.message) : String(err));
}
