import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../errors';
import { addDaysTo } from '../format';
import { graphql } from '../gql';
import type { MemberTermsOnSuccession, SuccessionKind } from '../gql/graphql';
import { ConfirmDialog } from './ConfirmDialog';
import { GroupComboBox } from './GroupComboBox';
import { IsoDateField } from './IsoDateField';
import { ProblemMessage } from './ProblemMessage';

const RecordSuccessionDocument = graphql(`
  mutation RecordSuccession($input: RecordSuccessionInput!) {
    recordSuccession(input: $input) {
      successionId
      endedTerms
      carriedOverTerms
      links {
        id
        predecessor {
          id
          name
          type
        }
        successor {
          id
          name
          type
        }
      }
    }
  }
`);

const SuccessionGroupNameDocument = graphql(`
  query SuccessionGroupName($id: ID!) {
    group(id: $id) {
      id
      name
      type
    }
  }
`);

/** A chosen group's name in the confirmation (the combobox has just loaded it: read from the cache). */
function GroupName({ id }: { id: string }) {
  const { data } = useQuery(SuccessionGroupNameDocument, { variables: { id } });
  return <>{data?.group ? `${data.group.type} ${data.group.name}` : '…'}</>;
}

/** The groups as a list of names for the confirmation: this group by its label, the others as loaded. */
function Names({ ids, own }: { ids: string[]; own: { id: string; label: string } }) {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          {id === own.id ? own.label : <GroupName id={id} />}
        </span>
      ))}
    </>
  );
}

const TERMS: [MemberTermsOnSuccession, string][] = [
  ['CARRY_OVER', 'lineage.form.termsCarryOver'],
  ['END', 'lineage.form.termsEnd'],
];

const KINDS: SuccessionKind[] = ['MERGER', 'SPLIT', 'TRANSFORMATION'];

/** One row of the other groups: a stable key for React and the chosen group's id ('' before one is chosen). */
interface Chosen {
  key: number;
  id: string;
}

/**
 * "Registrera förändring": this group and the other groups chosen, on which side each stands, the day, and what
 * becomes of the terms. A confirmation says what will happen before anything is written; the API judges the shape,
 * cycles and overlaps and its refusal is shown as it comes.
 */
export function SuccessionForm({
  group,
  onSaved,
  onCancel,
}: {
  group: { id: string; label: string };
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [kind, setKind] = useState<SuccessionKind>('MERGER');
  const [isSuccessor, setIsSuccessor] = useState(true);
  const [others, setOthers] = useState<Chosen[]>([{ key: 1, id: '' }]);
  const [takesEffectOn, setTakesEffectOn] = useState('');
  const [memberTerms, setMemberTerms] = useState<MemberTermsOnSuccession>('CARRY_OVER');
  const [note, setNote] = useState('');
  const [record, { loading, error, reset }] = useMutation(RecordSuccessionDocument);

  const otherIds = others.map((o) => o.id).filter(Boolean);
  const complete = otherIds.length > 0 && takesEffectOn !== '';
  const predecessorIds = isSuccessor ? otherIds : [group.id];
  const successorIds = isSuccessor ? [group.id] : otherIds;
  const lastDay = takesEffectOn ? addDaysTo(takesEffectOn, -1) : '';
  const kindName = t(`lineage.kind.${kind}`);

  const submit = async () => {
    reset();
    const result = await record({
      variables: {
        input: { predecessorIds, successorIds, kind, takesEffectOn, memberTerms, note: note.trim() || null },
      },
    }).catch(() => null);
    const done = result?.data?.recordSuccession;
    if (done) onSaved(t('lineage.form.saved', { ended: done.endedTerms, carried: done.carriedOverTerms }));
  };

  return (
    <form className="card succession-form" aria-labelledby="succession-form-title" onSubmit={(e) => e.preventDefault()}>
      <h3 id="succession-form-title">{t('lineage.form.title')}</h3>
      <p className="muted">{t('lineage.form.intro')}</p>
      <fieldset>
        <legend>{t('lineage.form.kind')}</legend>
        {KINDS.map((k) => (
          <label key={k} className="checkbox">
            <input type="radio" name="succession-kind" checked={kind === k} onChange={() => setKind(k)} />
            {t(`lineage.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{`${t('lineage.form.side')} (${group.label})`}</legend>
        <label className="checkbox">
          <input type="radio" name="succession-side" checked={!isSuccessor} onChange={() => setIsSuccessor(false)} />
          {t('lineage.form.sidePredecessor')}
        </label>
        <label className="checkbox">
          <input type="radio" name="succession-side" checked={isSuccessor} onChange={() => setIsSuccessor(true)} />
          {t('lineage.form.sideSuccessor')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{isSuccessor ? t('lineage.form.otherPredecessors') : t('lineage.form.otherSuccessors')}</legend>
        {others.map((other, i) => (
          <div key={other.key} className="form-row">
            <GroupComboBox
              label={t('lineage.form.group', { number: i + 1 })}
              value={other.id}
              onChange={(id) => setOthers(others.map((o) => (o.key === other.key ? { ...o, id } : o)))}
            />
            {others.length > 1 && (
              <button type="button" onClick={() => setOthers(others.filter((o) => o.key !== other.key))}>
                {t('lineage.form.removeGroup', { number: i + 1 })}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          onClick={() => setOthers([...others, { key: Math.max(...others.map((o) => o.key)) + 1, id: '' }])}
        >
          {t('lineage.form.addGroup')}
        </button>
      </fieldset>
      <IsoDateField label={t('lineage.form.date')} value={takesEffectOn} onChange={setTakesEffectOn} isRequired />
      <fieldset>
        <legend>{t('lineage.form.terms')}</legend>
        {TERMS.map(([value, label]) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name="succession-terms"
              checked={memberTerms === value}
              onChange={() => setMemberTerms(value)}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('lineage.form.note')}
        <textarea value={note} maxLength={2000} rows={2} onChange={(e) => setNote(e.target.value)} />
      </label>
      <ProblemMessage problem={problem(error)} />
      {!complete && <p className="muted small">{t('lineage.form.incomplete')}</p>}
      <div className="actions">
        <ConfirmDialog
          trigger={loading ? t('common.saving') : t('lineage.form.submit')}
          triggerClassName="primary"
          title={t('lineage.form.confirmTitle')}
          confirmLabel={t('lineage.form.confirm')}
          isDisabled={!complete || loading}
          onConfirm={submit}
        >
          <p>{t('lineage.form.confirmKind', { kind: kindName, date: takesEffectOn })}</p>
          <p>
            {t('lineage.form.confirmEnds', { lastDay })} <Names ids={predecessorIds} own={group} />
          </p>
          <p>
            {t('lineage.form.confirmTakesOver', { date: takesEffectOn })} <Names ids={successorIds} own={group} />
          </p>
          <p>
            {memberTerms === 'CARRY_OVER'
              ? t('lineage.form.confirmCarryOver', { lastDay, date: takesEffectOn })
              : t('lineage.form.confirmEnd', { lastDay })}
          </p>
          <p>{t('lineage.form.confirmUndo')}</p>
        </ConfirmDialog>
        <button type="button" onClick={onCancel}>
          {t('lineage.form.cancel')}
        </button>
      </div>
    </form>
  );
}
