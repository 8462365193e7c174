import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useHealthcareRegions } from '../components/useHealthcareRegions';
import { ProblemMessage } from '../components/ProblemMessage';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { GroupStatus, GroupType } from '../gql/graphql';

const GroupTypesDocument = graphql(`
  query GroupTypes {
    groupTypes {
      type
      parentType
      counterpartType
      takesHealthcareRegion
      takesRegion
    }
  }
`);

const GroupChoicesDocument = graphql(`
  query GroupChoices($types: [GroupType!]) {
    groups(filter: { types: $types }, first: 100) {
      edges {
        cursor
        node {
          id
          name
          type
        }
      }
    }
  }
`);

const EditGroupDocument = graphql(`
  query EditGroup($id: ID!) {
    group(id: $id) {
      id
      name
      type
      status
      universityHealthcare
      mandate
      version
      parent {
        id
      }
      counterpart {
        id
      }
      healthcareRegion {
        id
      }
      region {
        id
      }
    }
  }
`);

const CreateGroupDocument = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
    }
  }
`);

const UpdateGroupDocument = graphql(`
  mutation UpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      id
      version
    }
  }
`);

const ArchiveGroupDocument = graphql(`
  mutation ArchiveGroup($id: ID!) {
    archiveGroup(id: $id) {
      id
      status
    }
  }
`);

interface GroupFields {
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

const GROUP_TYPES: GroupType[] = ['NPO', 'NAG', 'NSG', 'RPO', 'RAG', 'RSG', 'LPO', 'LAG', 'LSG'];
const STATUSES: GroupStatus[] = ['ACTIVE', 'DORMANT', 'CLOSED'];

function GroupSelect({ label, type, value, onChange }: { label: string; type: GroupType; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(GroupChoicesDocument, { variables: { types: [type] } });
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('common.none')}</option>
        {data?.groups.edges.map(({ node }) => (
          <option key={node.id} value={node.id}>
            {`${node.type} ${node.name}`}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The fields of a group; which ones show follows the structure rules the API publishes for the chosen type. */
function GroupFieldsForm({ initial, editing, saving, problem, onSubmit }: { initial: GroupFields; editing: boolean; saving: boolean; problem: ReturnType<ReturnType<typeof useApiProblem>>; onSubmit: (fields: GroupFields) => void }) {
  const { t } = useTranslation();
  const { healthcareRegions, regions } = useHealthcareRegions();
  const { data } = useQuery(GroupTypesDocument);
  const [fields, setFields] = useState(initial);
  const set = <K extends keyof GroupFields>(key: K, value: GroupFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const rules = data?.groupTypes.find((g) => g.type === fields.type);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(fields);
  };
  return (
    <form className="card" onSubmit={submit}>
      <label>
        {t('groupForm.name')}
        <input value={fields.name} onChange={(e) => set('name', e.target.value)} required maxLength={200} />
      </label>
      <label>
        {t('groupForm.type')}
        <select value={fields.type} disabled={editing} onChange={(e) => setFields({ ...fields, type: e.target.value as GroupType, parentId: '', counterpartId: '' })}>
          {GROUP_TYPES.map((type) => (
            <option key={type} value={type}>
              {`${type} – ${t(`groupType.${type}`)}`}
            </option>
          ))}
        </select>
      </label>
      {rules?.parentType && <GroupSelect label={t('groupForm.parent')} type={rules.parentType} value={fields.parentId} onChange={(id) => set('parentId', id)} />}
      {rules?.counterpartType && (
        <GroupSelect label={t('groupForm.counterpart')} type={rules.counterpartType} value={fields.counterpartId} onChange={(id) => set('counterpartId', id)} />
      )}
      {rules?.takesHealthcareRegion && (
        <label>
          {fields.type === 'NPO' ? t('group.host') : t('groupForm.healthcareRegion')}
          <select value={fields.healthcareRegionId} onChange={(e) => set('healthcareRegionId', e.target.value)}>
            <option value="">{t('common.none')}</option>
            {healthcareRegions.map((hr) => (
              <option key={hr.id} value={hr.id}>
                {hr.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {rules?.takesRegion && (
        <label>
          {t('groupForm.region')}
          <select value={fields.regionId} onChange={(e) => set('regionId', e.target.value)}>
            <option value="">{t('common.none')}</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('groupForm.status')}
        <select value={fields.status} onChange={(e) => set('status', e.target.value as GroupStatus)}>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`groupStatus.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={fields.universityHealthcare} onChange={(e) => set('universityHealthcare', e.target.checked)} />
        {t('groupForm.universityHealthcare')}
      </label>
      <label>
        {t('groupForm.mandate')}
        <textarea rows={4} value={fields.mandate} onChange={(e) => set('mandate', e.target.value)} maxLength={10000} />
      </label>
      <ProblemMessage problem={problem} />
      <button type="submit" className="primary" disabled={saving}>
        {saving ? t('common.saving') : t('common.save')}
      </button>
    </form>
  );
}

const optional = (value: string) => value || null;

export function CreateGroupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const problem = useApiProblem();
  const [create, { loading, error }] = useMutation(CreateGroupDocument);
  const submit = async (f: GroupFields) => {
    const result = await create({
      variables: {
        input: {
          name: f.name,
          type: f.type,
          status: f.status,
          parentId: optional(f.parentId),
          counterpartId: optional(f.counterpartId),
          healthcareRegionId: optional(f.healthcareRegionId),
          regionId: optional(f.regionId),
          universityHealthcare: f.universityHealthcare,
          mandate: optional(f.mandate),
        },
      },
    }).catch(() => null);
    if (result?.data) navigate(`/groups/${result.data.createGroup.id}`);
  };
  const blank: GroupFields = { name: '', type: 'NAG', status: 'ACTIVE', parentId: '', counterpartId: '', healthcareRegionId: '', regionId: '', universityHealthcare: false, mandate: '' };
  return (
    <section>
      <h1>{t('groupForm.createTitle')}</h1>
      <GroupFieldsForm initial={blank} editing={false} saving={loading} problem={problem(error)} onSubmit={(f) => void submit(f)} />
    </section>
  );
}

export function EditGroupPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const problem = useApiProblem();
  const { data, loading: loadingGroup } = useQuery(EditGroupDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const [update, { loading, error }] = useMutation(UpdateGroupDocument);
  const [archive, archiveState] = useMutation(ArchiveGroupDocument);
  const group = data?.group;
  if (loadingGroup) return <p role="status">{t('common.loading')}</p>;
  if (!group) return <p>{t('group.notFound')}</p>;
  const submit = async (f: GroupFields) => {
    const result = await update({
      variables: {
        input: {
          id: group.id,
          expectedVersion: group.version,
          name: f.name,
          status: f.status,
          parentId: optional(f.parentId),
          counterpartId: optional(f.counterpartId),
          healthcareRegionId: optional(f.healthcareRegionId),
          regionId: optional(f.regionId),
          universityHealthcare: f.universityHealthcare,
          mandate: optional(f.mandate),
        },
      },
    }).catch(() => null);
    if (result?.data) navigate(`/groups/${group.id}`);
  };
  const archiveGroup = async () => {
    if (!window.confirm(t('groupForm.archiveConfirm', { name: group.name }))) return;
    const result = await archive({ variables: { id: group.id } }).catch(() => null);
    if (result?.data) navigate(`/groups/${group.id}`);
  };
  const initial: GroupFields = {
    name: group.name,
    type: group.type,
    status: group.status,
    parentId: group.parent?.id ?? '',
    counterpartId: group.counterpart?.id ?? '',
    healthcareRegionId: group.healthcareRegion?.id ?? '',
    regionId: group.region?.id ?? '',
    universityHealthcare: group.universityHealthcare,
    mandate: group.mandate ?? '',
  };
  return (
    <section>
      <p className="breadcrumb">
        <Link to={`/groups/${group.id}`}>{group.name}</Link>
      </p>
      <h1>{t('groupForm.editTitle', { name: group.name })}</h1>
      <GroupFieldsForm initial={initial} editing saving={loading} problem={problem(error)} onSubmit={(f) => void submit(f)} />
      {group.status !== 'CLOSED' && (
        <div className="danger-zone">
          <ProblemMessage problem={problem(archiveState.error)} />
          <button type="button" className="danger" disabled={archiveState.loading} onClick={() => void archiveGroup()}>
            {archiveState.loading ? t('common.saving') : t('groupForm.archive')}
          </button>
        </div>
      )}
    </section>
  );
}
