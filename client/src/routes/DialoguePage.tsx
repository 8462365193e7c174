import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan } from '../auth';
import { AuditHistory } from '../components/AuditHistory';
import { ProblemMessage } from '../components/ProblemMessage';
import { TypeBadge } from '../components/TypeBadge';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { ActionStatus } from '../gql/graphql';
import { SetActionStatusDocument } from '../components/actionStatus';

const DialoguePageDocument = graphql(`
  query DialoguePage($id: ID!) {
    dialogue(id: $id) {
      id
      heldOn
      year
      supplementary
      notes
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

/** One follow-up dialogue as documented: its answers, the actions agreed and how they were followed up, its history. */
export function DialoguePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const problem = useApiProblem();
  const { data, loading } = useQuery(DialoguePageDocument, { variables: { id } });
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
        <TypeBadge type={dialogue.group.type} /> {t('dialoguePage.title', { group: dialogue.group.name, date: dialogue.heldOn })}
      </h1>
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
                    <button type="button" className="small" disabled={setting.loading} onClick={() => void setStatus({ variables: { id: a.id, status: nextStatus(a.status) } }).catch(() => null)}>
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
      <AuditHistory entityType="DIALOGUE" entityId={dialogue.id} />
    </article>
  );
}
