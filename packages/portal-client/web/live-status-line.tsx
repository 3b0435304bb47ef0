import { useI18n } from '@ixl/ui';
import { useLiveConnection, type LiveStatus } from './live-connection.js';

const STATES: readonly LiveStatus[] = ['connecting', 'connected', 'closed'];

/**
 * The "live updates on/off" line of a live card (`live.status.<state>` of the portal's messages), as tall as its
 * longest text from the first paint: the other texts are laid out in the same place, hidden and out of the
 * accessibility tree. "Collegamento agli aggiornamenti in corso…" takes two lines on a phone and "…attivi." one: the
 * card shrank when the socket opened and what followed it moved up (a layout shift, issue 25).
 */
export function LiveStatusLine() {
  const { t } = useI18n();
  const status = useLiveConnection();
  return (
    <p className="ixl-muted ixl-steady">
      <span role="status">{t(`live.status.${status}`)}</span>
      {STATES.filter((s) => s !== status).map((s) => (
        <span key={s} aria-hidden="true">
          {t(`live.status.${s}`)}
        </span>
      ))}
    </p>
  );
}
