import { graphql } from '../../gql/index.js';

/** ADMIN: the periodic jobs of every subgraph that failed after their retries (the dead-letter queues). */
export const JOB_DEAD_LETTERS = graphql(`
  query StaffJobDeadLetters {
    peopleJobDeadLetters {
      id
      job
      error
      attempts
      createdAt
      failedAt
    }
    companiesJobDeadLetters {
      id
      job
      error
      attempts
      createdAt
      failedAt
    }
    trainingJobDeadLetters {
      id
      job
      error
      attempts
      createdAt
      failedAt
    }
    projectsJobDeadLetters {
      id
      job
      error
      attempts
      createdAt
      failedAt
    }
    financeJobDeadLetters {
      id
      job
      error
      attempts
      createdAt
      failedAt
    }
  }
`);

export const RETRY_PEOPLE_JOB = graphql(`
  mutation StaffRetryPeopleJob($id: ID!) {
    retryPeopleJobDeadLetter(id: $id)
  }
`);
export const RETRY_COMPANIES_JOB = graphql(`
  mutation StaffRetryCompaniesJob($id: ID!) {
    retryCompaniesJobDeadLetter(id: $id)
  }
`);
export const RETRY_TRAINING_JOB = graphql(`
  mutation StaffRetryTrainingJob($id: ID!) {
    retryTrainingJobDeadLetter(id: $id)
  }
`);
export const RETRY_PROJECTS_JOB = graphql(`
  mutation StaffRetryProjectsJob($id: ID!) {
    retryProjectsJobDeadLetter(id: $id)
  }
`);
export const RETRY_FINANCE_JOB = graphql(`
  mutation StaffRetryFinanceJob($id: ID!) {
    retryFinanceJobDeadLetter(id: $id)
  }
`);
