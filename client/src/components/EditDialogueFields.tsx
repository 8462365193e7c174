import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { DialogueDraft } from '../dialogueDrafts';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { ActionStatus } from '../gql/graphql';
import { answersOf, DialogueFields, DialogueFormDocument, participantsOf } from './DialogueFields';
import { ProblemMessage } from './ProblemMessage';
import { TypeBadge } from './TypeBadge';

const UpdateDialogueDocument = graphql(`
  mutation UpdateDialogue($input: UpdateDialogueInput!) {
    updateDialogue(input: $input) {
      id
      version
    }
  }
`);

/**
 * The form that edits a logged dialogue, from the dialogue as it was loaded (`initial`, of `version`); the route
 * (EditDialogueForm) loads it. The state before the edit is kept as a revision, shown on the dialogue page.
 */
export function EditDialogueFields({
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
      void navigate(`/dialogues/${id}`, { state: { saved: t('dialogueForm.updated', { group: group.name }) } });
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
