import { UserRole } from '../../../../api/src/common/user-role.js';
import { dialogue, DIALOGUE_KEEPERS, next, nextYear, npo, question, s, user, type Case } from '../access-matrix.js';

/** The follow-up dialogues with their questions and actions, and the users' administration. */
export const dialogueAndUserCases: Case[] = [
  {
    mutation: 'createDialogueQuestion',
    allowed: DIALOGUE_KEEPERS,
    prepare: async () => ({
      query: `mutation { createDialogueQuestion(input: { year: ${nextYear()}, key: "q9", text: "Vilka mål?", appliesTo: [RPO] }) { id } }`,
    }),
  },
  {
    mutation: 'updateDialogueQuestion',
    allowed: DIALOGUE_KEEPERS,
    prepare: async () => ({
      query: `mutation { updateDialogueQuestion(input: { id: "${(await question()).id}", text: "Ny lydelse" }) { id } }`,
    }),
  },
  {
    mutation: 'copyDialogueQuestions',
    allowed: DIALOGUE_KEEPERS,
    prepare: async () => ({
      query: `mutation { copyDialogueQuestions(fromYear: ${(await question()).year}, toYear: ${nextYear()}) { id } }`,
    }),
  },
  {
    mutation: 'logDialogue',
    allowed: DIALOGUE_KEEPERS,
    prepare: async () => ({
      query: `mutation { logDialogue(input: { groupId: "${(await npo()).id}", heldOn: "2025-04-01", notes: "Bra samtal" }) { id } }`,
    }),
  },
  {
    mutation: 'updateDialogue',
    allowed: DIALOGUE_KEEPERS,
    prepare: async () => ({
      query: `mutation { updateDialogue(input: { id: "${(await dialogue()).id}", notes: "Kompletterat" }) { id } }`,
    }),
  },
  {
    mutation: 'setDialogueActionStatus',
    allowed: DIALOGUE_KEEPERS,
    prepare: async () => {
      const [action] = await s().dialogues.actionsOf([(await dialogue()).id]);
      return { query: `mutation { setDialogueActionStatus(id: "${action!.id}", status: DONE) { id } }` };
    },
  },
  {
    mutation: 'createUser',
    allowed: [UserRole.ADMIN],
    prepare: async () => ({
      query: `mutation { createUser(input: { email: "ny${next()}@matrix.example", password: "matrix-password-2", role: VIEWER }) { id } }`,
    }),
  },
  {
    mutation: 'updateUser',
    allowed: [UserRole.ADMIN],
    prepare: async () => ({
      query: `mutation { updateUser(input: { id: "${(await user()).id}", role: DIALOGUE_LEAD }) { id } }`,
    }),
  },
  {
    mutation: 'setUserPassword',
    allowed: [UserRole.ADMIN],
    prepare: async () => ({
      query: `mutation { setUserPassword(input: { id: "${(await user()).id}", password: "a-new-password-1" }) { id } }`,
    }),
  },
];
