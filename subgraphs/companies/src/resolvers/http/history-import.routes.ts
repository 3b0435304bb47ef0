import type { IncomingMessage, ServerResponse } from 'node:http';
import { IMPORT_KINDS, IMPORT_LAYOUTS, importTemplateCsv, type ImportKindName } from '@ixl/contracts';
import { errorMessage, type ErrorReason } from '@ixl/contracts';
import { DomainError, requireRole, writeXlsx, type SubgraphContext } from '@ixl/subgraph-kit';
import { HistoryImportService, IMPORT_MAX_BYTES, runImportBatch } from '../../services/history-import.service.js';

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
 * Large history files as raw bytes (a GraphQL body holds at most 2 MiB), ADMIN only:
 *   POST /files/history-imports/check?kind=<KIND>   x-file-name header → 200 JSON, the check (nothing written)
 *   POST /files/history-imports?kind=<KIND>         x-file-name header → 202 JSON, the queued batch (as startHistoryImport)
 */
async function historyImportRoutes(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: SubgraphContext,
  url: URL,
  parts: string[],
): Promise<void> {
  if (req.method !== 'POST' || parts.length > 3 || (parts.length === 3 && parts[2] !== 'check'))
    throw new DomainError('FILE_NOT_FOUND', {});
  requireRole(ctx.caller, 'ADMIN');
  const { bytes, tooLarge } = await readBytes(req, IMPORT_MAX_BYTES);
  if (tooLarge) throw new DomainError('IMPORT_FILE_TOO_LARGE', { maxBytes: IMPORT_MAX_BYTES }, 'file');
  const name = req.headers['x-file-name'];
  const input = { kind: url.searchParams.get('kind') ?? '', fileName: typeof name === 'string' ? decodeURIComponent(name) : '', bytes };
  const service = new HistoryImportService(ctx.em);
  if (parts.length === 3) {
    const result = await service.check(ctx.caller, input);
    sendJson(res, 200, {
      ...result,
      errors: result.errors.map((e) => ({ ...e, reason: errorMessage(e.reasonCode as ErrorReason, e.params) })),
    });
    return;
  }
  const batch = await service.start(ctx.caller, input);
  void runImportBatch(ctx.em.fork(), batch.id).catch(() => undefined);
  sendJson(res, 202, batch);
}

/**
 * The history import templates (issue 27), through the gateway at /files/companies/...:
 *   GET /files/import-templates/<KIND>.csv    header and a sample row (`;`, UTF-8 with BOM)
 *   GET /files/import-templates/<KIND>.xlsx   the same as an XLSX workbook
 * ADMIN only (the import is).
 */
export async function companiesFileRoutes(req: IncomingMessage, res: ServerResponse, ctx: SubgraphContext): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://companies');
  const parts = url.pathname.split('/').filter(Boolean); // ['files', 'import-templates', 'AZIENDE.csv']
  if (parts[1] === 'history-imports') return historyImportRoutes(req, res, ctx, url, parts);
  const m = parts.length === 3 && parts[1] === 'import-templates' ? /^([A-Z]+)\.(csv|xlsx)$/.exec(parts[2] ?? '') : null;
  if (!m || req.method !== 'GET' || !(IMPORT_KINDS as string[]).includes(m[1] ?? '')) throw new DomainError('FILE_NOT_FOUND', {});
  requireRole(ctx.caller, 'ADMIN');
  const kind = m[1] as ImportKindName;
  const name = `modello-${kind.toLowerCase()}.${m[2]}`;
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
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'private, no-store',
  });
  res.end(body);
}
