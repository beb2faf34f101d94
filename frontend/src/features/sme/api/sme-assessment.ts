import { graphql } from '@/gql';

/** The public SME self-assessment (no login; nothing is stored on the server). */
export const SmeAssessmentQuery = graphql(`
  query SmeAssessment($input: SmeAssessmentInput!) {
    smeAssessment(input: $input) {
      category
      isSme
      notSmeReason
      aggregated {
        staffAwu
        annualTurnover
        balanceSheetTotal
      }
      enterprises {
        id
        name
        relation
        includedPercent
        via
        explanation
      }
      trace {
        article
        text
      }
      ruleVersion
      periodCategories {
        label
        category
      }
    }
  }
`);
