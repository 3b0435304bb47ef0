/** Settings of the people subgraph beyond the kit's (validated when the module loads, i.e. at start-up). */
export interface PeopleConfig {
  /** Largest accepted document upload, bytes (PEOPLE_MAX_DOCUMENT_BYTES, default 5 MiB; the gateway caps at 10 MiB). */
  maxDocumentBytes: number;
  /** Life of an access token, seconds (IXL_ACCESS_TOKEN_TTL_SECONDS, default 15 minutes; 60 s to 24 h). */
  accessTokenTtlSeconds: number;
}

export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

function wholeNumber(env: NodeJS.ProcessEnv, key: string, fallback: number, min: number, max: number, unit: string): number {
  const raw = env[key];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`Configuration: ${key} must be a whole number of ${unit} between ${min} and ${max}`);
  return value;
}

export function loadPeopleConfig(env: NodeJS.ProcessEnv = process.env): PeopleConfig {
  return {
    maxDocumentBytes: wholeNumber(env, 'PEOPLE_MAX_DOCUMENT_BYTES', 5 * 1024 * 1024, 1024, 10 * 1024 * 1024, 'bytes'),
    accessTokenTtlSeconds: wholeNumber(env, 'IXL_ACCESS_TOKEN_TTL_SECONDS', DEFAULT_ACCESS_TOKEN_TTL_SECONDS, 60, 24 * 3600, 'seconds'),
  };
}

export const peopleConfig: PeopleConfig = loadPeopleConfig();
