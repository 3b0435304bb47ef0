import { graphql } from '../../gql/index.js';

export const ASSESSMENT_FORM = graphql(`
  query StaffAssessmentForm($id: ID!) {
    assessmentInstrument {
      id
      version
      name
      threshold
      dimensions {
        code
        label
        items {
          code
          text
          answers {
            code
            label
            points
          }
        }
      }
    }
    beneficiary(id: $id) {
      id
      firstName
      lastName
      status
      profile
      readiness
    }
  }
`);

export const RECORD_ASSESSMENT = graphql(`
  mutation StaffRecordAssessment($input: RecordAssessmentInput!) {
    recordFragilityAssessment(input: $input) {
      id
      score
      threshold
      profile
      readiness
      instrumentVersion
    }
  }
`);
