import type { LoaderKit } from '../../common/loader-kit.js';
import type { DialoguesService } from './dialogues.service.js';

/** Per-request loaders of dialogue questions, the dialogues of groups, and their answers, actions and revisions. */
export function dialoguesLoaders(services: { dialogues: DialoguesService }, kit: LoaderKit) {
  return {
    dialogueQuestion: kit.byId((ids) => services.dialogues.questionsByIds(ids)),
    dialoguesOfGroup: kit.grouped(
      (ids) => services.dialogues.dialoguesOfGroups(ids),
      (d) => d.groupId,
    ),
    answersOfDialogue: kit.grouped(
      (ids) => services.dialogues.answersOf(ids),
      (a) => a.dialogueId,
    ),
    actionsOfDialogue: kit.grouped(
      (ids) => services.dialogues.actionsOf(ids),
      (a) => a.dialogueId,
    ),
    revisionsOfDialogue: kit.grouped(
      (ids) => services.dialogues.revisionsOf(ids),
      (r) => r.dialogueId,
    ),
  };
}

type DialoguesLoaders = ReturnType<typeof dialoguesLoaders>;

declare module '../../common/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RequestLoaders extends DialoguesLoaders {}
}
