/** Document uploads and downloads over the gateway's file routes (plain HTTP, bearer token). */

export type DocumentKind = 'CV' | 'IDENTITY_DOCUMENT';

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['CV', 'IDENTITY_DOCUMENT'];

/** The most the server accepts (5 MiB); checked before sending. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** What went wrong, as a message key (`documents.error.*`), or the server's message. */
export interface UploadFailure {
  key?: string;
  message?: string;
}

/** Checks a chosen file before sending it (message key, or null when fine). */
export function checkDocumentFile(file: File | null): string | null {
  if (!file) return 'documents.error.noFile';
  if (file.size === 0) return 'documents.error.empty';
  if (file.size > MAX_DOCUMENT_BYTES) return 'documents.error.tooLarge';
  return null;
}

/** Sends the file's bytes: `PUT /files/people/documents?kind=…` (the server sniffs the type). */
export async function uploadDocument(
  token: string,
  kind: DocumentKind,
  file: File,
): Promise<{ ok: true } | ({ ok: false } & UploadFailure)> {
  let res: Response;
  try {
    res = await fetch(`/files/people/documents?kind=${encodeURIComponent(kind)}`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(file.name),
      },
      body: file,
    });
  } catch {
    return { ok: false, key: 'error.network' };
  }
  if (res.ok) return { ok: true };
  const body = (await res.json().catch(() => null)) as {
    errors?: { message?: string; extensions?: { code?: string } }[];
    message?: string;
    code?: string;
  } | null;
  const first = body?.errors?.[0];
  const code = first?.extensions?.code ?? body?.code;
  if (code === 'LIMIT_EXCEEDED' || res.status === 413) return { ok: false, key: 'documents.error.tooLarge' };
  if (code === 'BAD_USER_INPUT') return { ok: false, key: 'documents.error.type' };
  return { ok: false, message: first?.message ?? body?.message ?? `HTTP ${res.status}` };
}

/** Downloads a file with the bearer token and hands it to the browser as a download. */
export async function downloadWithToken(token: string, path: string, fallbackName: string): Promise<boolean> {
  const res = await fetch(path, { headers: { authorization: `Bearer ${token}` } }).catch(() => null);
  if (!res?.ok) return false;
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const name = utf8 ? decodeURIComponent(utf8) : (plain ?? fallbackName);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
