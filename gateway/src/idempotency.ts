import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { Kind, parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';

/** The request header that makes a mutation safe to repeat (as payment APIs use it). */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Set on a response that is the stored result of an earlier call with the same key. */
export const REPLAYED_HEADER = 'idempotent-replayed';

/** Root fields whose results are credentials (tokens): never stored, so the header is ignored for them (registration is kept single by the codice fiscale's unique constraint). */
const CREDENTIAL_FIELDS = new Set(['login', 'refreshSession', 'logout', 'registerBeneficiary']);
/** Codes of results that say "try again" rather than "this is the answer": not stored, so a retry runs the call again. */
const RETRYABLE_CODES = new Set([
  'INTERNAL_SERVER_ERROR',
  'SERVICE_UNAVAILABLE',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'BAD_GATEWAY',
  'PAYLOAD_TOO_LARGE',
]);
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export interface StoredResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

export interface IdempotencyOptions {
  /** How long a result is kept (at least 24 h by the programme's API contract). */
  ttlMs?: number;
  /** A call still "in progress" after this long is taken to have died with its gateway: a repeat runs it again. */
  staleLockMs?: number;
  /** How long a repeat waits for the first call's result before answering CONFLICT. */
  waitMs?: number;
}

/** A refusal of the header itself (answered without running anything). */
/** How often (at most) a gateway removes expired keys, as it writes new ones. */
const PURGE_EVERY_MS = 60 * 60 * 1000;

export class IdempotencyRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }

  response(): StoredResponse {
    return {
      status: this.status,
      headers: [['content-type', 'application/json; charset=utf-8']],
      body: JSON.stringify({
        errors: [{ message: this.message, extensions: { code: this.code, reason: this.reason, field: 'Idempotency-Key' } }],
      }),
    };
  }
}

/** JSON with object keys sorted, so equal inputs hash equally whatever the key order the client sent. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/** The mutation a GraphQL POST body runs, or null (a query, a subscription, a body the server will refuse anyway). */
export function mutationOf(body: unknown): { document: DocumentNode; operation: OperationDefinitionNode } | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return null;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return null;
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation =
    typeof operationName === 'string' && operationName
      ? operations.find((o) => o.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
  if (!operation || operation.operation !== 'mutation') return null;
  return { document, operation };
}

/** What "the same input" means: the operation (printed, so layout does not matter), its name and its variables. */
export function requestHash(body: { operationName?: unknown; variables?: unknown }, document: DocumentNode): string {
  return createHash('sha256')
    .update(canonicalJson({ query: print(document), operationName: body.operationName ?? null, variables: body.variables ?? {} }))
    .digest('hex');
}

const credentialsOnly = (operation: OperationDefinitionNode) =>
  operation.selectionSet.selections.some((s) => s.kind === Kind.FIELD && CREDENTIAL_FIELDS.has(s.name.value));

/** A result worth keeping: answered by the platform (data, or an error that is the answer), not a transient failure. */
export function isFinal(response: StoredResponse): boolean {
  if (response.status >= 500 || response.status === 401 || response.status === 429) return false;
  try {
    const parsed = JSON.parse(response.body) as { errors?: { extensions?: { code?: unknown } }[] };
    return !(parsed.errors ?? []).some((e) => RETRYABLE_CODES.has(String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')));
  } catch {
    return false;
  }
}

const SCHEMA_SQL = [
  `create schema if not exists "gateway"`,
  `create table if not exists "gateway"."idempotency_key" (
    "caller" text not null,
    "key" text not null,
    "request_hash" text not null,
    "status" text not null check ("status" in ('IN_PROGRESS', 'DONE')),
    "response_status" int null,
    "response_headers" jsonb null,
    "response_body" text null,
    "locked_at" timestamptz not null,
    "created_at" timestamptz not null default now(),
    "expires_at" timestamptz not null,
    constraint "idempotency_key_pkey" primary key ("caller", "key"))`,
  `create index if not exists "idempotency_key_expires_at_index" on "gateway"."idempotency_key" ("expires_at")`,
];
/** Serialises the schema creation of gateway replicas starting together (an arbitrary, fixed advisory lock id). */
const SCHEMA_LOCK = 7_318_204_551;

/**
 * Results of mutations sent with an `Idempotency-Key`, per caller and key, in PostgreSQL (so a restart
 * or another gateway replica answers the same). The first call inserts its row (`on conflict do
 * nothing`) and so holds the key while it runs; repeats wait for its result and get it back unchanged.
 */
export class IdempotencyStore {
  private readonly pool: pg.Pool;
  private readonly ttlMs: number;
  private readonly staleLockMs: number;
  private readonly waitMs: number;
  private lastPurge = Date.now();

  constructor(databaseUrl: string, options: IdempotencyOptions = {}) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
    this.pool.on('error', () => undefined); // an idle client's lost connection: the next query reconnects
    this.ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
    this.staleLockMs = options.staleLockMs ?? 2 * 60 * 1000;
    this.waitMs = options.waitMs ?? 60 * 1000;
  }

  /**
   * Creates the table when missing and removes expired keys. After that, expired keys are removed as
   * new ones are written (at most once an hour per process, see `claim`): no timer runs, and a repeat
   * never sees an expired key anyway (`claim` replaces it).
   */
  async start(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [SCHEMA_LOCK]);
      try {
        for (const sql of SCHEMA_SQL) await client.query(sql);
      } finally {
        await client.query('select pg_advisory_unlock($1)', [SCHEMA_LOCK]);
      }
    } finally {
      client.release();
    }
    await this.purgeExpired();
  }

  async stop(): Promise<void> {
    await this.pool.end();
  }

  /** The database answers (readiness). */
  async ping(): Promise<void> {
    await this.pool.query('select 1');
  }

  /** Deletes the keys whose time is over (`now`: for tests); returns how many. */
  async purgeExpired(now: Date = new Date()): Promise<number> {
    const r = await this.pool.query(`delete from "gateway"."idempotency_key" where "expires_at" < $1`, [now]);
    return r.rowCount ?? 0;
  }

  /**
   * Runs `execute` once per caller and key: the first call runs and its final result is stored;
   * a repeat with the same input gets that result (waiting while the first still runs); a repeat with
   * another input is refused. A transient failure is not stored (the key is released for a retry).
   */
  async run(
    caller: string,
    key: string,
    hash: string,
    execute: () => Promise<StoredResponse>,
  ): Promise<{ response: StoredResponse; replayed: boolean }> {
    const deadline = Date.now() + this.waitMs;
    let pause = 20;
    for (;;) {
      const claimed = await this.claim(caller, key, hash);
      if (claimed === 'CLAIMED') return { response: await this.executeHolding(caller, key, execute), replayed: false };
      if (claimed !== 'BUSY') return { response: claimed, replayed: true };
      if (Date.now() > deadline)
        throw new IdempotencyRefusal(
          409,
          'CONFLICT',
          'IDEMPOTENCY_KEY_IN_PROGRESS',
          'A call with this Idempotency-Key is still running: retry later with the same key',
        );
      await sleep(pause);
      pause = Math.min(pause * 2, 250);
    }
  }

  private async claim(caller: string, key: string, hash: string): Promise<'CLAIMED' | 'BUSY' | StoredResponse> {
    const expiresAt = new Date(Date.now() + this.ttlMs);
    const inserted = await this.pool.query(
      `insert into "gateway"."idempotency_key" ("caller", "key", "request_hash", "status", "locked_at", "expires_at")
       values ($1, $2, $3, 'IN_PROGRESS', now(), $4) on conflict do nothing`,
      [caller, key, hash, expiresAt],
    );
    if (inserted.rowCount === 1) {
      if (Date.now() - this.lastPurge > PURGE_EVERY_MS) {
        this.lastPurge = Date.now();
        void this.purgeExpired().catch(() => undefined);
      }
      return 'CLAIMED';
    }
    const { rows } = await this.pool.query<{
      request_hash: string;
      status: string;
      response_status: number | null;
      response_headers: [string, string][] | null;
      response_body: string | null;
      expired: boolean;
      stale: boolean;
    }>(
      `select "request_hash", "status", "response_status", "response_headers", "response_body",
              "expires_at" < now() as "expired", "locked_at" < now() - make_interval(secs => $3::double precision / 1000) as "stale"
         from "gateway"."idempotency_key" where "caller" = $1 and "key" = $2`,
      [caller, key, this.staleLockMs],
    );
    const row = rows[0];
    if (!row) return 'BUSY'; // released between the insert and the read: try again at once
    if (row.expired) {
      await this.pool.query(`delete from "gateway"."idempotency_key" where "caller" = $1 and "key" = $2 and "expires_at" < now()`, [
        caller,
        key,
      ]);
      return this.claim(caller, key, hash);
    }
    if (row.request_hash !== hash)
      throw new IdempotencyRefusal(
        422,
        'BAD_USER_INPUT',
        'IDEMPOTENCY_KEY_REUSED',
        'This Idempotency-Key was already used for a different request: send a new key for a new request',
      );
    if (row.status === 'DONE')
      return { status: row.response_status ?? 200, headers: row.response_headers ?? [], body: row.response_body ?? '' };
    if (row.stale) {
      // The gateway that held the key died before answering: take it over (one replica wins the update).
      const taken = await this.pool.query(
        `update "gateway"."idempotency_key" set "locked_at" = now()
          where "caller" = $1 and "key" = $2 and "status" = 'IN_PROGRESS'
            and "locked_at" < now() - make_interval(secs => $3::double precision / 1000)`,
        [caller, key, this.staleLockMs],
      );
      if (taken.rowCount === 1) return 'CLAIMED';
    }
    return 'BUSY';
  }

  private async executeHolding(caller: string, key: string, execute: () => Promise<StoredResponse>): Promise<StoredResponse> {
    let response: StoredResponse;
    try {
      response = await execute();
    } catch (err) {
      await this.release(caller, key);
      throw err;
    }
    if (!isFinal(response)) {
      await this.release(caller, key);
      return response;
    }
    await this.pool.query(
      `update "gateway"."idempotency_key"
          set "status" = 'DONE', "response_status" = $3, "response_headers" = $4, "response_body" = $5
        where "caller" = $1 and "key" = $2`,
      [caller, key, response.status, JSON.stringify(response.headers), response.body],
    );
    return response;
  }

  private async release(caller: string, key: string): Promise<void> {
    await this.pool
      .query(`delete from "gateway"."idempotency_key" where "caller" = $1 and "key" = $2 and "status" = 'IN_PROGRESS'`, [caller, key])
      .catch(() => undefined);
  }
}

/**
 * What the gateway does with one GraphQL POST: a mutation with an `Idempotency-Key` (other than
 * login, session refresh and logout, whose results are credentials) runs through the store; anything
 * else runs as usual.
 */
export async function withIdempotency(
  store: IdempotencyStore,
  header: string | string[] | undefined,
  body: unknown,
  caller: () => Promise<{ userId: string | null }>,
  execute: () => Promise<StoredResponse>,
): Promise<StoredResponse> {
  if (header === undefined) return execute();
  const mutation = mutationOf(body);
  if (!mutation || credentialsOnly(mutation.operation)) return execute();
  const key = Array.isArray(header) ? header.join(',') : header.trim();
  if (!KEY_PATTERN.test(key))
    return new IdempotencyRefusal(
      400,
      'BAD_USER_INPUT',
      'IDEMPOTENCY_KEY_INVALID',
      'The Idempotency-Key header must be 1 to 255 visible ASCII characters (e.g. a UUID)',
    ).response();
  let who: { userId: string | null };
  try {
    who = await caller();
  } catch {
    return execute(); // a bad token: the normal path answers UNAUTHENTICATED
  }
  try {
    const { response, replayed } = await store.run(
      who.userId ?? 'anonymous',
      key,
      requestHash(body as { operationName?: unknown; variables?: unknown }, mutation.document),
      execute,
    );
    return replayed ? { ...response, headers: [...response.headers, [REPLAYED_HEADER, 'true']] } : response;
  } catch (err) {
    if (err instanceof IdempotencyRefusal) return err.response();
    throw err;
  }
}
