import { useSubscription } from '@apollo/client/react';
import { LiveStatusLine } from '@ixl/portal-client';
import { formatCents, useI18n } from '@ixl/ui';
import { useCallback, useState } from 'react';
import { graphql } from '../../gql/index.js';
import { formatPercent } from '../kpis/kpi-panel.js';

const KPIS_CHANGED = graphql(`
  subscription TrainingLiveKpisChanged {
    editionKpisChanged {
      id
      title
      kpis {
        placements
        population
        placementRate
      }
    }
  }
`);

const RISK_SETTLED = graphql(`
  subscription TrainingLiveRiskShareSettled {
    riskShareSettled {
      id
      title
      riskShare {
        settlement {
          id
          payableCents
          withheldCents
          revision
        }
      }
    }
  }
`);

const ATTENDANCE_UPLOADED = graphql(`
  subscription TrainingLiveAttendanceUploaded {
    attendanceUploaded {
      uploadId
      rows
      edition {
        id
        title
      }
    }
  }
`);

export const MAX_LIVE_EVENTS = 10;

interface LiveEvent {
  key: string;
  at: Date;
  text: string;
}

/**
 * Live updates of the body's editions (a participant placed, a risk share settled, attendance saved),
 * newest first, in a polite live region. `editionId` keeps only that edition's; `onChange` lets the
 * page refetch its figures.
 */
export function EditionLive({ editionId, onChange }: { editionId?: string | undefined; onChange?: () => void }) {
  const { t, lang } = useI18n();
  const [events, setEvents] = useState<LiveEvent[]>([]);
  const add = useCallback(
    (id: string, key: string, text: string) => {
      if (editionId && id !== editionId) return;
      setEvents((list) => (list.some((e) => e.key === key) ? list : [{ key, at: new Date(), text }, ...list].slice(0, MAX_LIVE_EVENTS)));
      onChange?.();
    },
    [editionId, onChange],
  );

  useSubscription(KPIS_CHANGED, {
    onData: ({ data }) => {
      const e = data.data?.editionKpisChanged;
      if (e)
        add(
          e.id,
          `kpis:${e.id}:${e.kpis.placements}:${e.kpis.population}:${Date.now()}`,
          t('live.kpisChanged', {
            title: e.title,
            rate: formatPercent(e.kpis.placementRate, lang),
            placements: e.kpis.placements,
            population: e.kpis.population,
          }),
        );
    },
  });
  useSubscription(RISK_SETTLED, {
    onData: ({ data }) => {
      const e = data.data?.riskShareSettled;
      const s = e?.riskShare?.settlement;
      if (e && s)
        add(
          e.id,
          `settled:${s.id}:${s.revision}`,
          t(s.revision > 0 ? 'live.riskAdjusted' : 'live.riskSettled', {
            title: e.title,
            payable: formatCents(s.payableCents, lang),
            withheld: formatCents(s.withheldCents, lang),
          }),
        );
    },
  });
  useSubscription(ATTENDANCE_UPLOADED, {
    onData: ({ data }) => {
      const u = data.data?.attendanceUploaded;
      if (u) add(u.edition.id, `attendance:${u.uploadId}`, t('live.attendanceUploaded', { title: u.edition.title, rows: u.rows }));
    },
  });

  const time = new Intl.DateTimeFormat(lang === 'it' ? 'it-IT' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'Europe/Rome',
  });
  return (
    <section className="ixl-card" aria-labelledby="live-title">
      <h2 id="live-title">{t('live.title')}</h2>
      <LiveStatusLine />
      <ol aria-live="polite" aria-relevant="additions" className="ixl-feed" aria-label={t('live.listLabel')}>
        {events.map((e) => (
          <li key={e.key}>
            <time dateTime={e.at.toISOString()}>{time.format(e.at)}</time> {e.text}
          </li>
        ))}
      </ol>
      {events.length ? null : <p>{t('live.empty')}</p>}
    </section>
  );
}
