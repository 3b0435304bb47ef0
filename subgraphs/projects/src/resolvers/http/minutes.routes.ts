import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError, isUuid, type SubgraphContext } from '@ixl/subgraph-kit';
import { MinutesStatus } from '../../entities/enums.js';
import { CommitteeService } from '../../services/committee.service.js';
import { minutesPdf } from '../../services/minutes-pdf.js';

/**
 * The verbale as a PDF, over plain HTTP (through the gateway at /files/projects/...):
 *   GET /files/minutes/<sessionId>   staff or members of the session's committee; 404 without minutes
 */
export async function projectsFileRoutes(req: IncomingMessage, res: ServerResponse, ctx: SubgraphContext): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://projects');
  const parts = url.pathname.split('/').filter(Boolean); // ['files', 'minutes', sessionId]
  if (parts[1] !== 'minutes' || parts.length !== 3 || req.method !== 'GET') throw new DomainError('FILE_ROUTE_NOT_FOUND', {});
  const id = parts[2] ?? '';
  if (!isUuid(id)) throw new DomainError('FILE_ROUTE_NOT_FOUND', {});
  const session = await new CommitteeService(ctx.em).session(ctx.caller, id);
  if (!session.minutes || session.minutesStatus === MinutesStatus.NONE) throw new DomainError('MINUTES_NOT_YET_WRITTEN', {});
  const title = session.minutes.split('\n')[0]?.trim() || 'Verbale';
  const pdf = await minutesPdf(session.minutes, { title, approved: session.minutesStatus === MinutesStatus.APPROVED });
  res.writeHead(200, {
    'content-type': 'application/pdf',
    'content-length': String(pdf.length),
    'content-disposition': `attachment; filename="verbale-${session.heldOn}.pdf"`,
    'cache-control': 'no-store',
  });
  res.end(Buffer.from(pdf));
}
