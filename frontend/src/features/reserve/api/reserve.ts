import { graphql } from '@/gql';

export const ReserveRowFragment = graphql(`
  fragment ReserveRow on ReserveRequest {
    id
    status
    kind
    organisationName
    memberState
    incidentId
    totalDays
    impact
    createdAt
    submittedAt
    providerName
    summaryReportClock {
      dueAt
      state
    }
  }
`);

/** The requests in the caller's scope (the clinic's, the authority's member state's, the provider's), newest first. */
export const ReserveRequestsQuery = graphql(`
  query ReserveRequests($status: ReserveRequestStatus) {
    reserveRequests(status: $status) {
      ...ReserveRow
    }
  }
`);

export const ReserveRequestQuery = graphql(`
  query ReserveRequest($id: ID!) {
    reserveRequest(id: $id) {
      id
      status
      kind
      organisationName
      memberState
      incidentId
      potentialImpact
      plannedUse
      estimatedNeed {
        service
        days
      }
      measuresTaken
      mitigationTaken
      otherSupport {
        incidentResponseContract
        cyberInsurance
        details
      }
      language
      impact
      totalDays
      severity
      spillOver
      endorsementNote
      declineReason
      priority {
        score
        modelVersion
        breakdown {
          criterion
          value
          weight
          share
          points
        }
      }
      providerId
      providerName
      engagement {
        status
        quarter
        reservedDays
        consumedDays
      }
      deliveryLog {
        id
        days
        note
        loggedAt
      }
      summaryReport {
        serviceProvided
      }
      summaryReportClock {
        dueAt
        state
        months
      }
      createdAt
      submittedAt
      endorsedAt
      triagedAt
      deliveryEndedAt
      reportedAt
      closedAt
    }
  }
`);

/** The linked incident's clocks, beside a request in the authority's queue. */
export const ReserveIncidentClocksQuery = graphql(`
  query ReserveIncidentClocks($id: ID!) {
    incident(id: $id) {
      id
      title
      nextDeadline {
        stage
        state
        dueAt
      }
    }
  }
`);

export const ReserveQueueQuery = graphql(`
  query ReserveQueue {
    reserveQueue {
      position
      request {
        id
        status
        organisationName
        memberState
        totalDays
        language
      }
      priority {
        score
        breakdown {
          criterion
          value
          weight
          points
        }
      }
      proposedProvider {
        providerId
        speaksLanguage
        freeDaysAfter
      }
    }
  }
`);

export const ReserveProvidersQuery = graphql(`
  query ReserveProviders {
    reserveProviders {
      id
      name
      trusted
      memberStates
      languages
      capacity {
        quarter
        precommitted
        converted
        responseReserved
        responseConsumed
        responseFree
        preparednessFree
      }
    }
  }
`);

export const CreateReserveRequestMutation = graphql(`
  mutation CreateReserveRequest($input: CreateReserveRequestInput!) {
    createReserveRequest(input: $input) {
      id
      status
    }
  }
`);

export const SubmitReserveRequestMutation = graphql(`
  mutation SubmitReserveRequest($id: ID!) {
    submitReserveRequest(id: $id) {
      id
      status
    }
  }
`);

export const WithdrawReserveRequestMutation = graphql(`
  mutation WithdrawReserveRequest($id: ID!) {
    withdrawReserveRequest(id: $id) {
      id
      status
    }
  }
`);

export const EndorseReserveRequestMutation = graphql(`
  mutation EndorseReserveRequest($id: ID!, $severity: IncidentSeverity!, $spillOver: ReserveSpillOver!, $note: String) {
    endorseReserveRequest(id: $id, severity: $severity, spillOver: $spillOver, note: $note) {
      id
      status
    }
  }
`);

export const DeclineReserveRequestMutation = graphql(`
  mutation DeclineReserveRequest($id: ID!, $reason: String!) {
    declineReserveRequest(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const TriageReserveRequestMutation = graphql(`
  mutation TriageReserveRequest($id: ID!) {
    triageReserveRequest(id: $id) {
      id
      status
    }
  }
`);

export const OverrideReservePriorityMutation = graphql(`
  mutation OverrideReservePriority($id: ID!, $direction: ReserveOverrideDirection!, $justification: String!) {
    overrideReservePriority(id: $id, direction: $direction, justification: $justification) {
      id
      status
    }
  }
`);

export const AssignReserveProviderMutation = graphql(`
  mutation AssignReserveProvider($id: ID!, $providerId: ID!) {
    assignReserveProvider(id: $id, providerId: $providerId) {
      id
      status
    }
  }
`);

export const RespondToReserveAssignmentMutation = graphql(`
  mutation RespondToReserveAssignment($id: ID!, $accept: Boolean!) {
    respondToReserveAssignment(id: $id, accept: $accept) {
      id
      status
    }
  }
`);

export const LogReserveDeliveryMutation = graphql(`
  mutation LogReserveDelivery($id: ID!, $days: Int!, $note: String) {
    logReserveDelivery(id: $id, days: $days, note: $note) {
      id
      status
    }
  }
`);

export const CompleteReserveDeliveryMutation = graphql(`
  mutation CompleteReserveDelivery($id: ID!) {
    completeReserveDelivery(id: $id) {
      id
      status
    }
  }
`);

export const SubmitReserveReportMutation = graphql(`
  mutation SubmitReserveReport($id: ID!, $input: ReserveReportInput!) {
    submitReserveReport(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const CloseReserveRequestMutation = graphql(`
  mutation CloseReserveRequest($id: ID!) {
    closeReserveRequest(id: $id) {
      id
      status
    }
  }
`);

export const PrecommitReserveCapacityMutation = graphql(`
  mutation PrecommitReserveCapacity($providerId: ID!, $quarter: String!, $days: Int!) {
    precommitReserveCapacity(providerId: $providerId, quarter: $quarter, days: $days) {
      id
    }
  }
`);

export const ConvertReserveCapacityMutation = graphql(`
  mutation ConvertReserveCapacity($providerId: ID!, $quarter: String!) {
    convertReserveCapacity(providerId: $providerId, quarter: $quarter) {
      id
    }
  }
`);
