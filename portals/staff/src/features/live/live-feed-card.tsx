import { LiveStatusLine } from '@ixl/portal-client';
import { useI18n } from '@ixl/ui';

export interface LiveEvent {
  key: string;
  at: Date;
  text: string;
}

/**
 * The live card as drawn: its title, the connection's line and the events (newest first). Without Apollo Client: the
 * home draws it empty, in the card's place, while the subscriptions' code is still loading (LiveFeed).
 */
export function LiveFeedCard({ events }: { events: readonly LiveEvent[] }) {
  const { t, lang } = useI18n();
  const time = new Intl.DateTimeFormat(lang === 'it' ? 'it-IT' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'Europe/Rome',
  });
  return (
    <section className="ixl-card" aria-labelledby="live-feed-title">
      <h2 id="live-feed-title">{t('live.title')}</h2>
      <LiveStatusLine />
      {events.length ? (
        <ol aria-live="polite" aria-relevant="additions" className="ixl-feed">
          {events.map((e) => (
            <li key={e.key}>
              <time dateTime={e.at.toISOString()}>{time.format(e.at)}</time> {e.text}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('live.empty')}</p>
      )}
    </section>
  );
}
