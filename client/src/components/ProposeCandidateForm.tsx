import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../errors';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { PersonPicker, type PickedPerson } from './PersonPicker';
import { ProblemMessage } from './ProblemMessage';
import { PlaceOptions } from './PlaceOptions';

export const ProposeCandidateForm_RegionFragment = graphql(`
  fragment ProposeCandidateForm_region on Region {
    id
    name
  }
`);

const ProposeCandidateDocument = graphql(`
  mutation ProposeCandidate($input: ProposeCandidateInput!) {
    proposeCandidate(input: $input) {
      id
    }
  }
`);

export function ProposeCandidateForm({
  nominationId,
  regions: regionRefs,
  onProposed,
}: {
  nominationId: string;
  /** The regions the viewer may propose for (`regionsViewerMayPropose`). */
  regions: readonly FragmentType<typeof ProposeCandidateForm_RegionFragment>[];
  onProposed: (name: string) => void;
}) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const regions = getFragmentData(ProposeCandidateForm_RegionFragment, regionRefs);
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [regionId, setRegionId] = useState(regions.length === 1 ? regions[0]!.id : '');
  const [managerApproved, setManagerApproved] = useState(false);
  const [declared, setDeclared] = useState(false);
  const [motivation, setMotivation] = useState('');
  const [propose, { loading, error }] = useMutation(ProposeCandidateDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!person) return;
    const result = await propose({
      variables: {
        input: {
          nominationId,
          personId: person.id,
          representedRegionId: regionId,
          managerApproved,
          conflictOfInterestDeclared: declared,
          motivation: motivation || null,
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setPerson(null);
      setManagerApproved(false);
      setDeclared(false);
      setMotivation('');
      onProposed(person.name);
    }
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="propose-title">
      <h2 id="propose-title">{t('nomination.propose')}</h2>
      <PersonPicker value={person} onChange={setPerson} />
      <div className="form-row">
        <label>
          {t('nomination.proposingRegion')}
          <select value={regionId} onChange={(e) => setRegionId(e.target.value)} required>
            <PlaceOptions places={regions} empty={t('addMember.chooseRegion')} />
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={managerApproved} onChange={(e) => setManagerApproved(e.target.checked)} />
          {t('nomination.managerApproved')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={declared} onChange={(e) => setDeclared(e.target.checked)} />
          {t('nomination.declared')}
        </label>
      </div>
      <label>
        {t('nomination.motivation')}
        <textarea rows={3} value={motivation} onChange={(e) => setMotivation(e.target.value)} maxLength={5000} />
      </label>
      <ProblemMessage problem={problem(error)} />
      <button type="submit" className="primary" disabled={loading || !person || !regionId}>
        {loading ? t('common.saving') : t('nomination.proposeSubmit')}
      </button>
    </form>
  );
}
