import { useTranslation } from 'react-i18next';
import type { DialogueDraft } from '../dialogueDrafts';
import type { DialogueFormQuery } from '../gql/graphql';

type Question = NonNullable<DialogueFormQuery['group']>['dialogueQuestions'][number];

/** The answers to the year's questions of the group's kind, one text each. */
export function DialogueAnswersSection({
  questions,
  year,
  answers,
  update,
}: {
  questions: Question[];
  year: number;
  answers: DialogueDraft['answers'];
  update: (changes: Partial<DialogueDraft>) => void;
}) {
  const { t } = useTranslation();
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
