import { graphql } from '@/gql';

export const IncidentRowFragment = graphql(`
  fragment IncidentRow on Incident {
    id
    title
    organisationName
    memberState {
      code
    }
    category
    status
    awareAt
    nextDeadline {
      stage
      state
      dueAt
    }
  }
`);

/** A page of the cases in the caller's scope, overdue first, then by the next deadline. */
export const IncidentsQuery = graphql(`
  query Incidents($first: Int, $after: String) {
    incidents(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...IncidentRow
      }
    }
  }
`);

/** The caller's organisation's time zone: the report wizard reads and shows times in it. */
export const OrganisationTimeZoneQuery = graphql(`
  query OrganisationTimeZone {
    me {
      id
      organisation {
        id
        timeZone
      }
    }
  }
`);

export const SetOrganisationTimeZoneMutation = graphql(`
  mutation SetOrganisationTimeZone($timeZone: String!) {
    setOrganisationTimeZone(timeZone: $timeZone) {
      id
      timeZone
    }
  }
`);

/** Every member state's ransom rules, for anyone (the public page). */
export const PublicRansomRulesQuery = graphql(`
  query PublicRansomRules {
    ransomRules {
      memberState {
        code
        name
      }
      ransomReporting
      referralMandatory
      reportingDeadlineHours
      lawEnforcementContact
    }
  }
`);

export const IncidentQuery = graphql(`
  query Incident($id: ID!) {
    incident(id: $id) {
      ...IncidentRow
      access
      timeZone
      startedAt
      handledAt
      crossBorder
      suspectedMalicious
      affectedServices
      significanceCriteria
      significanceAssessment
      clocks {
        stage
        request
        state
        dueAt
        metAt
        timeLeftSeconds
        lateBySeconds
      }
      submissions {
        id
        stage
        submittedAt
        acknowledgedAt
        report {
          summary
          impact
          indicatorsOfCompromise
          statusUpdate
          mitigation
          description
          rootCause
          severity
        }
      }
      intermediateRequests {
        requestedAt
        dueAt
        answeredAt
      }
      comments {
        id
        authorRole
        text
        createdAt
      }
      sharedWith {
        code
      }
      ransomDemand {
        receivedAt
        threatActor
        noteText
        paid
        amount {
          amount
          currency
          asset
        }
        reportingDueAt
      }
      lawEnforcementReferral {
        authority
        referredOn
        caseReference
      }
      ransomRules {
        ransomReporting
        referralMandatory
        reportingDeadlineHours
        lawEnforcementContact
      }
    }
  }
`);

export const ReportIncidentMutation = graphql(`
  mutation ReportIncident($input: ReportIncidentInput!) {
    reportIncident(input: $input) {
      id
    }
  }
`);

export const SubmitIncidentReportMutation = graphql(`
  mutation SubmitIncidentReport($input: SubmitIncidentReportInput!) {
    submitIncidentReport(input: $input) {
      id
    }
  }
`);

export const MarkHandledMutation = graphql(`
  mutation MarkIncidentHandled($id: ID!, $handledAt: DateTime!) {
    markIncidentHandled(id: $id, handledAt: $handledAt) {
      id
    }
  }
`);

export const AcknowledgeMutation = graphql(`
  mutation AcknowledgeIncidentReport($submissionId: ID!) {
    acknowledgeIncidentReport(submissionId: $submissionId) {
      id
    }
  }
`);

export const RequestIntermediateMutation = graphql(`
  mutation RequestIntermediateReport($id: ID!, $dueAt: DateTime!) {
    requestIntermediateReport(id: $id, dueAt: $dueAt) {
      id
    }
  }
`);

export const CommentMutation = graphql(`
  mutation CommentOnIncident($id: ID!, $text: String!) {
    commentOnIncident(id: $id, text: $text) {
      id
    }
  }
`);

export const CloseIncidentMutation = graphql(`
  mutation CloseIncident($id: ID!) {
    closeIncident(id: $id) {
      id
    }
  }
`);

export const RecordDemandMutation = graphql(`
  mutation RecordRansomDemand($input: RansomDemandRecordInput!) {
    recordRansomDemand(input: $input) {
      id
    }
  }
`);

export const RecordReferralMutation = graphql(`
  mutation RecordLawEnforcementReferral($input: LawEnforcementReferralInput!) {
    recordLawEnforcementReferral(input: $input) {
      id
    }
  }
`);

export const IncidentStatisticsQuery = graphql(`
  query IncidentStatistics {
    incidentStatistics {
      memberState
      month
      category
      count
      fewerThanThree
    }
  }
`);

export const ShareIncidentMutation = graphql(`
  mutation ShareIncident($id: ID!, $memberStates: [String!]!) {
    shareIncident(id: $id, memberStates: $memberStates) {
      id
    }
  }
`);

/** The caller's member state's ransom rules (the authority edits its own). */
export const RansomRulesQuery = graphql(`
  query RansomRules {
    ransomRules {
      memberState {
        code
        name
      }
      ransomReporting
      referralMandatory
      reportingDeadlineHours
      lawEnforcementContact
    }
    me {
      id
      organisation {
        id
        memberState {
          code
        }
      }
    }
  }
`);

export const UpdateRansomRulesMutation = graphql(`
  mutation UpdateRansomRules($input: RansomRulesInput!) {
    updateRansomRules(input: $input) {
      ransomReporting
    }
  }
`);
