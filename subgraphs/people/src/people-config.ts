/** Settings of the people subgraph beyond the kit's (validated when the module loads, i.e. at start-up). */
export interface PeopleConfig {
  /** Largest accepted document upload, bytes (PEOPLE_MAX_DOCUMENT_BYTES, default 5 MiB; the gateway caps at 10 MiB). */
  maxDocumentBytes: number;
}

export function loadPeopleConfig(env: NodeJS.ProcessEnv = process.env): PeopleConfig {
  const raw = env.PEOPLE_MAX_DOCUMENT_BYTES;
  const maxDocumentBytes = raw === undefined || raw === '' ? 5 * 1024 * 1024 : Number(raw);
  if (!Number.isInteger(maxDocumentBytes) || maxDocumentBytes < 1024 || maxDocumentBytes > 10 * 1024 * 1024) {
    throw new Error('Configuration: PEOPLE_MAX_DOCUMENT_BYTES must be a whole number of bytes between 1024 and 10485760');
  }
  return { maxDocumentBytes };
}

export const peopleConfig: PeopleConfig = loadPeopleConfig();
