import { graphql } from '../../gql/index.js';

/** Everything an operator sees of one person: people's own fields plus placements, enrolments, candidacies (federation). */
export const BENEFICIARY_RECORD = graphql(`
  query StaffBeneficiaryRecord($id: ID!) {
    beneficiary(id: $id) {
      id
      firstName
      lastName
      codiceFiscale
      birthDate
      age
      sex
      citizenship
      email
      phone
      municipalityCode
      municipalityName
      domicileMunicipalityCode
      outOfArea
      educationLevel
      educationTitle
      italianLevel
      drivingLicence
      ownVehicle
      availableHoursPerWeek
      referringBody
      referringBodyName
      registeredAt
      privacyConsentAt
      privacyNoticeVersion
      mailOptOut
      cvShareConsent
      skills {
        label
      }
      status
      profile
      readiness
      outOfArea
      outOfAreaExceptionReason
      outOfAreaExceptionAt
      fuoriProtocolloReason
      interviewSla {
        dueDate
        daysWaited
        daysLeft
        overdue
        metSla
        interviewedAt
      }
      fuoriProtocolloProposal {
        propose
        reason
        explanation
        unansweredCalls
        missedInterviews
      }
      statusHistory {
        id
        at
        from
        to
        reason
        reasonCode
        reasonParams
        fuoriProtocolloReason
        actorRole
      }
      interviews {
        id
        scheduledAt
        mode
        location
        operatorName
        status
        completedAt
        outcomeNotes
      }
      contactAttempts {
        id
        at
        channel
        answered
        notes
      }
      assessments {
        id
        assessedAt
        score
        threshold
        profile
        readiness
        instrumentVersion
        notes
      }
      services {
        id
        kind
        startedOn
        expectedEndOn
        endedOn
        notes
      }
      documents {
        id
        kind
        fileName
        downloadPath
        uploadedAt
        size
      }
      placements {
        id
        type
        contract
        startDate
        endDate
        company {
          id
          name
        }
      }
      enrolments {
        id
        status
        outcome
        edition {
          id
          title
          trainingBody {
            id
            name
          }
        }
      }
      candidacies {
        id
        status
        vacancy {
          id
          title
          company {
            id
            name
          }
        }
      }
    }
  }
`);
