import { useApolloClient, useQuery } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { takeEarlyData } from '@ixl/portal-client';
import { use, useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql/index.js';
import type { BeneficiaryMyPathQuery } from '../../gql/graphql.js';
import { usePathLive } from './path-live.js';

const MY_PATH = graphql(`
  query BeneficiaryMyPath {
    myBeneficiary {
      id
      firstName
      sex
      status
      registeredAt
      interviewSla {
        dueDate
        overdue
        interviewedAt
      }
      interviews {
        id
        scheduledAt
        mode
        location
        status
        operatorName
      }
      services {
        id
        kind
        startedOn
        expectedEndOn
        endedOn
      }
    }
    myStatusHistory {
      id
      from
      to
      at
    }
  }
`);

/** The home's query as Apollo Client reads it: its data, whether it is being asked, its error. */
export interface PathState {
  data: BeneficiaryMyPathQuery | undefined;
  loading: boolean;
  error: unknown;
}

let seeding: Promise<boolean> | null = null;
/** Whether a PathData has been drawn (committed) since the cache was seeded: only the first reads the cache first. */
let seedRead = false;

/** The early query's answer (drawn by the page before Apollo Client loaded) written into Apollo's cache, once. */
function seedCache(client: ApolloClient): Promise<boolean> {
  return (seeding ??= takeEarlyData<BeneficiaryMyPathQuery>('BeneficiaryMyPath').then((data) => {
    if (!data) return false;
    client.writeQuery({ query: MY_PATH, data });
    return true;
  }));
}

/**
 * The home's query through Apollo Client, with its live updates (loaded with Apollo Client, after the first screen):
 * seeded with the early answer the page was first drawn with, so that it is not asked again; from then on it behaves
 * as any page's query (cache, refetch on live news, the session's end).
 */
export function PathData({
  onChange,
  onNews,
  showsEarly,
}: {
  onChange: (state: PathState) => void;
  onNews: (messageKey: string) => void;
  showsEarly: boolean;
}) {
  const client = useApolloClient();
  const seededNow = use(seedCache(client));
  // Decided without a side effect (React may draw this more than once before it keeps one), marked once committed.
  const [seeded] = useState(() => seededNow && !seedRead);
  useEffect(() => {
    seedRead = true;
  }, []);
  const { data, loading, error, refetch } = useQuery(MY_PATH, seeded ? { fetchPolicy: 'cache-first' } : {});
  usePathLive((key) => {
    onNews(key);
    void refetch();
  });
  // The seeded answer is what the page shows already (`showsEarly`: the page was drawn from the early answer): not
  // drawn again. A page that shows none (drawn again after the hand-over) is given it, or it would wait for good.
  const unchanged = useRef(seeded && showsEarly);
  useEffect(() => {
    if (unchanged.current && data && !error) {
      unchanged.current = false;
      return;
    }
    unchanged.current = false;
    onChange({ data, loading, error });
  }, [data, loading, error, onChange]);
  return null;
}
