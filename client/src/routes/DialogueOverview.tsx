import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useCan } from '../auth';
import { TypeBadge } from '../components/TypeBadge';
import { graphql } from '../gql';
import { today } from '../today';
import { ExportButtons } from '../components/ExportButtons';
import { SetActionStatusDocument } from '../components/actionStatus';
import { CopyDialogueQuestionsDocument } from '../components/copyQuestions';
import { ProblemMessage } from '../components/ProblemMessage';
import { useApiProblem } from '../errors';
import { SaveStatus } from '../components/SaveStatus';
import { ActionsHeader } from '../components/ActionsHeader';

const DialogueOverviewDocument = graphql(`
  query DialogueOverview($year: Int!) {
    dialogueYearOverview(year: $year) {
      year
      questions {
        id
        key
        text
        goal
      }
      rows {
        group {
          id
          name
          type
        }
        dialogues {
          id
          heldOn
        }
        required
        answered
      }
      coverage {
        questionKey
        required
        answered
        complete
      }
      goals {
        goal
        questionKey
        met
      }
    }
    overdueDialogueActions {
      id
      description
      ownerName
      dueDate
      dialogue {
        id
        group {
          id
          name
          type
        }
      }
    }
  }
`);

/** A year's dialogues as a matrix of groups × questions, the goals resting on them, and the overdue actions. */
export function DialogueOverview() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? today().slice(0, 4));
  const [onlyMissing, setOnlyMissing] = useState(false);
  const { data, loading, refetch } = useQuery(DialogueOverviewDocument, { variables: { year } });
  const [setStatus, statusState] = useMutation(SetActionStatusDocument);
  const [copyQuestions, copying] = useMutation(CopyDialogueQuestionsDocument);
  const problem = useApiProblem();
  const arrived = (useLocation().state as { saved?: string } | null)?.saved ?? '';
  const [saved, setSaved] = useState('');
  const overview = data?.dialogueYearOverview;
  const canLog = useCan().logDialogues;
  const rows = (overview?.rows ?? []).filter(
    (row) => !onlyMissing || row.required.some((key) => !row.answered.includes(key)),
  );
  const years = Array.from({ length: 5 }, (_, i) => Number(today().slice(0, 4)) - 3 + i);
  return (
    <section>
      <h1>{t('dialogues.title')}</h1>
      <div className="filters">
        <label>
          {t('dialogues.year')}
          <select value={year} onChange={(e) => setParams({ year: e.target.value })}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={onlyMissing} onChange={(e) => setOnlyMissing(e.target.checked)} />
          {t('dialogues.onlyMissing')}
        </label>
      </div>
      <SaveStatus message={saved || arrived} />
      {canLog && (
        <p>
          <Link to={`/dialogues/questions?year=${year}`}>{t('questions.manage', { year })}</Link>
        </p>
      )}
      {loading && !overview ? (
        <p role="status">{t('common.loading')}</p>
      ) : !overview || overview.questions.length === 0 ? (
        <>
          <p>{t('dialogues.noQuestions', { year })}</p>
          {canLog && (
            <>
              <button
                type="button"
                className="primary"
                disabled={copying.loading}
                onClick={() =>
                  void copyQuestions({ variables: { fromYear: year - 1, toYear: year } }).then(
                    async (result) => {
                      await refetch();
                      setSaved(
                        t('questions.copiedCount', {
                          count: result.data?.copyDialogueQuestions.length ?? 0,
                          from: year - 1,
                          to: year,
                        }),
                      );
                    },
                    () => undefined,
                  )
                }
              >
                {t('questions.copy', { from: year - 1, to: year })}
              </button>
              <ProblemMessage problem={problem(copying.error)} />
            </>
          )}
        </>
      ) : (
        <>
          <h2>{t('dialogues.goals')}</h2>
          <ExportButtons input={{ list: 'DIALOGUE_COVERAGE', year }} />
          <ul className="goal-status">
            {overview.goals.map((g) => {
              const coverage = overview.coverage.find((c) => c.questionKey === g.questionKey)!;
              return (
                <li key={g.questionKey}>
                  <strong>{g.goal}</strong>:{' '}
                  <span className={`verdict ${g.met ? 'met' : 'not-met'}`}>
                    {g.met ? t('goal.met') : t('goal.notMet')}
                  </span>{' '}
                  <span className="muted">
                    {t('dialogues.coverage', { answered: coverage.answered, required: coverage.required })}
                  </span>
                </li>
              );
            })}
          </ul>
          <h2>{t('dialogues.matrix')}</h2>
          <div className="matrix-wrap">
            <table className="matrix compact">
              <thead>
                <tr>
                  <th scope="col">{t('member.group')}</th>
                  <th scope="col">{t('dialogues.heldOn')}</th>
                  {overview.questions.map((q) => (
                    <th scope="col" key={q.id} className="question-heading">
                      {q.goal ? `${q.goal}: ` : ''}
                      {q.text}
                    </th>
                  ))}
                  {canLog && <ActionsHeader />}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.group.id}>
                    <th scope="row">
                      <TypeBadge type={row.group.type} /> <Link to={`/groups/${row.group.id}`}>{row.group.name}</Link>
                    </th>
                    <td>
                      {row.dialogues.length === 0
                        ? '–'
                        : row.dialogues.map((d, i) => (
                            <span key={d.id}>
                              {i > 0 && ', '}
                              <Link
                                to={`/dialogues/${d.id}`}
                                aria-label={t('dialogues.openDialogue', { group: row.group.name, date: d.heldOn })}
                              >
                                {d.heldOn}
                              </Link>
                            </span>
                          ))}
                    </td>
                    {overview.questions.map((q) => {
                      const state = !row.required.includes(q.key)
                        ? 'na'
                        : row.answered.includes(q.key)
                          ? 'answered'
                          : 'missing';
                      return (
                        <td key={q.id} className={`cell-${state}`}>
                          {t(`dialogues.cell.${state}`)}
                        </td>
                      );
                    })}
                    {canLog && (
                      <td>
                        <Link className="button small" to={`/dialogues/new?group=${row.group.id}&year=${year}`}>
                          {row.dialogues.length ? t('dialogues.logSupplementary') : t('dialogues.log')}
                        </Link>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h2>{t('dialogues.overdue')}</h2>
      <ExportButtons input={{ list: 'DIALOGUE_ACTIONS' }} />
      {(data?.overdueDialogueActions.length ?? 0) === 0 ? (
        <p>{t('dialogues.noOverdue')}</p>
      ) : (
        <table className="compact">
          <thead>
            <tr>
              <th scope="col">{t('member.group')}</th>
              <th scope="col">{t('dialogues.action')}</th>
              <th scope="col">{t('dialogues.owner')}</th>
              <th scope="col">{t('dialogues.dueDate')}</th>
              {canLog && <ActionsHeader />}
            </tr>
          </thead>
          <tbody>
            {data?.overdueDialogueActions.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <TypeBadge type={a.dialogue.group.type} />{' '}
                  <Link to={`/groups/${a.dialogue.group.id}`}>{a.dialogue.group.name}</Link>
                </th>
                <td>{a.description}</td>
                <td>{a.ownerName}</td>
                <td>{a.dueDate}</td>
                {canLog && (
                  <td>
                    <button
                      type="button"
                      className="small"
                      disabled={statusState.loading}
                      onClick={() =>
                        void setStatus({ variables: { id: a.id, status: 'DONE' } }).then(
                          () => refetch(),
                          () => undefined,
                        )
                      }
                    >
                      {t('dialogues.markDone')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
