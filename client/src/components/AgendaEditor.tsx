import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formLevel, useApiProblem } from '../errors';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { AgendaList_ItemFragment } from './AgendaList';
import { ConfirmDialog } from './ConfirmDialog';
import { ProblemMessage } from './ProblemMessage';

export const TopicsDocument = graphql(`
  query Topics {
    topics {
      id
      key
      name
      version
    }
  }
`);

const SetAgendaDocument = graphql(`
  mutation SetAgenda($input: SetAgendaInput!) {
    setAgenda(input: $input) {
      id
      version
      agenda {
        ...AgendaList_item
      }
    }
  }
`);

interface AgendaItemValues {
  title: string;
  topicIds: string[];
  decision: string;
  paragraph: string;
}

/** One editable row: a new key for each item added, so that removing one keeps the others' fields. */
type Row = AgendaItemValues & { key: number; stored: boolean };

/**
 * The agenda of a meeting: its items in order, each with the topics it took up (from the coordinators' list), the
 * short decision and its paragraph number. Saving replaces the whole agenda; dropping items that were saved asks
 * first, since their decisions go with them.
 */
export function AgendaEditor({
  meetingId,
  version,
  items,
  onSaved,
  onCancel,
}: {
  meetingId: string;
  version: number;
  items: FragmentType<typeof AgendaList_ItemFragment>[];
  onSaved: (count: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const { data } = useQuery(TopicsDocument);
  const topics = data?.topics ?? [];
  const [rows, setRows] = useState<Row[]>(() =>
    getFragmentData(AgendaList_ItemFragment, items).map((item, i) => ({
      key: i,
      stored: true,
      title: item.title,
      topicIds: item.topics.map((topic) => topic.id),
      decision: item.decision ?? '',
      paragraph: item.paragraph ?? '',
    })),
  );
  const [nextKey, setNextKey] = useState(items.length);
  const [save, { loading, error }] = useMutation(SetAgendaDocument);
  const shown = problem(error);
  const dropped = items.length - rows.filter((r) => r.stored).length;
  const change = (key: number, changes: Partial<AgendaItemValues>) =>
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...changes } : r)));
  const move = (index: number, by: -1 | 1) =>
    setRows((current) => {
      const next = [...current];
      [next[index], next[index + by]] = [next[index + by]!, next[index]!];
      return next;
    });
  const store = async () => {
    const result = await save({
      variables: {
        input: {
          meetingId,
          expectedVersion: version,
          items: rows.map((r) => ({
            title: r.title.trim(),
            topicIds: r.topicIds,
            decision: r.decision.trim() || null,
            paragraph: r.paragraph.trim() || null,
          })),
        },
      },
    }).catch(() => null);
    if (result?.data) onSaved(result.data.setAgenda.agenda.length);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void store();
  };
  return (
    <form className="card agenda-editor" onSubmit={submit} aria-labelledby="agenda-editor-title">
      <h3 id="agenda-editor-title">{t('meetings.agenda.editTitle')}</h3>
      {rows.length === 0 && <p>{t('meetings.agenda.empty')}</p>}
      <ol className="agenda-rows">
        {rows.map((row, index) => {
          const number = index + 1;
          const field = (name: string) => `items.${index}.${name}`;
          return (
            <li key={row.key}>
              <fieldset>
                <legend>{t('meetings.agenda.item', { number })}</legend>
                <label>
                  {t('meetings.agenda.itemTitle')}
                  <input
                    required
                    maxLength={500}
                    value={row.title}
                    aria-invalid={shown?.field === field('title') || undefined}
                    onChange={(e) => change(row.key, { title: e.target.value })}
                  />
                </label>
                <fieldset className="inline-fieldset">
                  <legend>{t('meetings.agenda.topics')}</legend>
                  {topics.length === 0 && <span className="muted">{t('meetings.agenda.noTopics')}</span>}
                  {topics.map((topic) => (
                    <label key={topic.id} className="checkbox">
                      <input
                        type="checkbox"
                        checked={row.topicIds.includes(topic.id)}
                        onChange={(e) =>
                          change(row.key, {
                            topicIds: e.target.checked
                              ? [...row.topicIds, topic.id]
                              : row.topicIds.filter((id) => id !== topic.id),
                          })
                        }
                      />
                      {topic.name}
                    </label>
                  ))}
                </fieldset>
                <label>
                  {t('meetings.agenda.decision')}
                  <textarea
                    rows={2}
                    maxLength={2000}
                    value={row.decision}
                    onChange={(e) => change(row.key, { decision: e.target.value })}
                  />
                </label>
                <label className="paragraph-field">
                  {t('meetings.agenda.paragraph')}
                  <input
                    maxLength={20}
                    size={8}
                    value={row.paragraph}
                    placeholder="§ 12"
                    onChange={(e) => change(row.key, { paragraph: e.target.value })}
                  />
                </label>
                <div className="form-row">
                  <button
                    type="button"
                    className="small"
                    disabled={index === 0}
                    aria-label={t('meetings.agenda.moveUpNamed', { number })}
                    onClick={() => move(index, -1)}
                  >
                    {t('meetings.agenda.moveUp')}
                  </button>
                  <button
                    type="button"
                    className="small"
                    disabled={index === rows.length - 1}
                    aria-label={t('meetings.agenda.moveDownNamed', { number })}
                    onClick={() => move(index, 1)}
                  >
                    {t('meetings.agenda.moveDown')}
                  </button>
                  <button
                    type="button"
                    className="small danger"
                    aria-label={t('meetings.agenda.removeNamed', { number })}
                    onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
                  >
                    {t('meetings.agenda.remove')}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          setRows([...rows, { key: nextKey, stored: false, title: '', topicIds: [], decision: '', paragraph: '' }]);
          setNextKey(nextKey + 1);
        }}
      >
        {t('meetings.agenda.add')}
      </button>
      <ProblemMessage problem={formLevel(shown, [])} />
      <div className="form-row">
        {dropped > 0 ? (
          <ConfirmDialog
            trigger={t('meetings.agenda.save')}
            triggerClassName="primary"
            title={t('meetings.agenda.dropTitle', { count: dropped })}
            confirmLabel={t('meetings.agenda.dropConfirm')}
            destructive
            isDisabled={loading || rows.some((r) => !r.title.trim())}
            onConfirm={store}
          >
            <p>{t('meetings.agenda.dropBody', { count: dropped })}</p>
          </ConfirmDialog>
        ) : (
          <button type="submit" className="primary" disabled={loading}>
            {loading ? t('common.saving') : t('meetings.agenda.save')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
