import { graphql } from '../gql';

/** Follows up an action agreed in a dialogue: the overview and the dialogue page both mark actions done. */
export const SetActionStatusDocument = graphql(`
  mutation SetDialogueActionStatus($id: ID!, $status: ActionStatus!) {
    setDialogueActionStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);
