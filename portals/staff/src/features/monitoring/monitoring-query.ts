import { graphql } from '../../gql/index.js';

/** Every figure of the period report, from the subgraphs that own the data (one federated query). */
export const MONITORING_REPORT = graphql(`
  query StaffMonitoringReport($from: String!, $to: String!, $municipalityCode: String, $district: String, $fromYear: Int!, $toYear: Int!) {
    peopleReport(from: $from, to: $to, municipalityCode: $municipalityCode, district: $district) {
      registrations
      registrationsByMonth {
        key
        count
      }
      interviewed
      assessed
      inTarget
      notInTarget
      inTargetOutOfArea
      inTargetShare
      readiness {
        key
        count
        share
      }
      medianDaysToFirstInterview
      interviewedWithin15Days
      shareWithin15Days
      fuoriProtocollo {
        reason
        entered
        current
      }
      definitions {
        figure
        definition
      }
    }
    companiesPlacementReport(from: $from, to: $to, municipalityCode: $municipalityCode, district: $district) {
      placements
      personsPlaced
      byType {
        key
        placements
        persons
      }
      byContract {
        key
        placements
        persons
      }
      bySex {
        key
        placements
        persons
      }
      byNationality {
        key
        placements
        persons
      }
      byAge {
        key
        placements
        persons
      }
      byMonth {
        key
        placements
        persons
      }
      byMunicipality {
        key
        placements
        persons
      }
      byDistrict {
        key
        placements
        persons
      }
      companyRanking {
        rank
        companyId
        companyName
        placements
      }
      stagesStarted
      stagesContinued
      stagesConverted
      definitions {
        figure
        definition
      }
    }
    trainingReport(from: $from, to: $to) {
      packages
      completed
      droppedOut
      qualified
      packagesBySubject {
        key
        count
        share
      }
      courses {
        editionId
        title
        subject
        trainingBodyName
        endDate
        population
        placements
        employed
        permanent
        placementRate
        employmentRate
        permanentRate
      }
      definitions {
        figure
        definition
      }
    }
    financeReport(from: $from, to: $to) {
      grantsApprovedCount
      grantsApprovedCents
      loansApprovedCount
      loansApprovedCents
      disbursed {
        account
        cents
      }
      loansOutstandingCents
      plafondCents
      exposureCents
      calledCents
      freeCapacityCents
      budgetLines {
        id
        funder
        label
        fromYear
        toYear
        amountCents
        committedCents
        disbursedCents
        use
      }
      definitions {
        figure
        definition
      }
    }
    projectFunnel(fromYear: $fromYear, toYear: $toYear) {
      year
      sector
      applied
      accompanied
      evaluated
      evaluatedPositively
      funded
      rejected
      withdrawn
      standBy
    }
    projectResults(fromYear: $fromYear, toYear: $toYear) {
      years {
        ...ProjectResultsFigures
      }
      total {
        ...ProjectResultsFigures
      }
      notFunded {
        project {
          id
          title
          organisationName
        }
        presentedOn
        status
        lastDecision {
          committeeKind
          outcome
        }
        lastStepOn
        lastStepReason
        partnerships
        stages
        jobs
      }
      definitions {
        figure
        definition
        definitionIt
      }
    }
    governanceDue {
      kind
      table
      year
      lastOn
      dueOn
      overdue
      daysOverdue
    }
    selfEmploymentFunnel(fromYear: $fromYear, toYear: $toYear) {
      year
      applied
      accompanied
      evaluated
      approved
      started
      rejected
      withdrawn
      standBy
      fundedCents
    }
  }

  fragment ProjectResultsFigures on ProjectResultsRow {
    year
    applications
    accompanied
    funded
    placements
    stages
    jobs
    peopleEmployed
    placementsWithoutPerson
    partnerships
    grantedCents
    loanCents
    supportValueCents
    presented
    presentedNotFunded
    notFundedRejected
    notFundedWithdrawn
    notFundedStandBy
    notFundedPending
  }
`);
