import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiProblem } from '../errors';
import { addDaysTo } from '../format';
import { graphql } from '../gql';
import type { MemberRole } from '../gql/graphql';
import { today } from '../today';
import { GroupComboBox } from './GroupComboBox';
import { ProblemMessage } from './ProblemMessage';
import { IsoDateField } from './IsoDateField';
import { PlaceOptions } from './PlaceOptions';

const OpenNominationRolesDocument = graphql(`
  query OpenNominationRoles {
    memberRoles {
      role
    }
  }
`);

const EligibleRegionsDocument = graphql(`
  query EligibleRegions($id: ID!) {
    group(id: $id) {
      id
      eligibleRegions {
        id
        name
      }
    }
  }
`);

const OpenNominationDocument = graphql(`
  mutation OpenNomination($input: OpenNominationInput!) {
    openNomination(input: $input) {
      id
    }
  }
`);

/** The call for proposals runs four weeks unless the coordinator chooses otherwise. */
const DEFAULT_PROPOSAL_DAYS = 28;

export interface OpenNominationPrefill {
  groupId: string | null;
  role: MemberRole | null;
  regionId: string | null;
}

/**
 * Opens a nomination. A vacancy row, a group page or a link fills in group, role and seat region; the board mounts
 * the form anew for each such link, so it follows the URL and not only the first one.
 */
export function OpenNominationForm({ prefill, onCancel }: { prefill: OpenNominationPrefill; onCancel: () => void }) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const navigate = useNavigate();
  const [groupId, setGroupId] = useState(prefill.groupId ?? '');
  const [role, setRole] = useState<MemberRole>(prefill.role ?? 'MEMBER');
  const [seats, setSeats] = useState(1);
  const [dueDate, setDueDate] = useState(addDaysTo(today(), DEFAULT_PROPOSAL_DAYS));
  const [regionId, setRegionId] = useState(prefill.regionId ?? '');
  const { data } = useQuery(OpenNominationRolesDocument);
  const { data: eligible } = useQuery(EligibleRegionsDocument, { variables: { id: groupId }, skip: !groupId });
  const [openNomination, { loading, error }] = useMutation(OpenNominationDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await openNomination({
      variables: { input: { groupId, role, seats, dueDate, regionId: regionId || null } },
    }).catch(() => null);
    if (result?.data) void navigate(`/nominations/${result.data.openNomination.id}`, { state: { saved: 'opened' } });
  };
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from a row further down the page: bring the form into view and tell screen readers where they are.
  useEffect(() => heading.current?.focus(), []);
  const regions = eligible?.group?.id === groupId ? eligible.group.eligibleRegions : [];
  return (
    <form className="card" onSubmit={submit} aria-labelledby="open-nomination-title">
      <h2 id="open-nomination-title" tabIndex={-1} ref={heading}>
        {t('nominations.open')}
      </h2>
      <div className="form-row">
        <GroupComboBox
          label={t('nominations.group')}
          value={groupId}
          isRequired
          onChange={(id) => {
            setGroupId(id);
            if (id !== groupId) setRegionId('');
          }}
        />
        <label>
          {t('member.role')}
          <select value={role} onChange={(e) => setRole(e.target.value as MemberRole)}>
            {data?.memberRoles.map((r) => (
              <option key={r.role} value={r.role}>
                {t(`memberRole.${r.role}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('nominations.seats')}
          <input
            type="number"
            min={1}
            max={50}
            value={seats}
            onChange={(e) => setSeats(Number(e.target.value))}
            required
          />
        </label>
        <IsoDateField label={t('nominations.dueDate')} value={dueDate} min={today()} onChange={setDueDate} isRequired />
        <label>
          {t('nominations.forRegion')}
          <select value={regionId} onChange={(e) => setRegionId(e.target.value)}>
            <PlaceOptions places={regions} empty={t('nominations.anyRegion')} />
            {regionId && !regions.some((r) => r.id === regionId) && (
              <option value={regionId}>{t('common.loading')}</option>
            )}
          </select>
        </label>
      </div>
      <ProblemMessage problem={problem(error)} />
      <div className="actions">
        <button type="submit" className="primary" disabled={loading || !groupId}>
          {loading ? t('common.saving') : t('nominations.openSubmit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
