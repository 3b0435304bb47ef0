import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError, type SubgraphContext } from '@ixl/subgraph-kit';
import { DocumentService } from '../../services/document.service.js';

/** Reads the whole body, stopping to keep bytes past `max` (the rest is drained so the sender sees our answer). */
async function readBody(req: IncomingMessage, max: number): Promise<{ bytes: Buffer; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= max) chunks.push(chunk);
  }
  return { bytes: Buffer.concat(chunks), tooLarge: size > max };
}

/**
 * Documents over plain HTTP (through the gateway at /files/people/...):
 *   PUT /files/documents?kind=CV[&beneficiaryId=…]   raw bytes, optional x-file-name header → 201 JSON
 *   GET /files/documents/<id>                         the file (owner or staff)
 */
export async function peopleFileRoutes(req: IncomingMessage, res: ServerResponse, ctx: SubgraphContext): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://people');
  const parts = url.pathname.split('/').filter(Boolean); // ['files', 'documents', id?]
  if (parts[1] !== 'documents' || parts.length > 3) throw new DomainError('FILE_NOT_FOUND', {});
  const service = new DocumentService(ctx.em);
  if (parts.length === 2 && (req.method === 'PUT' || req.method === 'POST')) {
    const max = ctx.config.people.maxDocumentBytes;
    const declared = Number(req.headers['content-length'] ?? 0);
    const { bytes, tooLarge } = await readBody(req, max);
    if (tooLarge || declared > max) throw new DomainError('DOCUMENT_TOO_LARGE', { maxKib: Math.floor(max / 1024) }, 'file');
    const fileName = req.headers['x-file-name'];
    const doc = await service.upload(ctx.caller, {
      beneficiaryId: url.searchParams.get('beneficiaryId'),
      kind: url.searchParams.get('kind'),
      fileName: typeof fileName === 'string' ? fileName : undefined,
      bytes,
      maxBytes: max,
    });
    res.writeHead(201, { 'content-type': 'application/json; charset=utf-8' });
    res.end(
      JSON.stringify({
        id: doc.id,
        beneficiaryId: doc.beneficiaryId,
        kind: doc.kind,
        fileName: doc.fileName,
        contentType: doc.contentType,
        size: doc.size,
        sha256: doc.sha256,
        uploadedAt: doc.uploadedAt.toISOString(),
      }),
    );
    return;
  }
  if (parts.length === 3 && req.method === 'GET') {
    const doc = await service.download(ctx.caller, parts[2] ?? '');
    res.writeHead(200, {
      'content-type': doc.contentType,
      'content-length': String(doc.content.length),
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
      'cache-control': 'private, no-store',
      etag: `"${doc.sha256}"`,
    });
    res.end(doc.content);
    return;
  }
  throw new DomainError('FILE_NOT_FOUND', {});
}
