import type { IncomingMessage, ServerResponse } from 'node:http';
import { IMPORT_KINDS, IMPORT_LAYOUTS, importTemplateCsv, type ImportKindName } from '@ixl/contracts';
import { DomainError, requireRole, writeXlsx, type SubgraphContext } from '@ixl/subgraph-kit';

/**
 * The history import templates (issue 27), through the gateway at /files/companies/...:
 *   GET /files/import-templates/<KIND>.csv    header and a sample row (`;`, UTF-8 with BOM)
 *   GET /files/import-templates/<KIND>.xlsx   the same as an XLSX workbook
 * ADMIN only (the import is).
 */
export async function companiesFileRoutes(req: IncomingMessage, res: ServerResponse, ctx: SubgraphContext): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://companies');
  const parts = url.pathname.split('/').filter(Boolean); // ['files', 'import-templates', 'AZIENDE.csv']
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
