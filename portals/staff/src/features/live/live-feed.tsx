import { useSubscription } from '@apollo/client/react';
import { useI18n } from '@ixl/ui';
import { useCallback, useState } from 'react';
import { graphql } from '../../gql/index.js';
import { LiveFeedCard, type LiveEvent } from './live-feed-card.js';

const VACANCY_POSTED = graphql(`
  subscription StaffLiveVacancyPosted {
    vacancyPosted {
      id
      title
      openings
      company {
        id
        name
      }
    }
  }
`);

const PLACEMENT_RECORDED = graphql(`
  subscription StaffLivePlacementRecorded {
    placementRecorded {
      id
      type
      company {
        id
        name
      }
      beneficiary {
        id
        firstName
        lastName
      }
    }
  }
`);

const BENEFICIARY_REGISTERED = graphql(`
  subscription StaffLiveBeneficiaryRegistered {
    beneficiaryRegistered {
      id
      firstName
      lastName
    }
  }
`);

export const MAX_EVENTS = 20;

/**
 * What happens now, newest first (vacancies posted, placements recorded, registrations), over the
 * portal's graphql-ws connection. New kinds of event are one more subscription here.
 */
export function LiveFeed() {
  const { t, tEnum } = useI18n();
  const [events, setEvents] = useState<LiveEvent[]>([]);
  const add = useCallback(
    (key: string, text: string) =>
      setEvents((list) => (list.some((e) => e.key === key) ? list : [{ key, at: new Date(), text }, ...list].slice(0, MAX_EVENTS))),
    [],
  );

  useSubscription(VACANCY_POSTED, {
    onData: ({ data }) => {
      const v = data.data?.vacancyPosted;
      if (v) add(`vacancy:${v.id}`, t('live.vacancyPosted', { title: v.title, company: v.company.name, openings: v.openings }));
    },
  });
  useSubscription(PLACEMENT_RECORDED, {
    onData: ({ data }) => {
      const p = data.data?.placementRecorded;
      if (p)
        add(
          `placement:${p.id}`,
          t('live.placementRecorded', {
            name: `${p.beneficiary.firstName} ${p.beneficiary.lastName}`,
            company: p.company?.name ?? '—',
            type: tEnum('placementType', p.type),
          }),
        );
    },
  });
  useSubscription(BENEFICIARY_REGISTERED, {
    onData: ({ data }) => {
      const b = data.data?.beneficiaryRegistered;
      if (b) add(`registration:${b.id}`, t('live.beneficiaryRegistered', { name: `${b.firstName} ${b.lastName}` }));
    },
  });

  return <LiveFeedCard events={events} />;
}
