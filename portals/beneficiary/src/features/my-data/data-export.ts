import { todayInRome } from '@ixl/calendar';

/** Where the gateway serves a person's own data (GDPR access / portability), as a JSON attachment. */
export const PRIVACY_EXPORT_PATH = '/privacy/export';

/** The file name to save the export under: the server's, else `ixl-miei-dati-<date>.json`. */
export function exportFileName(disposition: string | null, today: string): string {
  const utf8 = disposition ? /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] : undefined;
  if (utf8) return decodeURIComponent(utf8);
  const plain = disposition ? /filename="?([^";]+)"?/i.exec(disposition)?.[1] : undefined;
  return plain ?? `ixl-miei-dati-${today}.json`;
}

export type ExportOutcome = 'ok' | 'unavailable' | 'forbidden' | 'network';

/** Fetches the export with the bearer token and saves it through a Blob link. */
export async function downloadMyData(token: string): Promise<ExportOutcome> {
  let res: Response;
  try {
    res = await fetch(PRIVACY_EXPORT_PATH, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  } catch {
    return 'network';
  }
  if (res.status === 401 || res.status === 403) return 'forbidden';
  if (!res.ok) return 'unavailable';
  const blob = await res.blob();
  const url = URL.createObjectURL(new Blob([blob], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(res.headers.get('content-disposition'), todayInRome());
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return 'ok';
}
