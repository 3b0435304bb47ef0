// Hosting a history import (issue 27) in a subgraph: what is the same for every owner of import kinds.
// A subgraph declares its kinds (ImportKindDefinition: layout, parse, resolve, write) in a
// HistoryImportEngine, then wires the engine in its definition.ts:
//
//   export const xSubgraph = withHistoryImport({ name: 'x', ... }, xHistoryImport);
//
// which adds to the definition:
//   resolvers:  historyImportResolver(engine)        check/start/batch/batches/source/undo/layouts (ADMIN)
//   fileRoutes: historyImportFileRoutes(engine)      POST /files/<owner>/history-imports[/check],
//                                                    GET /files/<owner>/import-templates/<KIND>.csv|xlsx
//                                                    (then the subgraph's own file routes)
//   jobs:       historyImportResumeJob(engine)       takes up batches another replica left behind
//   workers:    historyImportWorkers(engine)         resumes at start the batches a stopped process left
// and a migration of the subgraph creates the tables: historyImportTablesSql('<schema>').
//
// The GraphQL types are defined once here and are @shareable (identical in every subgraph that hosts an
// import); the kind enum holds every kind of @ixl/contracts (one enum, identical everywhere). Root fields
// are prefixed with the owner (`peopleHistoryImportBatches`, `checkPeopleHistoryImport`, ...: see
// historyImportFieldNames in @ixl/contracts) so the subgraphs compose; companies, the first host, keeps
// the unprefixed names it published first.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Directive, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import {
  errorMessage,
  historyImportFieldNames,
  IMPORT_KINDS,
  IMPORT_LAYOUTS,
  importTemplateCsv,
  type ErrorReason,
  type ImportKindName,
} from '@ixl/contracts';
import { requireRole } from './authz.js';
import type { SubgraphContext } from './context.js';
import { DomainError } from './errors.js';
import { IMPORT_MAX_BYTES, type HistoryImportEngine, type ImportBatchRow } from './history-import.js';
import type { ScheduledJob } from './jobs.js';
import type { SubgraphDefinition } from './subgraph.js';
import { writeXlsx } from './spreadsheet.js';

/** Every kind of every owner (from @ixl/contracts), as one GraphQL enum identical in each hosting subgraph. */
export const HistoryImportKind = Object.fromEntries(IMPORT_KINDS.map((k) => [k, k])) as { [K in ImportKindName]: K };
registerEnumType(HistoryImportKind, { name: 'HistoryImportKind', description: 'What a history import file holds (issue 27)' });

export enum HistoryImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  UNDONE = 'UNDONE',
}
registerEnumType(HistoryImportStatus, { name: 'HistoryImportStatus' });

@InputType()
export class HistoryImportFileInput {
  @Field(() => HistoryImportKind) kind!: ImportKindName;
  @Field(() => String, { description: 'The file name as uploaded (kept with every imported record)' }) fileName!: string;
  @Field(() => String, { description: 'The file (CSV or XLSX), base64' }) contentBase64!: string;
}

@Directive('@shareable')
@ObjectType()
export class HistoryImportRowError {
  @Field(() => String) file!: string;
  @Field(() => String, { nullable: true, description: 'XLSX worksheet (null for CSV)' }) sheet!: string | null;
  @Field(() => Int, { description: 'Line in the file (the header is line 1)' }) line!: number;
  @Field(() => String, { nullable: true, description: 'Column header (null when the whole row or file is at fault)' }) column!:
    string | null;
  @Field(() => String, { description: 'The reason in English, for API readers' }) reason!: string;
  @Field(() => String, { description: 'The stable reason (registry of @ixl/contracts, e.g. IMPORT_PERSON_NOT_FOUND) portals translate' })
  reasonCode!: string;
  @Field(() => GraphQLJSONObject) params!: Record<string, string | number>;
}

@Directive('@shareable')
@ObjectType()
export class HistoryImportCheck {
  @Field(() => HistoryImportKind) kind!: ImportKindName;
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: 'CSV or XLSX' }) format!: string;
  @Field(() => String, { nullable: true }) sheet!: string | null;
  @Field(() => String, { description: 'SHA-256 of the file' }) contentHash!: string;
  @Field(() => Int) totalRows!: number;
  @Field(() => Int) toCreate!: number;
  @Field(() => Int) toUpdate!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => [HistoryImportRowError]) errors!: HistoryImportRowError[];
}

@Directive('@shareable')
@ObjectType()
export class HistoryImportBatch {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The subgraph that owns the kind and holds the batch (where its undo goes)' }) owner!: string;
  @Field(() => HistoryImportKind) kind!: ImportKindName;
  @Field(() => String) fileName!: string;
  @Field(() => String) format!: string;
  @Field(() => String) contentHash!: string;
  @Field(() => HistoryImportStatus) status!: HistoryImportStatus;
  @Field(() => Int) totalRows!: number;
  @Field(() => Int) processedRows!: number;
  @Field(() => Int) createdCount!: number;
  @Field(() => Int) updatedCount!: number;
  @Field(() => Int) unchangedCount!: number;
  @Field(() => String, { nullable: true, description: 'Why it failed, in English for API readers (never values)' }) error!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why it failed: the stable reason (registry of @ixl/contracts, e.g. IMPORT_ROW_REJECTED) portals translate',
  })
  errorCode!: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The params of errorCode' }) errorParams!: Record<
    string,
    string | number
  > | null;
  @Field(() => Int, { nullable: true, description: 'The file line the import stopped at' }) errorLine!: number | null;
  @Field(() => ID, { nullable: true, description: 'The ADMIN who imported it' }) createdBy!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => ID, { nullable: true }) undoneBy!: string | null;
  @Field(() => Date, { nullable: true }) undoneAt!: Date | null;
}

@Directive('@shareable')
@ObjectType()
export class HistoryImportColumn {
  @Field(() => String) header!: string;
  @Field(() => Boolean) required!: boolean;
  @Field(() => String) description!: string;
  @Field(() => String) example!: string;
}

@Directive('@shareable')
@ObjectType()
export class HistoryImportLayout {
  @Field(() => HistoryImportKind) kind!: ImportKindName;
  @Field(() => [HistoryImportColumn]) columns!: HistoryImportColumn[];
}

@Directive('@shareable')
@ObjectType()
export class HistoryImportSource {
  @Field(() => String) file!: string;
  @Field(() => String, { nullable: true }) sheet!: string | null;
  @Field(() => Int) line!: number;
  @Field(() => ID) batchId!: string;
  @Field(() => String, { description: 'The key of the record in its file (partita IVA, codice fiscale or the old system id)' })
  externalKey!: string;
}

/** A batch as the API gives it: its owner, and the failure's reason also in English, with its line. */
export function historyImportBatchOut(owner: string, b: ImportBatchRow): HistoryImportBatch {
  const error = b.errorCode
    ? `${errorMessage(b.errorCode as ErrorReason, b.errorParams ?? {})}${b.errorLine ? ` (line ${b.errorLine})` : ''}`
    : null;
  return { ...b, owner, kind: b.kind as ImportKindName, status: b.status as HistoryImportStatus, error };
}

/** Writes a batch after the answer; a process that stops leaves it to the next (resume job and workers). */
function runInBackground(engine: HistoryImportEngine, em: EntityManager, batchId: string): void {
  void engine.runBatch(em.fork(), batchId).catch(() => undefined);
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The GraphQL API of an owner's history import, ADMIN only: layouts of its kinds, check (nothing written),
 * start (queued, written in the background), one batch, the batches newest first (who imported what,
 * when), where an imported record came from, and the undo of a whole batch.
 */
export function historyImportResolver(engine: HistoryImportEngine) {
  const owner = engine.schema;
  const names = historyImportFieldNames(owner);
  const kinds = engine.kindNames() as ImportKindName[];
  const out = (b: ImportBatchRow) => historyImportBatchOut(owner, b);

  @Resolver()
  class HistoryImportHostResolver {
    @Query(() => [HistoryImportLayout], {
      name: names.layouts,
      description: `ADMIN: the column layout of each kind of history import file ${owner} imports (Italian headers)`,
    })
    layouts(@Ctx() ctx: SubgraphContext): HistoryImportLayout[] {
      requireRole(ctx.caller, 'ADMIN');
      return kinds.map((kind) => ({ kind, columns: [...IMPORT_LAYOUTS[kind]] }));
    }

    @Mutation(() => HistoryImportCheck, {
      name: names.check,
      description: `ADMIN: check a ${owner} history file (CSV or XLSX): every bad row with file, sheet, line, column and reason; nothing is written`,
    })
    async check(
      @Arg('input', () => HistoryImportFileInput) input: HistoryImportFileInput,
      @Ctx() ctx: SubgraphContext,
    ): Promise<HistoryImportCheck> {
      const result = await engine.check(ctx.em, ctx.caller, input);
      return {
        ...result,
        kind: result.kind as ImportKindName,
        errors: result.errors.map((e) => ({ ...e, reason: errorMessage(e.reasonCode as ErrorReason, e.params) })),
      };
    }

    @Mutation(() => HistoryImportBatch, {
      name: names.start,
      description: `ADMIN: check the ${owner} file again and import it in the background (progress in ${names.batch}); refused with IMPORT_HAS_ERRORS when it has errors`,
    })
    async start(
      @Arg('input', () => HistoryImportFileInput) input: HistoryImportFileInput,
      @Ctx() ctx: SubgraphContext,
    ): Promise<HistoryImportBatch> {
      const batch = await engine.start(ctx.em, ctx.caller, input);
      runInBackground(engine, ctx.em, batch.id);
      return out(batch);
    }

    @Query(() => HistoryImportBatch, { name: names.batch, description: `ADMIN: one ${owner} import batch and its progress` })
    async batch(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<HistoryImportBatch> {
      return out(await engine.batch(ctx.em, ctx.caller, id));
    }

    @Query(() => [HistoryImportBatch], {
      name: names.batches,
      description: `ADMIN: the ${owner} import batches, newest first (who imported what, when)`,
    })
    async batches(
      @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
      @Ctx() ctx: SubgraphContext,
    ): Promise<HistoryImportBatch[]> {
      return (await engine.batches(ctx.em, ctx.caller, limit)).map(out);
    }

    @Query(() => HistoryImportSource, {
      name: names.source,
      nullable: true,
      description: `ADMIN: the file and line an imported ${owner} record came from`,
    })
    async source(@Arg('entityId', () => ID) entityId: string, @Ctx() ctx: SubgraphContext): Promise<HistoryImportSource | null> {
      return engine.sourceOf(ctx.em, ctx.caller, entityId);
    }

    @Mutation(() => HistoryImportBatch, {
      name: names.undo,
      description: `ADMIN: undo a whole finished ${owner} batch while nothing depends on it`,
    })
    async undo(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<HistoryImportBatch> {
      return out(await engine.undo(ctx.em, ctx.caller, id));
    }
  }
  Object.defineProperty(HistoryImportHostResolver, 'name', { value: `${upperFirst(owner)}HistoryImportResolver` });
  return HistoryImportHostResolver;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/** Reads the whole body up to `max` bytes (the rest is drained so the sender gets our answer). */
async function readBytes(req: IncomingMessage, max: number): Promise<{ bytes: Buffer; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= max) chunks.push(chunk);
  }
  return { bytes: Buffer.concat(chunks), tooLarge: size > max };
}

/**
 * The file routes of an owner's import, through the gateway at /files/<owner>/..., ADMIN only:
 *   POST /files/history-imports/check?kind=<KIND>   x-file-name header → 200 JSON, the check (nothing written)
 *   POST /files/history-imports?kind=<KIND>         x-file-name header → 202 JSON, the queued batch (as start)
 *   GET  /files/import-templates/<KIND>.csv|.xlsx   the layout's header and a sample row
 * (large files go as raw bytes: a GraphQL body holds at most 2 MiB). Returns false for a path it does not
 * serve, so the subgraph's own file routes can answer it.
 */
export function historyImportFileRoutes(engine: HistoryImportEngine) {
  const owner = engine.schema;
  return async (req: IncomingMessage, res: ServerResponse, ctx: SubgraphContext): Promise<boolean> => {
    const url = new URL(req.url ?? '/', `http://${owner}`);
    const parts = url.pathname.split('/').filter(Boolean); // ['files', 'history-imports', 'check']
    if (parts[1] === 'history-imports') {
      if (req.method !== 'POST' || parts.length > 3 || (parts.length === 3 && parts[2] !== 'check'))
        throw new DomainError('FILE_NOT_FOUND', {});
      requireRole(ctx.caller, 'ADMIN');
      const { bytes, tooLarge } = await readBytes(req, IMPORT_MAX_BYTES);
      if (tooLarge) throw new DomainError('IMPORT_FILE_TOO_LARGE', { maxBytes: IMPORT_MAX_BYTES }, 'file');
      const name = req.headers['x-file-name'];
      const input = { kind: url.searchParams.get('kind') ?? '', fileName: typeof name === 'string' ? decodeURIComponent(name) : '', bytes };
      if (parts.length === 3) {
        const result = await engine.check(ctx.em, ctx.caller, input);
        sendJson(res, 200, {
          ...result,
          errors: result.errors.map((e) => ({ ...e, reason: errorMessage(e.reasonCode as ErrorReason, e.params) })),
        });
        return true;
      }
      const batch = await engine.start(ctx.em, ctx.caller, input);
      runInBackground(engine, ctx.em, batch.id);
      sendJson(res, 202, historyImportBatchOut(owner, batch));
      return true;
    }
    if (parts[1] !== 'import-templates') return false;
    const m = parts.length === 3 ? /^([A-Z]+)\.(csv|xlsx)$/.exec(parts[2] ?? '') : null;
    if (!m || req.method !== 'GET' || !engine.kindNames().includes(m[1] ?? '')) throw new DomainError('FILE_NOT_FOUND', {});
    requireRole(ctx.caller, 'ADMIN');
    const kind = m[1] as ImportKindName;
    const body =
      m[2] === 'csv'
        ? Buffer.from(importTemplateCsv(kind), 'utf-8')
        : await writeXlsx(
            kind,
            IMPORT_LAYOUTS[kind].map((c) => c.header),
            [IMPORT_LAYOUTS[kind].map((c) => c.example)],
          );
    res.writeHead(200, {
      'content-type': m[2] === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-length': String(body.length),
      'content-disposition': `attachment; filename="modello-${kind.toLowerCase()}.${m[2]}"`,
      'cache-control': 'private, no-store',
    });
    res.end(body);
    return true;
  };
}

/**
 * The periodic job that takes up batches queued, or running with an expired lease (their process stopped),
 * from their last committed chunk. The writing goes on outside the job's transaction.
 */
export function historyImportResumeJob(engine: HistoryImportEngine): ScheduledJob {
  return {
    name: 'resume-history-imports',
    cron: '* * * * *',
    async run(em) {
      for (const id of await engine.pending(em as EntityManager)) runInBackground(engine, em as EntityManager, id);
    },
  };
}

/** The worker that resumes at start the batches a stopped process left queued or running. */
export function historyImportWorkers(engine: HistoryImportEngine) {
  return async ({
    orm,
    log,
  }: {
    orm: { em: { fork(): unknown } };
    log: (level: 'info' | 'warn' | 'error', message: string, data?: Record<string, unknown>) => void;
  }): Promise<{ stop(): Promise<void> }> => {
    const fork = () => orm.em.fork() as EntityManager;
    const running = engine
      .pending(fork())
      .then((ids) => Promise.all(ids.map((id) => engine.runBatch(fork(), id))))
      .catch((e: unknown) => log('warn', 'history import resume failed', { error: String((e as Error)?.name ?? 'Error') }));
    return {
      async stop() {
        await Promise.race([running, new Promise((r) => setTimeout(r, 50))]);
      },
    };
  };
}

/**
 * A subgraph definition that hosts the history import of `engine`'s kinds: its resolver, file routes
 * (before the subgraph's own), resume job and resume worker added to what the definition declares.
 */
export function withHistoryImport(def: SubgraphDefinition, engine: HistoryImportEngine): SubgraphDefinition {
  if (engine.schema !== def.name) throw new Error(`the history import of ${def.name} must use its schema (got ${engine.schema})`);
  const routes = historyImportFileRoutes(engine);
  const job = historyImportResumeJob(engine);
  const resume = historyImportWorkers(engine);
  const own = def.workers;
  const jobs = def.jobs;
  return {
    ...def,
    resolvers: [...def.resolvers, historyImportResolver(engine)],
    fileRoutes: async (req, res, ctx) => {
      if (await routes(req, res, ctx)) return;
      if (!def.fileRoutes) throw new DomainError('FILE_NOT_FOUND', {});
      await def.fileRoutes(req, res, ctx);
    },
    jobs: (config) => [...(typeof jobs === 'function' ? jobs(config) : (jobs ?? [])), job],
    workers: async (deps) => {
      const started = await Promise.all([resume(deps), ...(own ? [own(deps)] : [])]);
      return { stop: async () => void (await Promise.all(started.map((w) => w.stop()))) };
    },
  };
}
