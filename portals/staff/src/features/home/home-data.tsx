import { useApolloClient, useQuery } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { takeEarlyData } from '@ixl/portal-client';
import { use, useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql/index.js';
import type { StaffHomeQuery } from '../../gql/graphql.js';

const STAFF_HOME = graphql(`
  query StaffHome {
    beneficiaries(first: 1) {
      totalCount
    }
    overdueIntakeInterviews(first: 1) {
      totalCount
    }
    intakeInterviewsDue(first: 1) {
      totalCount
    }
    governanceDue {
      kind
      year
      overdue
    }
  }
`);

/** The home's query as Apollo Client reads it: its data, whether it is being asked, its error. */
export interface HomeState {
  data: StaffHomeQuery | undefined;
  loading: boolean;
  error: unknown;
}

let seeding: Promise<boolean> | null = null;
/** Whether a HomeData has been drawn (committed) since the cache was seeded: only the first reads the cache first. */
let seedRead = false;

/** The early query's answer (drawn by the page before Apollo Client loaded) written into Apollo's cache, once. */
function seedCache(client: ApolloClient): Promise<boolean> {
  return (seeding ??= takeEarlyData<StaffHomeQuery>('StaffHome').then((data) => {
    if (!data) return false;
    client.writeQuery({ query: STAFF_HOME, data });
    return true;
  }));
}

/**
 * The home's query through Apollo Client (loaded with it, after the first screen): seeded with the early answer the
 * page was first drawn with, so that it is not asked again; without one (signed in just now, back from another page),
 * asked as any page's query.
 */
export function HomeData({ onChange, showsEarly }: { onChange: (state: HomeState) => void; showsEarly: boolean }) {
  const client = useApolloClient();
  const seededNow = use(seedCache(client));
  // Decided without a side effect (React may draw this more than once before it keeps one), marked once committed.
  const [seeded] = useState(() => seededNow && !seedRead);
  useEffect(() => {
    seedRead = true;
  }, []);
  const { data, loading, error } = useQuery(STAFF_HOME, seeded ? { fetchPolicy: 'cache-first' } : {});
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
