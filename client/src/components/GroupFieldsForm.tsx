import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formLevel, type ApiProblem } from '../errors';
import { graphql } from '../gql';
import type { GroupStatus, GroupType } from '../gql/graphql';
import { Field } from './Field';
import { GroupSelect, type ChoiceOwner } from './GroupSelect';
import { ProblemMessage } from './ProblemMessage';
import { useHealthcareRegions } from './useHealthcareRegions';
import { PlaceOptions } from './PlaceOptions';

const GroupTypesDocument = graphql(`
  query GroupTypes {
    groupTypes {
      type
      tier
      parentType
      counterpartType
      takesHealthcareRegion
      takesRegion
    }
  }
`);

export interface GroupFields {
  name: string;
  type: GroupType;
  status: GroupStatus;
  parentId: string;
  counterpartId: string;
  healthcareRegionId: string;
  regionId: string;
  universityHealthcare: boolean;
  mandate: string;
}

const STATUSES: GroupStatus[] = ['ACTIVE', 'DORMANT', 'CLOSED'];

/**
 * The fields of a group. Which ones show follows the structure rules the API publishes for the chosen type; a refusal
 * about one field shows under that field.
 */
export function GroupFieldsForm({
  initial,
  editing,
  saving,
  problem,
  onSubmit,
}: {
  initial: GroupFields;
  editing: boolean;
  saving: boolean;
  problem: ApiProblem | null;
  onSubmit: (fields: GroupFields) => void;
}) {
  const { t } = useTranslation();
  const { healthcareRegions, regions } = useHealthcareRegions();
  const { data } = useQuery(GroupTypesDocument);
  const [fields, setFields] = useState(initial);
  const set = <K extends keyof GroupFields>(key: K, value: GroupFields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));
  const infoOf = (type: GroupType | null | undefined) => data?.groupTypes.find((g) => g.type === type);
  const rules = infoOf(fields.type);
  const parentType = rules?.parentType ?? null;
  const counterpartType = rules?.counterpartType ?? null;
  const isNational = (type: GroupType | null) => infoOf(type)?.tier === 'NATIONAL';

  // Parents and counterparts below the national tier belong to an owner: offer those of the chosen owner only.
  const healthcareRegionOfRegion = healthcareRegions.find((hr) => hr.regions.some((r) => r.id === fields.regionId))?.id;
  const ownerOf = (type: GroupType): ChoiceOwner => {
    const tier = infoOf(type)?.tier;
    if (tier === 'HEALTHCARE_REGION')
      return { healthcareRegionId: fields.healthcareRegionId || healthcareRegionOfRegion || null, regionId: null };
    if (tier === 'LOCAL') return { healthcareRegionId: null, regionId: fields.regionId || null };
    return { healthcareRegionId: null, regionId: null };
  };
  // A new owner makes an owned parent or counterpart of the old one wrong: the user picks them again.
  const setOwner = (key: 'healthcareRegionId' | 'regionId', id: string) =>
    setFields((f) => ({
      ...f,
      [key]: id,
      parentId: isNational(parentType) ? f.parentId : '',
      counterpartId: isNational(counterpartType) ? f.counterpartId : '',
    }));

  const onScreen = ['name', 'type', 'status', 'mandate'];
  if (parentType) onScreen.push('parentId');
  if (counterpartType) onScreen.push('counterpartId');
  if (rules?.takesHealthcareRegion) onScreen.push('healthcareRegionId');
  if (rules?.takesRegion) onScreen.push('regionId');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(fields);
  };
  return (
    <form className="card" onSubmit={submit}>
      <Field label={t('groupForm.name')} name="name" problem={problem}>
        {(control) => (
          <input
            value={fields.name}
            onChange={(e) => set('name', e.target.value)}
            required
            maxLength={200}
            {...control}
          />
        )}
      </Field>
      <Field label={t('groupForm.type')} name="type" problem={problem}>
        {(control) => (
          <select
            value={fields.type}
            disabled={editing}
            onChange={(e) =>
              setFields({ ...fields, type: e.target.value as GroupType, parentId: '', counterpartId: '' })
            }
            {...control}
          >
            {(data?.groupTypes.map((info) => info.type) ?? [fields.type]).map((type) => (
              <option key={type} value={type}>
                {`${type} – ${t(`groupType.${type}`)}`}
              </option>
            ))}
          </select>
        )}
      </Field>
      {rules?.takesHealthcareRegion && (
        <Field
          label={fields.type === 'NPO' ? t('group.host') : t('groupForm.healthcareRegion')}
          name="healthcareRegionId"
          problem={problem}
        >
          {(control) => (
            <select
              value={fields.healthcareRegionId}
              onChange={(e) => setOwner('healthcareRegionId', e.target.value)}
              {...control}
            >
              <PlaceOptions places={healthcareRegions} empty={t('common.none')} />
            </select>
          )}
        </Field>
      )}
      {rules?.takesRegion && (
        <Field label={t('groupForm.region')} name="regionId" problem={problem}>
          {(control) => (
            <select value={fields.regionId} onChange={(e) => setOwner('regionId', e.target.value)} {...control}>
              <PlaceOptions places={regions} empty={t('common.none')} />
            </select>
          )}
        </Field>
      )}
      {parentType && (
        <GroupSelect
          label={t('groupForm.parent')}
          name="parentId"
          type={parentType}
          national={isNational(parentType)}
          owner={ownerOf(parentType)}
          value={fields.parentId}
          problem={problem}
          onChange={(id) => set('parentId', id)}
        />
      )}
      {counterpartType && (
        <GroupSelect
          label={t('groupForm.counterpart')}
          name="counterpartId"
          type={counterpartType}
          national={isNational(counterpartType)}
          owner={ownerOf(counterpartType)}
          value={fields.counterpartId}
          problem={problem}
          onChange={(id) => set('counterpartId', id)}
        />
      )}
      <Field label={t('groupForm.status')} name="status" problem={problem}>
        {(control) => (
          <select value={fields.status} onChange={(e) => set('status', e.target.value as GroupStatus)} {...control}>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`groupStatus.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={fields.universityHealthcare}
          onChange={(e) => set('universityHealthcare', e.target.checked)}
        />
        {t('groupForm.universityHealthcare')}
      </label>
      <Field label={t('groupForm.mandate')} name="mandate" problem={problem}>
        {(control) => (
          <textarea
            rows={4}
            value={fields.mandate}
            onChange={(e) => set('mandate', e.target.value)}
            maxLength={10000}
            {...control}
          />
        )}
      </Field>
      <ProblemMessage problem={formLevel(problem, onScreen)} />
      <button type="submit" className="primary" disabled={saving}>
        {saving ? t('common.saving') : t('common.save')}
      </button>
    </form>
  );
}
