import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMe } from '../auth';
import { answersOf, DialogueFields, DialogueFormDocument, participantsOf } from '../components/DialogueFields';
import { EditDialogueFields } from '../components/EditDialogueFields';
import { ProblemMessage } from '../components/ProblemMessage';
import { TypeBadge } from '../components/TypeBadge';
import { discardDraft, draftKey, loadDraft, saveDraft, type DialogueDraft } from '../dialogueDrafts';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import { today } from '../today';
import { SaveStatus } from '../components/SaveStatus';

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
      void navigate(`/dialogues?year=${year}`, {
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
