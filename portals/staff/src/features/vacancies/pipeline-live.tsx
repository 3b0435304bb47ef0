import { useSubscription } from '@apollo/client/react';
import { useLiveConnection } from '@ixl/portal-client';
import { useI18n } from '@ixl/ui';
import { useRef, useState } from 'react';
import { graphql } from '../../gql/index.js';

/** Every candidate move, as the companies subgraph publishes it (staff see all vacancies; this page keeps its own). */
const PIPELINE_CHANGED = graphql(`
  subscription StaffPipelineChanged {
    candidateStatusChanged {
      id
      status
      firstName
      initials
      reasonCode
      reasonNote
      updatedAt
      vacancy {
        id
      }
    }
  }
`);

const MAX_LIVE = 20;

interface LiveLine {
  key: string;
  at: Date;
  name: string;
  status: string;
}

/**
 * The pipeline of one vacancy kept live, like the company's candidates page (issue 20): a move made by the company
 * (invitation, hire, rejection) or by another operator shows up here at once, and the pipeline is fetched again.
 */
export function PipelineLive({ vacancyId, onChange }: { vacancyId: string; onChange: () => void }) {
  const { t, tEnum, lang } = useI18n();
  const status = useLiveConnection();
  const [lines, setLines] = useState<LiveLine[]>([]);
  const counter = useRef(0);
  useSubscription(PIPELINE_CHANGED, {
    onData: ({ data }) => {
      const c = data.data?.candidateStatusChanged;
      if (!c || c.vacancy.id !== vacancyId) return;
      counter.current += 1;
      const name = [c.firstName, c.initials].filter(Boolean).join(' ') || t('vacancies.live.someone');
      setLines((list) => [{ key: `${c.id}:${counter.current}`, at: new Date(), name, status: c.status }, ...list].slice(0, MAX_LIVE));
      onChange();
    },
  });
  const time = new Intl.DateTimeFormat(lang === 'it' ? 'it-IT' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'Europe/Rome',
  });
  return (
    <section className="ixl-card" aria-labelledby="pipeline-live-title">
      <h2 id="pipeline-live-title">{t('vacancies.live.title')}</h2>
      <p className="ixl-muted" role="status">
        {t(`vacancies.live.${status}`)}
      </p>
      <ol aria-live="polite" aria-relevant="additions" className="ixl-feed">
        {lines.map((l) => (
          <li key={l.key}>
            <time dateTime={l.at.toISOString()}>{time.format(l.at)}</time>{' '}
            {t('vacancies.live.changed', { name: l.name, stage: tEnum('vacancies.pipeline.stage', l.status) })}
          </li>
        ))}
      </ol>
      {lines.length ? null : <p>{t('vacancies.live.empty')}</p>}
    </section>
  );
}
