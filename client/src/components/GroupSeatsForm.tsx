import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import { ProblemMessage } from './ProblemMessage';
import { SaveStatus } from './SaveStatus';

const GroupSeatOwnersDocument = graphql(`
  query GroupSeatOwners($groupId: ID!) {
    groupSeatOwners(groupId: $groupId) {
      healthcareRegionId
      regionId
      name
      seats
    }
  }
`);

const SetGroupSeatsDocument = graphql(`
  mutation SetGroupSeats($input: SetGroupSeatsInput!) {
    setGroupSeats(input: $input) {
      id
      seats
      filled
      vacant
    }
  }
`);

type Owner = { healthcareRegionId?: string | null; regionId?: string | null; name: string; seats: number };
const keyOf = (o: Owner) => o.healthcareRegionId ?? o.regionId ?? '';

function SeatsFields({ groupId, owners, onSaved }: { groupId: string; owners: Owner[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [seats, setSeats] = useState<Record<string, number>>(() =>
    Object.fromEntries(owners.map((o) => [keyOf(o), o.seats])),
  );
  const [saved, setSaved] = useState<string | null>(null);
  const [save, { loading, error }] = useMutation(SetGroupSeatsDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const allocations = owners
      .map((o) => ({
        healthcareRegionId: o.healthcareRegionId ?? null,
        regionId: o.regionId ?? null,
        seats: seats[keyOf(o)] ?? 0,
      }))
      .filter((a) => a.seats > 0);
    const result = await save({ variables: { input: { groupId, allocations } } }).catch(() => null);
    if (result?.data) {
      const total = allocations.reduce((n, a) => n + a.seats, 0);
      setSaved(t('seats.saved', { count: total }));
      onSaved();
    }
  };
  return (
    <form className="card seat-form" onSubmit={submit} aria-labelledby="seats-form-title">
      <h3 id="seats-form-title">{t('seats.title')}</h3>
      <p className="muted">{t('seats.intro')}</p>
      <div className="form-row">
        {owners.map((o) => (
          <label key={keyOf(o)}>
            {t('seats.for', { name: o.name })}
            <input
              type="number"
              min={0}
              max={50}
              value={seats[keyOf(o)] ?? 0}
              onChange={(e) => setSeats({ ...seats, [keyOf(o)]: Math.max(0, Number(e.target.value) || 0) })}
            />
          </label>
        ))}
      </div>
      <ProblemMessage problem={problem(error)} />
      <SaveStatus message={saved} />
      <button type="submit" className="primary" disabled={loading}>
        {loading ? t('common.saving') : t('seats.save')}
      </button>
    </form>
  );
}

/** The seats a group declares per healthcare region or region (setGroupSeats); the vacancies follow from them. */
export function GroupSeatsForm({ groupId, onSaved }: { groupId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { data, refetch } = useQuery(GroupSeatOwnersDocument, { variables: { groupId }, skip: !open });
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('seats.open')}
      </button>
    );
  }
  if (!data) return <p role="status">{t('common.loading')}</p>;
  return (
    <>
      <SeatsFields
        groupId={groupId}
        owners={data.groupSeatOwners}
        onSaved={() => {
          onSaved();
          void refetch();
        }}
      />
      <button type="button" onClick={() => setOpen(false)}>
        {t('seats.close')}
      </button>
    </>
  );
}
