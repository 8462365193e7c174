import { graphql } from '../gql';

/** Starts a year's question set from an earlier year's: offered on the overview and in the question editor. */
export const CopyDialogueQuestionsDocument = graphql(`
  mutation CopyDialogueQuestions($fromYear: Int!, $toYear: Int!) {
    copyDialogueQuestions(fromYear: $fromYear, toYear: $toYear) {
      id
    }
  }
`);
