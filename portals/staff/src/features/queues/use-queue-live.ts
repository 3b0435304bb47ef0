import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { graphql } from '../../gql/index.js';

const REGISTERED = graphql(`
  subscription StaffQueueRegistered {
    beneficiaryRegistered {
      id
    }
  }
`);
const INTERVIEW_UPDATED = graphql(`
  subscription StaffQueueInterviewUpdated {
    intakeInterviewUpdated {
      id
      beneficiaryId
    }
  }
`);
const INTERVIEW_DUE = graphql(`
  subscription StaffQueueInterviewDue {
    interviewDue {
      id
    }
  }
`);

/**
 * Keeps the work queues current while they are open: a registration, an interview scheduled or held
 * by another operator, or an SLA alert refreshes them (events of one burst share one refresh).
 */
export function useQueueLive(refresh: () => void): void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  }, [refresh]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const onData = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => latest.current(), 300);
  };
  useSubscription(REGISTERED, { onData });
  useSubscription(INTERVIEW_UPDATED, { onData });
  useSubscription(INTERVIEW_DUE, { onData });
}
