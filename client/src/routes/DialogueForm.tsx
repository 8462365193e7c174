import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useCan, useMe } from '../auth';
import { ProblemMessage } from '../components/ProblemMessage';
import { IsoDateField } from '../components/IsoDateField';
import { TypeBadge } from '../components/TypeBadge';
import { discardDraft, draftKey, loadDraft, saveDraft, type DialogueDraft } from '../dialogueDrafts';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { ActionStatus, DialogueFormQuery } from '../gql/graphql';
import { today } from '../today';
import { SaveStatus } from '../components/SaveStatus';

const DialogueFormDocument = graphql(`
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
        id
        key
        text
        goal
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

const LogDialogueDocument = graphql(`
  mutation LogDialogue($input: LogDialogueInput!) {
    logDialogue(input: $input) {
      id
    }
  }
`);

const EditDialogueDocument = graphql(`
  query EditDialogue($id: ID!) {
    dialogue(id: $id) {
      id
      version
      year
      heldOn
      notes
      group {
        id
      }
      participants {
        id
      }
      answers {
        id
        text
        question {
          id
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

const UpdateDialogueDocument = graphql(`
  mutation UpdateDialogue($input: UpdateDialogueInput!) {
    updateDialogue(input: $input) {
      id
      version
    }
  }
`);

type FormGroup = NonNullable<DialogueFormQuery['group']>;

/** The fields of a dialogue: the day, who took part, the answers to the year's questions, notes and actions. */
function DialogueFields({
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
      <fieldset>
        <legend>{t('dialogueForm.answers')}</legend>
        {group.dialogueQuestions.length === 0 && <p>{t('dialogues.noQuestions', { year })}</p>}
        {group.dialogueQuestions.map((q) => (
          <label key={q.id}>
            {q.goal ? `${q.goal}: ${q.text}` : q.text}
            <textarea
              rows={3}
              value={draft.answers[q.id] ?? ''}
              onChange={(e) => update({ answers: { ...draft.answers, [q.id]: e.target.value } })}
            />
          </label>
        ))}
      </fieldset>
      <label>
        {t('dialogueForm.notes')}
        <textarea rows={3} value={draft.notes} onChange={(e) => update({ notes: e.target.value })} />
      </label>
      <fieldset>
        <legend>{t('dialogueForm.actions')}</legend>
        {draft.actions.map((a, i) => (
          <div className="form-row" key={a.id ?? `new-${i}`}>
            <label>
              {t('dialogues.action')}
              <input
                value={a.description}
                onChange={(e) =>
                  update({
                    actions: draft.actions.map((x, j) => (j === i ? { ...x, description: e.target.value } : x)),
                  })
                }
                required
              />
            </label>
            <label>
              {t('dialogues.owner')}
              <input
                value={a.ownerName}
                onChange={(e) =>
                  update({ actions: draft.actions.map((x, j) => (j === i ? { ...x, ownerName: e.target.value } : x)) })
                }
                required
              />
            </label>
            <IsoDateField
              label={t('dialogues.dueDate')}
              value={a.dueDate}
              onChange={(dueDate) =>
                update({ actions: draft.actions.map((x, j) => (j === i ? { ...x, dueDate } : x)) })
              }
            />
            {/* Actions already agreed are followed up (done, cancelled), not removed; only a new line can go. */}
            {!a.id && (
              <button
                type="button"
                className="small"
                onClick={() => update({ actions: draft.actions.filter((_, j) => j !== i) })}
              >
                {t('dialogueForm.removeAction')}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="small"
          onClick={() => update({ actions: [...draft.actions, { description: '', ownerName: '', dueDate: '' }] })}
        >
          {t('dialogueForm.addAction')}
        </button>
      </fieldset>
    </>
  );
}

const answersOf = (group: FormGroup, draft: DialogueDraft) =>
  group.dialogueQuestions.map((q) => ({ questionId: q.id, text: draft.answers[q.id] ?? '' }));
const participantsOf = (group: FormGroup, draft: DialogueDraft) =>
  draft.participantIds.filter((id) => group.memberships.some((m) => m.person.id === id));

/**
 * Logs a dialogue. What is typed is kept as the user's own draft in this browser until the dialogue is saved or the
 * draft thrown away, so a reload loses nothing; merely opening the form writes no draft.
 */
export function DialogueForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const problem = useApiProblem();
  const me = useMe();
  const [params] = useSearchParams();
  const groupId = params.get('group') ?? '';
  const year = Number(params.get('year') ?? today().slice(0, 4));
  const key = draftKey(me.id, groupId, year);
  const empty = (): DialogueDraft => ({
    heldOn: today().startsWith(String(year)) ? today() : `${year}-12-31`,
    participantIds: [],
    answers: {},
    notes: '',
    actions: [],
  });
  const [draft, setDraft] = useState<DialogueDraft>(() => loadDraft(key) ?? empty());
  const [hasDraft, setHasDraft] = useState(() => loadDraft(key) !== null);
  const [status, setStatus] = useState('');
  const { data, previousData, loading } = useQuery(DialogueFormDocument, {
    variables: { groupId, year, heldOn: draft.heldOn || null },
    skip: !groupId,
  });
  const [logDialogue, saving] = useMutation(LogDialogueDocument);
  // While the members on a newly typed day load, the form stays (with the previous day's members): replacing it with
  // a loading message would take the date field, and the focus, away mid-typing.
  const group = (data ?? previousData)?.group;
  if (loading && !group) return <p role="status">{t('common.loading')}</p>;
  if (!group) return <p>{t('group.notFound')}</p>;
  const supplementary = group.dialogues.some((d) => d.year === year);
  const update = (changes: Partial<DialogueDraft>) =>
    setDraft((d) => {
      const next = { ...d, ...changes };
      saveDraft(key, next);
      return next;
    });
  const edit = (changes: Partial<DialogueDraft>) => {
    update(changes);
    setHasDraft(true);
  };
  const throwAway = () => {
    discardDraft(key);
    setDraft(empty());
    setHasDraft(false);
    setStatus(t('dialogueForm.draftDiscarded'));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await logDialogue({
      variables: {
        input: {
          groupId,
          year,
          heldOn: draft.heldOn,
          supplementary,
          notes: draft.notes || null,
          participantIds: participantsOf(group, draft),
          answers: answersOf(group, draft),
          actions: draft.actions
            .filter((a) => a.description.trim())
            .map((a) => ({ description: a.description, ownerName: a.ownerName, dueDate: a.dueDate || null })),
        },
      },
    }).catch(() => null);
    if (result?.data) {
      discardDraft(key);
      navigate(`/dialogues?year=${year}`, {
        state: { saved: t('dialogueForm.logged', { group: group.name, date: draft.heldOn }) },
      });
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="dialogue-title">
      <p className="breadcrumb">
        <Link to={`/dialogues?year=${year}`}>{t('dialogues.title')}</Link>
      </p>
      <h1 id="dialogue-title">
        {t('dialogueForm.title', { year })} <TypeBadge type={group.type} /> {group.name}
      </h1>
      {supplementary && <p className="muted">{t('dialogueForm.supplementary')}</p>}
      <p className="muted">{t('dialogueForm.draftNote')}</p>
      <SaveStatus message={status} />
      {hasDraft && (
        <p>
          <button type="button" className="small" onClick={throwAway}>
            {t('dialogueForm.discardDraft')}
          </button>
        </p>
      )}
      <DialogueFields group={group} year={year} draft={draft} update={edit} editing={false} />
      <ProblemMessage problem={problem(saving.error)} />
      <button type="submit" className="primary" disabled={saving.loading}>
        {saving.loading ? t('common.saving') : t('dialogueForm.save')}
      </button>
    </form>
  );
}

/** Edits a logged dialogue; the state before the edit is kept as a revision, shown on the dialogue page. */
export function EditDialogueForm() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // Who may edit is the route's guard (pages.ts: logDialogues); a role without it never reaches this form.
  const { data, loading } = useQuery(EditDialogueDocument, { variables: { id }, fetchPolicy: 'network-only' });
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
  const initial: DialogueDraft = {
    heldOn: dialogue.heldOn,
    participantIds: dialogue.participants.map((p) => p.id),
    answers: Object.fromEntries(dialogue.answers.map((a) => [a.question.id, a.text])),
    notes: dialogue.notes ?? '',
    actions: dialogue.actions.map((a) => ({
      id: a.id,
      description: a.description,
      ownerName: a.ownerName,
      dueDate: a.dueDate ?? '',
      status: a.status,
    })),
  };
  return (
    <EditDialogueFields
      key={`${dialogue.id}:${dialogue.version}`}
      id={dialogue.id}
      version={dialogue.version}
      groupId={dialogue.group.id}
      year={dialogue.year}
      initial={initial}
    />
  );
}

function EditDialogueFields({
  id,
  version,
  groupId,
  year,
  initial,
}: {
  id: string;
  version: number;
  groupId: string;
  year: number;
  initial: DialogueDraft;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const problem = useApiProblem();
  const [draft, setDraft] = useState(initial);
  const { data, loading } = useQuery(DialogueFormDocument, {
    variables: { groupId, year, heldOn: draft.heldOn || null },
  });
  const [updateDialogue, saving] = useMutation(UpdateDialogueDocument, {
    refetchQueries: ['DialoguePage', 'AuditHistory'],
  });
  const group = data?.group;
  if (loading && !group) return <p role="status">{t('common.loading')}</p>;
  if (!group) return <p>{t('group.notFound')}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await updateDialogue({
      variables: {
        input: {
          id,
          expectedVersion: version,
          heldOn: draft.heldOn,
          notes: draft.notes || null,
          participantIds: participantsOf(group, draft),
          answers: answersOf(group, draft),
          actions: draft.actions
            .filter((a) => a.id || a.description.trim())
            .map((a) => ({
              ...(a.id ? { id: a.id, status: a.status as ActionStatus } : {}),
              description: a.description,
              ownerName: a.ownerName,
              dueDate: a.dueDate || null,
            })),
        },
      },
    }).catch(() => null);
    if (result?.data)
      navigate(`/dialogues/${id}`, { state: { saved: t('dialogueForm.updated', { group: group.name }) } });
  };

  return (
    <form onSubmit={submit} aria-labelledby="dialogue-title">
      <p className="breadcrumb">
        <Link to={`/dialogues/${id}`}>{t('dialogueForm.backToDialogue')}</Link>
      </p>
      <h1 id="dialogue-title">
        {t('dialogueForm.editTitle', { year })} <TypeBadge type={group.type} /> {group.name}
      </h1>
      <p className="muted">{t('dialogueForm.editNote')}</p>
      <DialogueFields
        group={group}
        year={year}
        draft={draft}
        update={(changes) => setDraft((d) => ({ ...d, ...changes }))}
        editing
      />
      <ProblemMessage problem={problem(saving.error)} />
      <div className="form-row">
        <button type="submit" className="primary" disabled={saving.loading}>
          {saving.loading ? t('common.saving') : t('dialogueForm.saveChanges')}
        </button>
        <Link className="button" to={`/dialogues/${id}`}>
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
