import { useSession } from '@ixl/portal-client';
import { Alert, Button, Notice, useI18n } from '@ixl/ui';
import { useState } from 'react';
import { downloadMyData, type ExportOutcome } from './data-export.js';

/** "Download my data": everything the programme holds about me, as a JSON file. */
export function DataExportCard() {
  const { t } = useI18n();
  const { token } = useSession();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const run = async () => {
    setBusy(true);
    setOutcome(null);
    setOutcome(await downloadMyData(token));
    setBusy(false);
  };
  return (
    <section className="ixl-card" aria-labelledby="data-export">
      <h2 id="data-export">{t('data.exportTitle')}</h2>
      <p>{t('data.exportIntro')}</p>
      <Button onClick={() => void run()} disabled={busy}>
        {busy ? t('data.exporting') : t('data.export')}
      </Button>
      {outcome === 'ok' ? <Notice>{t('data.exported')}</Notice> : outcome ? <Alert>{t(`data.exportError.${outcome}`)}</Alert> : null}
    </section>
  );
}
