import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql/index.js';

const INTERVIEW_UPDATED = graphql(`
  subscription BeneficiaryInterviewUpdated {
    intakeInterviewUpdated {
      id
      status
      scheduledAt
    }
  }
`);

const STATUS_CHANGED = graphql(`
  subscription BeneficiaryStatusChanged {
    beneficiaryStatusChanged {
      to
      at
    }
  }
`);

/** Calls `onChange` with a message key when the operators schedule my interview or move my path (the server sends only my own). */
export function usePathLive(onChange: (messageKey: string) => void): void {
  useSubscription(INTERVIEW_UPDATED, { onData: ({ data }) => data.data && onChange('path.live.interview') });
  useSubscription(STATUS_CHANGED, { onData: ({ data }) => data.data && onChange('path.live.status') });
}
