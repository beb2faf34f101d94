import { graphql } from '@/gql';

export const SessionFieldsFragment = graphql(`
  fragment SessionFields on TrainingSession {
    id
    startsAt
    endsAt
    timeZone
    online
    place
    language
    capacity
    enrolled
    waitlisted
    enrolmentOpensAt
    enrolmentClosesAt
    seatsPerOrganisation
    calendarUrl
  }
`);

export const EnrolmentFieldsFragment = graphql(`
  fragment EnrolmentFields on Enrolment {
    id
    sessionId
    name
    email
    status
    position
    attendance
    completedAt
    createdAt
  }
`);

/** Every session, soonest first, with its course's title in the reader's language. */
export const TrainingSessionsQuery = graphql(`
  query TrainingSessions($courseId: ID, $language: String) {
    trainingSessions(courseId: $courseId) {
      ...SessionFields
      course(language: $language) {
        id
        current {
          title
          language
        }
      }
    }
  }
`);

/** One session with its roster (ENISA: everyone; a clinic: its own). */
export const TrainingSessionQuery = graphql(`
  query TrainingSession($id: ID!, $language: String) {
    trainingSession(id: $id) {
      ...SessionFields
      course(language: $language) {
        id
        current {
          title
          language
        }
      }
      enrolments {
        ...EnrolmentFields
      }
    }
  }
`);

export const MyEnrolmentsQuery = graphql(`
  query MyEnrolments {
    myEnrolments {
      ...EnrolmentFields
    }
  }
`);

export const CreateTrainingSessionMutation = graphql(`
  mutation CreateTrainingSession($courseId: ID!, $input: TrainingSessionInput!) {
    createTrainingSession(courseId: $courseId, input: $input) {
      id
    }
  }
`);

export const EnrolMutation = graphql(`
  mutation Enrol($input: EnrolInput!) {
    enrol(input: $input) {
      ...EnrolmentFields
    }
  }
`);

export const CancelEnrolmentMutation = graphql(`
  mutation CancelEnrolment($id: ID!) {
    cancelEnrolment(id: $id) {
      ...EnrolmentFields
    }
  }
`);

export const MarkAttendanceMutation = graphql(`
  mutation MarkAttendance($enrolmentId: ID!, $attendance: Attendance!) {
    markAttendance(enrolmentId: $enrolmentId, attendance: $attendance) {
      ...EnrolmentFields
    }
  }
`);

/** ENISA's published training courses, for planning sessions. */
export const PublishedCoursesQuery = graphql(`
  query PublishedCourses {
    myCatalogueItems(status: PUBLISHED) {
      id
      kind
      current {
        title
        language
      }
    }
  }
`);
