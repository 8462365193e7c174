import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useCan } from '../auth';
import { AuditHistory } from '../components/AuditHistory';
import { ProblemMessage } from '../components/ProblemMessage';
import { TypeBadge } from '../components/TypeBadge';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { ActionStatus } from '../gql/graphql';
import { SetActionStatusDocument } from '../components/actionStatus';
import { useFormat } from '../format';
import { SaveStatus } from '../components/SaveStatus';

const DialoguePageDocument = graphql(`
  query DialoguePage($id: ID!) {
    dialogue(id: $id) {
      id
      version
      heldOn
      year
      supplementary
      notes
      revisions {
        id
        version
        editedAt
        snapshot
      }
      lead {
        id
        email
      }
      group {
        id
        name
        type
      }
      participants {
        id
        name
      }
      answers {
        id
        text
        question {
          id
          key
          text
        }
      }
      actions {
        id
        description
        ownerName
        dueDate
        status
      }
    }
  }
`);

const RevisionQuestionsDocument = graphql(`
  query RevisionQuestions($year: Int!) {
    dialogueQuestions(year: $year) {
      id
      text
    }
  }
`);

interface RevisionSnapshot {
  heldOn?: string;
  notes?: string | null;
  participantIds?: string[];
  answers?: { questionId: string; text: string }[];
  actions?: { id: string; description: string; ownerName: string; dueDate: string | null; status: ActionStatus }[];
}

/** The dialogue as it stood before each edit, oldest first. */
function Revisions({
  year,
  revisions,
  participants,
}: {
  year: number;
  revisions: { id: string; version: number; editedAt: string; snapshot: string }[];
  participants: { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useQuery(RevisionQuestionsDocument, { variables: { year }, skip: revisions.length === 0 });
  if (revisions.length === 0) return null;
  const questionText = (id: string) =>
    data?.dialogueQuestions.find((q) => q.id === id)?.text ?? t('dialoguePage.unknownQuestion');
  return (
    <section aria-labelledby="revisions-title">
      <h2 id="revisions-title">{t('dialoguePage.revisions')}</h2>
      <ol className="revisions">
        {revisions.map((revision) => {
          let snapshot: RevisionSnapshot = {};
          try {
            snapshot = JSON.parse(revision.snapshot) as RevisionSnapshot;
          } catch {
            // an unreadable snapshot still shows when it was replaced
          }
          const known = (snapshot.participantIds ?? [])
            .map((id) => participants.find((p) => p.id === id)?.name)
            .filter(Boolean);
          const others = (snapshot.participantIds?.length ?? 0) - known.length;
          return (
            <li key={revision.id}>
              <details>
                <summary>
                  {t('dialoguePage.revision', { version: revision.version, at: format.dateTime(revision.editedAt) })}
                </summary>
                <dl className="facts">
                  <dt>{t('dialogues.heldOn')}</dt>
                  <dd>{snapshot.heldOn ?? '–'}</dd>
                  <dt>{t('dialogueForm.participants')}</dt>
                  <dd>
                    {[...known, ...(others > 0 ? [t('dialoguePage.otherParticipants', { count: others })] : [])].join(
                      ', ',
                    ) || '–'}
                  </dd>
                  <dt>{t('dialogueForm.notes')}</dt>
                  <dd className="wrap">{snapshot.notes || '–'}</dd>
                </dl>
                {(snapshot.answers ?? []).length > 0 && (
                  <dl>
                    {snapshot.answers!.map((a) => (
                      <div key={a.questionId}>
                        <dt>{questionText(a.questionId)}</dt>
                        <dd className="wrap">{a.text}</dd>
                      </div>
                    ))}
                  </dl>
                )}
                {(snapshot.actions ?? []).length > 0 && (
                  <ul>
                    {snapshot.actions!.map((a) => (
                      <li
                        key={a.id}
                      >{`${a.description} – ${a.ownerName}${a.dueDate ? `, ${a.dueDate}` : ''} (${t(`actionStatus.${a.status}`)})`}</li>
                    ))}
                  </ul>
                )}
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** One follow-up dialogue as documented: its answers, the actions agreed and how they were followed up, its history. */
export function DialoguePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const problem = useApiProblem();
  const saved = (useLocation().state as { saved?: string } | null)?.saved ?? '';
  const { data, loading } = useQuery(DialoguePageDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [setStatus, setting] = useMutation(SetActionStatusDocument, { refetchQueries: ['AuditHistory'] });
  const dialogue = data?.dialogue;
  if (loading && !dialogue) return <p role="status">{t('common.loading')}</p>;
  if (!dialogue) {
    return (
      <section>
        <h1>{t('dialoguePage.notFound')}</h1>
        <Link to="/dialogues">{t('dialogues.title')}</Link>
      </section>
    );
  }
  const nextStatus = (status: ActionStatus): ActionStatus => (status === 'OPEN' ? 'DONE' : 'OPEN');
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/dialogues?year=${dialogue.year}`}>{t('dialogues.title')}</Link>
      </p>
      <h1>
        <TypeBadge type={dialogue.group.type} />{' '}
        {t('dialoguePage.title', { group: dialogue.group.name, date: dialogue.heldOn })}
      </h1>
      <SaveStatus message={saved} />
      {can.logDialogues && (
        <p>
          <Link className="button" to={`/dialogues/${dialogue.id}/edit`}>
            {t('dialoguePage.edit')}
          </Link>
        </p>
      )}
      <dl className="facts">
        <dt>{t('dialoguePage.group')}</dt>
        <dd>
          <Link to={`/groups/${dialogue.group.id}`}>{dialogue.group.name}</Link>
        </dd>
        <dt>{t('dialogues.year')}</dt>
        <dd>
          {dialogue.year}
          {dialogue.supplementary ? ` (${t('group.supplementary')})` : ''}
        </dd>
        <dt>{t('dialoguePage.lead')}</dt>
        <dd>{dialogue.lead?.email ?? '–'}</dd>
        <dt>{t('dialogueForm.participants')}</dt>
        <dd>{dialogue.participants.length ? dialogue.participants.map((p) => p.name).join(', ') : '–'}</dd>
      </dl>
      <h2>{t('dialogueForm.answers')}</h2>
      {dialogue.answers.length === 0 ? (
        <p>{t('dialoguePage.noAnswers')}</p>
      ) : (
        <dl>
          {dialogue.answers.map((a) => (
            <div key={a.id}>
              <dt>{a.question.text}</dt>
              <dd className="wrap">{a.text}</dd>
            </div>
          ))}
        </dl>
      )}
      {dialogue.notes && (
        <>
          <h2>{t('dialogueForm.notes')}</h2>
          <p className="wrap">{dialogue.notes}</p>
        </>
      )}
      <h2>{t('dialogueForm.actions')}</h2>
      {dialogue.actions.length === 0 ? (
        <p>{t('dialoguePage.noActions')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dialogues.action')}</th>
              <th scope="col">{t('dialogues.owner')}</th>
              <th scope="col">{t('dialogues.dueDate')}</th>
              <th scope="col">{t('dialoguePage.status')}</th>
            </tr>
          </thead>
          <tbody>
            {dialogue.actions.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.description}</th>
                <td>{a.ownerName}</td>
                <td>{a.dueDate ?? '–'}</td>
                <td>
                  {t(`actionStatus.${a.status}`)}{' '}
                  {can.logDialogues && (
                    <button
                      type="button"
                      className="small"
                      disabled={setting.loading}
                      onClick={() =>
                        void setStatus({ variables: { id: a.id, status: nextStatus(a.status) } }).catch(() => null)
                      }
                    >
                      {t(`dialoguePage.mark${nextStatus(a.status)}`)}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ProblemMessage problem={problem(setting.error)} />
      <Revisions year={dialogue.year} revisions={dialogue.revisions} participants={dialogue.participants} />
      <AuditHistory entityType="DIALOGUE" entityId={dialogue.id} />
    </article>
  );
}
