import { useSession } from '@ixl/portal-client';
import { Alert, Button, useI18n } from '@ixl/ui';
import { useState } from 'react';

/** Fetches the verbale's PDF with the bearer token and hands it to the browser as a download. */
async function downloadMinutes(token: string, sessionId: string, fallbackName: string): Promise<boolean> {
  const res = await fetch(`/files/projects/minutes/${encodeURIComponent(sessionId)}`, {
    headers: { authorization: `Bearer ${token}` },
  }).catch(() => null);
  if (!res?.ok) return false;
  const blob = await res.blob();
  const name = /filename="?([^";]+)"?/i.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
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

/** "Scarica il PDF" and "Stampa" for the verbale of a session. */
export function MinutesActions({ sessionId, heldOn }: { sessionId: string; heldOn: string }) {
  const { t } = useI18n();
  const { token } = useSession();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <>
      {failed ? <Alert>{t('minutes.pdf.failed')}</Alert> : null}
      <div className="ixl-actions">
        <Button
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setFailed(false);
            void downloadMinutes(token, sessionId, `verbale-${heldOn}.pdf`).then((ok) => {
              setBusy(false);
              setFailed(!ok);
            });
          }}
        >
          {t('minutes.pdf')}
        </Button>
        <Button variant="secondary" onClick={() => window.print()}>
          {t('minutes.print')}
        </Button>
      </div>
    </>
  );
}
