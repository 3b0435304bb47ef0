import { IMPORT_KIND_OWNER, type ImportKindName } from '@ixl/contracts';

/**
 * The history import's file routes (raw bytes, ADMIN): check, start, templates. Each kind goes to the
 * subgraph that owns it: the gateway proxies `/files/<owner>/...` to that subgraph's `/files/...`.
 */
const ownerFiles = (kind: ImportKindName) => `/files/${IMPORT_KIND_OWNER[kind]}`;

export interface ImportRowErrorJson {
  file: string;
  sheet: string | null;
  line: number;
  column: string | null;
  reasonCode: string;
  params: Record<string, string | number>;
}
export interface ImportCheckJson {
  format: string;
  sheet: string | null;
  totalRows: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  errors: ImportRowErrorJson[];
}
export interface ApiErrorJson {
  code: string;
  reason?: string;
  params?: Record<string, unknown>;
}

async function post<T>(
  token: string,
  path: string,
  kind: ImportKindName,
  file: File,
): Promise<{ ok: true; body: T } | { ok: false; error: ApiErrorJson }> {
  const res = await fetch(`${ownerFiles(kind)}/history-imports${path}?kind=${encodeURIComponent(kind)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'x-file-name': encodeURIComponent(file.name) },
    body: file,
  }).catch(() => null);
  if (!res) return { ok: false, error: { code: 'NETWORK' } };
  const body = (await res.json().catch(() => null)) as (T & { errors?: { extensions?: ApiErrorJson }[] }) | null;
  if (!res.ok) return { ok: false, error: body?.errors?.[0]?.extensions ?? { code: 'NETWORK' } };
  return { ok: true, body: body as T };
}

export const checkImportFile = (token: string, kind: ImportKindName, file: File) => post<ImportCheckJson>(token, '/check', kind, file);
export const startImportFile = (token: string, kind: ImportKindName, file: File) => post<{ id: string }>(token, '', kind, file);

/** Fetches a template with the bearer token and hands it to the browser as a download. */
export async function downloadTemplate(token: string, kind: ImportKindName, format: 'csv' | 'xlsx'): Promise<boolean> {
  const res = await fetch(`${ownerFiles(kind)}/import-templates/${kind}.${format}`, {
    headers: { authorization: `Bearer ${token}` },
  }).catch(() => null);
  if (!res?.ok) return false;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `modello-${kind.toLowerCase()}.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
