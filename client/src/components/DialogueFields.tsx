import { useTranslation } from 'react-i18next';
import type { DialogueDraft } from '../dialogueDrafts';
import { getFragmentData, graphql } from '../gql';
import type { DialogueFormQuery } from '../gql/graphql';
import { DialogueActionsSection } from './DialogueActionsSection';
import { DialogueAnswersSection, DialogueAnswersSection_QuestionFragment } from './DialogueAnswersSection';
import { IsoDateField } from './IsoDateField';

/** The group a dialogue is logged for, as of its day: its members, the year's questions and the actions still open. */
export const DialogueFormDocument = graphql(`
  query DialogueForm($groupId: ID!, $year: Int!, $heldOn: Date) {
    group(id: $groupId) {
      id
      name
      type
      dialogues {
        id
        year
        heldOn
      }
      dialogueQuestions(year: $year) {
        ...DialogueAnswersSection_question
      }
      memberships(asOf: $heldOn) {
        id
        role
        person {
          id
          name
        }
      }
      openDialogueActions {
        id
        description
        ownerName
        dueDate
      }
    }
  }
`);

type FormGroup = NonNullable<DialogueFormQuery['group']>;

/** The fields of a dialogue: the day, who took part, the answers to the year's questions, notes and actions. */
export function DialogueFields({
  group,
  year,
  draft,
  update,
  editing,
}: {
  group: FormGroup;
  year: number;
  draft: DialogueDraft;
  update: (changes: Partial<DialogueDraft>) => void;
  editing: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <IsoDateField
        label={t('dialogues.heldOn')}
        value={draft.heldOn}
        onChange={(heldOn) => update({ heldOn })}
        isRequired
      />
      <fieldset>
        <legend>{t('dialogueForm.participants')}</legend>
        {group.memberships.length === 0 && <p>{t('dialogueForm.noMembers')}</p>}
        {group.memberships.map((m) => (
          <label key={m.id} className="checkbox">
            <input
              type="checkbox"
              checked={draft.participantIds.includes(m.person.id)}
              onChange={(e) =>
                update({
                  participantIds: e.target.checked
                    ? [...draft.participantIds, m.person.id]
                    : draft.participantIds.filter((id) => id !== m.person.id),
                })
              }
            />
            {`${m.person.name} (${t(`memberRole.${m.role}`)})`}
          </label>
        ))}
      </fieldset>
      {!editing && group.openDialogueActions.length > 0 && (
        <section>
          <h2>{t('dialogueForm.openActions')}</h2>
          <ul>
            {group.openDialogueActions.map((a) => (
              <li key={a.id}>{`${a.description} – ${a.ownerName}${a.dueDate ? `, ${a.dueDate}` : ''}`}</li>
            ))}
          </ul>
        </section>
      )}
      <DialogueAnswersSection questions={group.dialogueQuestions} year={year} answers={draft.answers} update={update} />
      <label>
        {t('dialogueForm.notes')}
        <textarea rows={3} value={draft.notes} onChange={(e) => update({ notes: e.target.value })} />
      </label>
      <DialogueActionsSection actions={draft.actions} update={update} />
    </>
  );
}

export const answersOf = (group: FormGroup, draft: DialogueDraft) =>
  // The answers go with the questions the section shows: their ids are read from its fragment.
  getFragmentData(DialogueAnswersSection_QuestionFragment, group.dialogueQuestions).map((q) => ({
    questionId: q.id,
    text: draft.answers[q.id] ?? '',
  }));
export const participantsOf = (group: FormGroup, draft: DialogueDraft) =>
  draft.participantIds.filter((id) => group.memberships.some((m) => m.person.id === id));
