import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../auth';
import { QuestionSetEditor, type EditableQuestion, type QuestionValues } from '../components/QuestionSetEditor';
import { CopyDialogueQuestionsDocument } from '../components/copyQuestions';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import { today } from '../today';
import { SaveStatus } from '../components/SaveStatus';

const DialogueQuestionsDocument = graphql(`
  query DialogueQuestions($year: Int!) {
    dialogueQuestions(year: $year) {
      id
      key
      text
      goal
      appliesTo
      universityHealthcareOnly
      version
    }
  }
`);

const CreateDialogueQuestionDocument = graphql(`
  mutation CreateDialogueQuestion($input: CreateDialogueQuestionInput!) {
    createDialogueQuestion(input: $input) {
      id
    }
  }
`);

const UpdateDialogueQuestionDocument = graphql(`
  mutation UpdateDialogueQuestion($input: UpdateDialogueQuestionInput!) {
    updateDialogueQuestion(input: $input) {
      id
      version
    }
  }
`);

/** The question set of one year: listed, edited, added to, or copied from an earlier year. */
export function DialogueQuestions() {
  const { t } = useTranslation();
  const can = useCan();
  const apiProblem = useApiProblem();
  const [params] = useSearchParams();
  const year = Number(params.get('year') ?? today().slice(0, 4));
  const { data, loading, refetch } = useQuery(DialogueQuestionsDocument, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  const refresh = { refetchQueries: ['DialogueOverview'] };
  const [create, creating] = useMutation(CreateDialogueQuestionDocument, refresh);
  const [update, updating] = useMutation(UpdateDialogueQuestionDocument, refresh);
  const [copy, copying] = useMutation(CopyDialogueQuestionsDocument, refresh);
  const [saved, setSaved] = useState('');
  const [lastError, setLastError] = useState<unknown>(null);

  const run = async (action: () => Promise<{ data?: unknown } | null>, message: string) => {
    setSaved('');
    setLastError(null);
    const result = await action().catch((error: unknown) => {
      setLastError(error);
      return null;
    });
    if (!result?.data) return false;
    await refetch();
    setSaved(message);
    return true;
  };

  return (
    <section>
      <p className="breadcrumb">
        <Link to={`/dialogues?year=${year}`}>{t('dialogues.title')}</Link>
      </p>
      <h1>{t('questions.title', { year })}</h1>
      <SaveStatus message={saved} />
      {loading && !data ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <QuestionSetEditor
          year={year}
          questions={(data?.dialogueQuestions ?? []) as EditableQuestion[]}
          canEdit={can.logDialogues}
          problem={apiProblem(lastError)}
          saving={creating.loading || updating.loading || copying.loading}
          onCreate={(values: QuestionValues) =>
            run(
              () => create({ variables: { input: { ...values, year } } }),
              t('questions.created', { text: values.text }),
            )
          }
          onUpdate={(question, values) =>
            run(
              () =>
                update({
                  variables: {
                    input: {
                      id: question.id,
                      expectedVersion: question.version,
                      text: values.text,
                      goal: values.goal,
                      appliesTo: values.appliesTo,
                      universityHealthcareOnly: values.universityHealthcareOnly,
                    },
                  },
                }),
              t('questions.updated', { text: values.text }),
            )
          }
          onCopy={(fromYear) =>
            run(
              () => copy({ variables: { fromYear, toYear: year } }),
              t('questions.copied', { from: fromYear, to: year }),
            )
          }
        />
      )}
    </section>
  );
}
