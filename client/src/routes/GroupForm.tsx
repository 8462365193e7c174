import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { GroupFieldsForm, type GroupFields } from '../components/GroupFieldsForm';
import { ProblemMessage } from '../components/ProblemMessage';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';

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
    // The group page confirms the save in its status region (SaveStatus).
    if (result?.data)
      void navigate(`/groups/${result.data.createGroup.id}`, {
        state: { saved: t('groupForm.created', { name: f.name }) },
      });
  };
  const blank: GroupFields = {
    name: '',
    type: 'NAG',
    status: 'ACTIVE',
    parentId: '',
    counterpartId: '',
    healthcareRegionId: '',
    regionId: '',
    universityHealthcare: false,
    mandate: '',
  };
  return (
    <section>
      <h1>{t('groupForm.createTitle')}</h1>
      <GroupFieldsForm
        initial={blank}
        editing={false}
        saving={loading}
        problem={problem(error)}
        onSubmit={(f) => void submit(f)}
      />
    </section>
  );
}

export function EditGroupPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const problem = useApiProblem();
  const { data, loading: loadingGroup } = useQuery(EditGroupDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
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
    if (result?.data)
      void navigate(`/groups/${group.id}`, { state: { saved: t('groupForm.saved', { name: f.name }) } });
  };
  const archiveGroup = async () => {
    if (!window.confirm(t('groupForm.archiveConfirm', { name: group.name }))) return;
    const result = await archive({ variables: { id: group.id } }).catch(() => null);
    if (result?.data)
      void navigate(`/groups/${group.id}`, { state: { saved: t('groupForm.archived', { name: group.name }) } });
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
      <GroupFieldsForm
        initial={initial}
        editing
        saving={loading}
        problem={problem(error)}
        onSubmit={(f) => void submit(f)}
      />
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
