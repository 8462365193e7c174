import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ProblemMessage } from '../components/ProblemMessage';
import { TypeBadge } from '../components/TypeBadge';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import { today } from '../today';

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

interface Draft {
  heldOn: string;
  participantIds: string[];
  answers: Record<string, string>;
  notes: string;
  actions: { description: string; ownerName: string; dueDate: string }[];
}

const draftKey = (groupId: string, year: number) => `ks-registry.dialogue-draft.${groupId}.${year}`;

/** Logs a dialogue; what is typed is kept as a draft in the browser until it is saved, so a reload loses nothing. */
export function DialogueForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const problem = useApiProblem();
  const [params] = useSearchParams();
  const groupId = params.get('group') ?? '';
  const year = Number(params.get('year') ?? today().slice(0, 4));
  const key = draftKey(groupId, year);
  const [draft, setDraft] = useState<Draft>(() => {
    const saved = localStorage.getItem(key);
    const fallbackDay = today().startsWith(String(year)) ? today() : `${year}-12-31`;
    return saved ? (JSON.parse(saved) as Draft) : { heldOn: fallbackDay, participantIds: [], answers: {}, notes: '', actions: [] };
  });
  useEffect(() => localStorage.setItem(key, JSON.stringify(draft)), [key, draft]);
  const { data, loading } = useQuery(DialogueFormDocument, { variables: { groupId, year, heldOn: draft.heldOn || null }, skip: !groupId });
  const [logDialogue, saving] = useMutation(LogDialogueDocument);
  const group = data?.group;
  if (loading && !group) return <p role="status">{t('common.loading')}</p>;
  if (!group) return <p>{t('group.notFound')}</p>;
  const supplementary = group.dialogues.some((d) => d.year === year);
  const update = (changes: Partial<Draft>) => setDraft((d) => ({ ...d, ...changes }));

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
          participantIds: draft.participantIds.filter((id) => group.memberships.some((m) => m.person.id === id)),
          answers: group.dialogueQuestions.map((q) => ({ questionId: q.id, text: draft.answers[q.id] ?? '' })),
          actions: draft.actions.filter((a) => a.description.trim()).map((a) => ({ ...a, dueDate: a.dueDate || null })),
        },
      },
    }).catch(() => null);
    if (result?.data) {
      localStorage.removeItem(key);
      navigate(`/dialogues?year=${year}`);
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
      <p className="muted" role="status">
        {t('dialogueForm.draftNote')}
      </p>
      <label>
        {t('dialogues.heldOn')}
        <input type="date" value={draft.heldOn} onChange={(e) => update({ heldOn: e.target.value })} required />
      </label>
      <fieldset>
        <legend>{t('dialogueForm.participants')}</legend>
        {group.memberships.length === 0 && <p>{t('dialogueForm.noMembers')}</p>}
        {group.memberships.map((m) => (
          <label key={m.id} className="checkbox">
            <input
              type="checkbox"
              checked={draft.participantIds.includes(m.person.id)}
              onChange={(e) => update({ participantIds: e.target.checked ? [...draft.participantIds, m.person.id] : draft.participantIds.filter((id) => id !== m.person.id) })}
            />
            {`${m.person.name} (${t(`memberRole.${m.role}`)})`}
          </label>
        ))}
      </fieldset>
      {group.openDialogueActions.length > 0 && (
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
            <textarea rows={3} value={draft.answers[q.id] ?? ''} onChange={(e) => update({ answers: { ...draft.answers, [q.id]: e.target.value } })} />
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
          <div className="form-row" key={i}>
            <label>
              {t('dialogues.action')}
              <input value={a.description} onChange={(e) => update({ actions: draft.actions.map((x, j) => (j === i ? { ...x, description: e.target.value } : x)) })} required />
            </label>
            <label>
              {t('dialogues.owner')}
              <input value={a.ownerName} onChange={(e) => update({ actions: draft.actions.map((x, j) => (j === i ? { ...x, ownerName: e.target.value } : x)) })} required />
            </label>
            <label>
              {t('dialogues.dueDate')}
              <input type="date" value={a.dueDate} onChange={(e) => update({ actions: draft.actions.map((x, j) => (j === i ? { ...x, dueDate: e.target.value } : x)) })} />
            </label>
            <button type="button" className="small" onClick={() => update({ actions: draft.actions.filter((_, j) => j !== i) })}>
              {t('dialogueForm.removeAction')}
            </button>
          </div>
        ))}
        <button type="button" className="small" onClick={() => update({ actions: [...draft.actions, { description: '', ownerName: '', dueDate: '' }] })}>
          {t('dialogueForm.addAction')}
        </button>
      </fieldset>
      <ProblemMessage problem={problem(saving.error)} />
      <button type="submit" className="primary" disabled={saving.loading}>
        {saving.loading ? t('common.saving') : t('dialogueForm.save')}
      </button>
    </form>
  );
}
