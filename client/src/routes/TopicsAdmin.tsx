import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TopicsDocument } from '../components/AgendaEditor';
import { Field } from '../components/Field';
import { FormActions } from '../components/FormActions';
import { SaveStatus } from '../components/SaveStatus';
import { formLevel, useApiProblem } from '../errors';
import { graphql } from '../gql';

const CreateTopicDocument = graphql(`
  mutation CreateTopic($input: CreateTopicInput!) {
    createTopic(input: $input) {
      id
      key
      name
      version
    }
  }
`);

const UpdateTopicDocument = graphql(`
  mutation UpdateTopic($input: UpdateTopicInput!) {
    updateTopic(input: $input) {
      id
      name
      version
    }
  }
`);

/**
 * Adds a topic: its key (kept for goals and exports, never changed) and its name. A key the list on screen already
 * holds is named with its topic before anything is sent; the API's general DUPLICATE text speaks of a save race.
 */
function NewTopicForm({
  topics,
  onSaved,
  onCancel,
}: {
  topics: readonly { key: string; name: string }[];
  onSaved: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [taken, setTaken] = useState<string | null>(null);
  const [create, { loading, error, reset }] = useMutation(CreateTopicDocument);
  const shown = taken ? { field: 'key', message: t('meetings.topics.keyTaken', { name: taken }) } : problem(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    const holder = topics.find((topic) => topic.key === key.trim());
    setTaken(holder?.name ?? null);
    if (holder) return;
    const result = await create({ variables: { input: { key: key.trim(), name: name.trim() } } }).catch(() => null);
    if (result?.data) onSaved(result.data.createTopic.name);
  };
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="new-topic-title">
      <h2 id="new-topic-title">{t('meetings.topics.newTitle')}</h2>
      <div className="form-row fields">
        <Field label={t('meetings.topics.name')} name="name" problem={shown}>
          {(control) => (
            <input {...control} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <Field label={t('meetings.topics.key')} name="key" problem={shown} hint={t('meetings.topics.keyHint')}>
          {(control) => (
            <input
              {...control}
              required
              pattern="[a-z0-9\-]{2,40}"
              autoCapitalize="none"
              spellCheck={false}
              value={key}
              onChange={(e) => {
                setTaken(null);
                setKey(e.target.value);
              }}
            />
          )}
        </Field>
      </div>
      <FormActions
        problem={formLevel(shown, ['key', 'name'])}
        saving={loading}
        saveLabel={t('meetings.topics.add')}
        onCancel={onCancel}
      />
    </form>
  );
}

/** Renames a topic in place; the meetings that took it up show the new name. */
function RenameTopicForm({
  topic,
  onSaved,
  onCancel,
}: {
  topic: { id: string; name: string; version: number };
  onSaved: (from: string, to: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [name, setName] = useState(topic.name);
  const [update, { loading, error }] = useMutation(UpdateTopicDocument);
  const shown = problem(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await update({
      variables: { input: { id: topic.id, name: name.trim(), expectedVersion: topic.version } },
    }).catch(() => null);
    if (result?.data) onSaved(topic.name, result.data.updateTopic.name);
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('meetings.topics.renameNamed', { name: topic.name })}>
      <Field label={t('meetings.topics.newName')} name="name" problem={shown}>
        {(control) => (
          <input {...control} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        )}
      </Field>
      <FormActions
        problem={formLevel(shown, ['name'])}
        saving={loading}
        saveLabel={t('meetings.topics.rename')}
        onCancel={onCancel}
      />
    </form>
  );
}

/**
 * The topics meetings take up ("nära vård", "vårdförlopp"): the list agenda items choose from and the topic goals
 * follow. Coordinators add and rename them; a topic's key stays as it was made.
 */
export function TopicsAdmin() {
  const { t } = useTranslation();
  const { data, loading, refetch } = useQuery(TopicsDocument);
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const start = (next: string | null) => {
    setSaved('');
    setEditing(next);
  };
  const topics = [...(data?.topics ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return (
    <section className="topics-admin">
      <p className="breadcrumb">
        <Link to="/bodies">{t('meetings.bodies.title')}</Link>
      </p>
      <h1>{t('meetings.topics.title')}</h1>
      <p className="muted">{t('meetings.topics.intro')}</p>
      <SaveStatus message={saved} />
      {editing !== 'new' && (
        <button type="button" className="primary" onClick={() => start('new')}>
          {t('meetings.topics.new')}
        </button>
      )}
      {editing === 'new' && (
        <NewTopicForm
          topics={topics}
          onCancel={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            setSaved(t('meetings.topics.added', { name }));
            void refetch();
          }}
        />
      )}
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {data && topics.length === 0 && <p>{t('meetings.topics.none')}</p>}
      {topics.length > 0 && (
        <div className="table-scroll">
          <table className="compact">
            <caption className="visually-hidden">{t('meetings.topics.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meetings.topics.name')}</th>
                <th scope="col">{t('meetings.topics.key')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {topics.map((topic) => (
                <tr key={topic.id}>
                  <th scope="row">{topic.name}</th>
                  <td>
                    <code>{topic.key}</code>
                  </td>
                  <td>
                    {editing === topic.id ? (
                      <RenameTopicForm
                        topic={topic}
                        onCancel={() => setEditing(null)}
                        onSaved={(from, to) => {
                          setEditing(null);
                          setSaved(t('meetings.topics.renamed', { from, to }));
                        }}
                      />
                    ) : (
                      <button
                        type="button"
                        className="small"
                        aria-label={t('meetings.topics.renameNamed', { name: topic.name })}
                        onClick={() => start(topic.id)}
                      >
                        {t('meetings.topics.rename')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
