import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { sendJson } from '@ixl/http-kit';
import { buildContext, type GatewayContext } from './context.js';
import { SUBGRAPHS } from '@ixl/registry';
import type { GatewayConfig } from './config.js';

/** One federated query: every subgraph of the registry contributes what it holds about the person (its export field). */
export const PRIVACY_EXPORT_QUERY = `query PrivacyExport($id: ID!) {
  beneficiary(id: $id) { id ${SUBGRAPHS.map((s) => s.personalData.exportField).join(' ')} }
}`;
const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  SERVICE_UNAVAILABLE: 503,
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const fail = (res: ServerResponse, status: number, code: string, message: string, field?: string) =>
  sendJson(res, status, { errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });

/**
 * `GET /privacy/export` (GDPR art. 15/20): all data about a person as a JSON attachment. A beneficiary
 * gets their own; STAFF and ADMIN name the person with `?beneficiaryId=`. Nothing partial: if a
 * subgraph cannot answer, the export fails (503) rather than look complete.
 */
export async function servePrivacyExport(
  req: IncomingMessage,
  res: ServerResponse,
  apollo: ApolloServer<GatewayContext>,
  config: GatewayConfig,
): Promise<void> {
  if (req.method !== 'GET') return fail(res, 405, 'METHOD_NOT_ALLOWED', 'Use GET');
  let context: GatewayContext;
  try {
    context = await buildContext(req, config.jwtPublicKeys, config.trustProxy);
  } catch (err) {
    return fail(res, 401, 'UNAUTHENTICATED', (err as Error).message);
  }
  const { caller } = context;
  if (caller.role === 'ANONYMOUS') return fail(res, 401, 'UNAUTHENTICATED', 'Please log in');
  const asked = new URL(req.url ?? '/', 'http://gateway').searchParams.get('beneficiaryId');
  const id = caller.role === 'BENEFICIARY' ? caller.beneficiaryId : asked;
  if (caller.role === 'BENEFICIARY' && asked && asked !== caller.beneficiaryId)
    return fail(res, 403, 'FORBIDDEN', 'You may export only your own data');
  if (caller.role !== 'BENEFICIARY' && caller.role !== 'STAFF' && caller.role !== 'ADMIN')
    return fail(res, 403, 'FORBIDDEN', 'You are not allowed to export personal data');
  if (!id) return fail(res, 400, 'BAD_USER_INPUT', 'Say whose data: ?beneficiaryId=', 'beneficiaryId');
  if (!UUID.test(id)) return fail(res, 400, 'BAD_USER_INPUT', 'beneficiaryId is not a valid id', 'beneficiaryId');

  const response = await apollo.executeOperation({ query: PRIVACY_EXPORT_QUERY, variables: { id } }, { contextValue: context });
  if (response.body.kind !== 'single') return fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  const { data, errors } = response.body.singleResult as {
    data?: { beneficiary: Record<string, unknown> | null } | null;
    errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  };
  if (errors?.length) {
    const code = String(errors[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    return fail(
      res,
      STATUS[code] ?? 503,
      code in STATUS ? code : 'SERVICE_UNAVAILABLE',
      code in STATUS ? (errors[0]?.message ?? code) : 'Part of the data cannot be read right now: try again later',
    );
  }
  const b = data?.beneficiary;
  if (!b) return fail(res, 404, 'NOT_FOUND', 'No such person', 'beneficiaryId');
  const exportedAt = new Date().toISOString();
  const body = JSON.stringify(
    {
      format: 'ixl-personal-data/1',
      exportedAt,
      beneficiaryId: b.id,
      subgraphs: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, b[s.personalData.exportField] ?? null])),
    },
    null,
    2,
  );
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-disposition': `attachment; filename="ixl-dati-personali-${b.id}-${exportedAt.slice(0, 10)}.json"`,
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** `servePrivacyExport` with failures logged and answered 500 (never a stack trace). */
export function handlePrivacyExport(
  req: IncomingMessage,
  res: ServerResponse,
  apollo: ApolloServer<GatewayContext>,
  config: GatewayConfig,
  log: (level: 'error', message: string, data?: Record<string, unknown>) => void,
): void {
  servePrivacyExport(req, res, apollo, config).catch((err) => {
    log('error', 'privacy export failed', { error: err instanceof Error ? err.message : String(err) });
    if (!res.headersSent) fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    else res.end();
  });
}
