import { graphql } from '../../gql/index.js';

/** ADMIN: every subgraph's consumers, jobs and mail queue, now (a subgraph that does not answer is down). */
export const SERVICE_STATUS = graphql(`
  query StaffServiceStatus {
    peopleServiceStatus {
      consumers {
        consumer
        source
        backlog
        lagSeconds
        openDeadLetters
      }
      jobs {
        job
        lastSuccessAt
        failedLast24h
      }
      queuedMail
      failedMail
    }
    companiesServiceStatus {
      consumers {
        consumer
        source
        backlog
        lagSeconds
        openDeadLetters
      }
      jobs {
        job
        lastSuccessAt
        failedLast24h
      }
      queuedMail
      failedMail
    }
    trainingServiceStatus {
      consumers {
        consumer
        source
        backlog
        lagSeconds
        openDeadLetters
      }
      jobs {
        job
        lastSuccessAt
        failedLast24h
      }
      queuedMail
      failedMail
    }
    projectsServiceStatus {
      consumers {
        consumer
        source
        backlog
        lagSeconds
        openDeadLetters
      }
      jobs {
        job
        lastSuccessAt
        failedLast24h
      }
      queuedMail
      failedMail
    }
    financeServiceStatus {
      consumers {
        consumer
        source
        backlog
        lagSeconds
        openDeadLetters
      }
      jobs {
        job
        lastSuccessAt
        failedLast24h
      }
      queuedMail
      failedMail
    }
  }
`);
