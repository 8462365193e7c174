import { useTranslation } from 'react-i18next';
import type { DialogueDraft } from '../dialogueDrafts';
import { type FragmentType, getFragmentData, graphql } from '../gql';

export const DialogueAnswersSection_QuestionFragment = graphql(`
  fragment DialogueAnswersSection_question on DialogueQuestion {
    id
    key
    text
    goal
  }
`);

/** The answers to the year's questions of the group's kind, one text each. */
export function DialogueAnswersSection({
  questions: questionRefs,
  year,
  answers,
  update,
}: {
  questions: readonly FragmentType<typeof DialogueAnswersSection_QuestionFragment>[];
  year: number;
  answers: DialogueDraft['answers'];
  update: (changes: Partial<DialogueDraft>) => void;
}) {
  const { t } = useTranslation();
  const questions = getFragmentData(DialogueAnswersSection_QuestionFragment, questionRefs);
  return (
    <fieldset>
      <legend>{t('dialogueForm.answers')}</legend>
      {questions.length === 0 && <p>{t('dialogues.noQuestions', { year })}</p>}
      {questions.map((q) => (
        <label key={q.id}>
          {q.goal ? `${q.goal}: ${q.text}` : q.text}
          <textarea
            rows={3}
            value={answers[q.id] ?? ''}
            onChange={(e) => update({ answers: { ...answers, [q.id]: e.target.value } })}
          />
        </label>
      ))}
    </fieldset>
  );
}
