import { useI18n } from '@ixl/ui';
import { useLiveConnection, type LiveStatus } from './live-connection.js';

const STATES: readonly LiveStatus[] = ['connecting', 'connected', 'closed'];

/**
 * The "live updates on/off" line of a live card (`live.status.<state>` of the portal's messages), as tall as its
 * longest text from the first paint: the other texts are laid out in the same place, hidden and out of the
 * accessibility tree. The line had taken two lines on a phone while connecting and one once connected: the card shrank
 * when the socket opened and what followed it moved up (a layout shift, issue 25). The portals' texts are kept short
 * enough for one line at 390 px, so the line reserves no blank space either.
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
