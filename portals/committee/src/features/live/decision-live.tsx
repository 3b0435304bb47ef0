import { useSubscription } from '@apollo/client/react';
import { LiveStatusLine } from '@ixl/portal-client';
import { formatDate, useI18n } from '@ixl/ui';
import { useCallback, useState } from 'react';
import { graphql } from '../../gql/index.js';

const DECISION_RECORDED = graphql(`
  subscription CommitteeLiveDecisionRecorded {
    committeeDecisionRecorded {
      id
      sessionId
      outcome
      decidedOn
      votesFor
      votesAgainst
      abstentions
    }
  }
`);

interface LiveEvent {
  key: string;
  text: string;
}

/** Decisions of the member's committees as they are recorded (a polite live region); `sessionId` keeps one session's. */
export function DecisionLive({ sessionId, onChange }: { sessionId?: string | undefined; onChange?: () => void }) {
  const { t, tEnum, lang } = useI18n();
  const [events, setEvents] = useState<LiveEvent[]>([]);
  const add = useCallback(
    (e: LiveEvent) => setEvents((list) => (list.some((x) => x.key === e.key) ? list : [e, ...list].slice(0, 10))),
    [],
  );
  useSubscription(DECISION_RECORDED, {
    onData: ({ data }) => {
      const d = data.data?.committeeDecisionRecorded;
      if (!d || (sessionId && d.sessionId !== sessionId)) return;
      add({
        key: d.id,
        text: t('live.decision', {
          outcome: tEnum('decisionOutcome', d.outcome),
          date: formatDate(d.decidedOn, lang),
          votesFor: d.votesFor,
          votesAgainst: d.votesAgainst,
          abstentions: d.abstentions,
        }),
      });
      onChange?.();
    },
  });
  return (
    <section className="ixl-card" aria-labelledby="live-title">
      <h2 id="live-title">{t('live.title')}</h2>
      <LiveStatusLine />
      <ul aria-live="polite" aria-relevant="additions" className="ixl-feed" aria-label={t('live.listLabel')}>
        {events.map((e) => (
          <li key={e.key}>{e.text}</li>
        ))}
      </ul>
      {events.length ? null : <p>{t('live.empty')}</p>}
    </section>
  );
}
