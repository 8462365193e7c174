import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Field } from '../components/Field';
import { ProblemMessage } from '../components/ProblemMessage';
import { useHealthcareRegions } from '../components/useHealthcareRegions';
import { formLevel, useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { UserRole, UsersQuery } from '../gql/graphql';
import { PlaceOptions } from '../components/PlaceOptions';

const ROLES: UserRole[] = ['ADMIN', 'COORDINATOR', 'REGION_REPRESENTATIVE', 'DIALOGUE_LEAD', 'VIEWER'];

const UsersDocument = graphql(`
  query Users {
    users {
      id
      email
      role
      active
      createdAt
      region {
        id
        name
      }
    }
  }
`);

const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

const UpdateUserDocument = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      role
      active
      region {
        id
        name
      }
    }
  }
`);

const SetUserPasswordDocument = graphql(`
  mutation SetUserPassword($input: SetUserPasswordInput!) {
    setUserPassword(input: $input) {
      id
    }
  }
`);

type ListedUser = UsersQuery['users'][number];

const UserRolesDocument = graphql(`
  query UserRoles {
    userRoles {
      role
      needsRegion
    }
  }
`);

/** Whether a user of a role speaks for one region and so is given it: the API's rule. */
function useNeedsRegion(): (role: UserRole) => boolean {
  const { data } = useQuery(UserRolesDocument);
  return (role) => data?.userRoles.find((r) => r.role === role)?.needsRegion ?? false;
}

/** A password to hand to a new user over a separate channel: 18 characters from an unambiguous alphabet. */
function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

function RoleAndRegion({
  role,
  regionId,
  onRole,
  onRegion,
  problem,
}: {
  role: UserRole;
  regionId: string;
  onRole: (r: UserRole) => void;
  onRegion: (id: string) => void;
  problem: ReturnType<ReturnType<typeof useApiProblem>>;
}) {
  const { t } = useTranslation();
  const { regions } = useHealthcareRegions();
  const needsRegion = useNeedsRegion();
  return (
    <>
      <Field label={t('users.role')} name="role" problem={problem}>
        {(control) => (
          <select value={role} onChange={(e) => onRole(e.target.value as UserRole)} {...control}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`userRole.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {needsRegion(role) && (
        <Field label={t('users.region')} name="regionId" problem={problem}>
          {(control) => (
            <select value={regionId} onChange={(e) => onRegion(e.target.value)} required {...control}>
              <PlaceOptions places={regions} empty={t('users.chooseRegion')} />
            </select>
          )}
        </Field>
      )}
    </>
  );
}

function InviteUserForm() {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [email, setEmail] = useState('');
  const needsRegion = useNeedsRegion();
  const [role, setRole] = useState<UserRole>('VIEWER');
  const [regionId, setRegionId] = useState('');
  const [password, setPassword] = useState(generatePassword);
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);
  const [create, { loading, error }] = useMutation(CreateUserDocument, { refetchQueries: ['Users'] });
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await create({
      variables: {
        input: { email, role, password, regionId: needsRegion(role) ? regionId || null : null },
      },
    }).catch(() => null);
    if (result?.data) {
      setCreated({ email, password });
      setEmail('');
      setPassword(generatePassword());
    }
  };
  const apiProblem = problem(error);
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="invite-title">
      <h2 id="invite-title">{t('users.invite')}</h2>
      <div className="form-row fields">
        <Field label={t('users.email')} name="email" problem={apiProblem}>
          {(control) => (
            <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} {...control} />
          )}
        </Field>
        <RoleAndRegion role={role} regionId={regionId} onRole={setRole} onRegion={setRegionId} problem={apiProblem} />
        <Field label={t('users.initialPassword')} name="password" problem={apiProblem}>
          {(control) => (
            <input
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
              minLength={10}
              aria-describedby="password-rule"
              {...control}
            />
          )}
        </Field>
      </div>
      <p id="password-rule" className="muted small">
        {t('users.passwordRule')}
      </p>
      <ProblemMessage problem={formLevel(apiProblem, ['email', 'role', 'regionId', 'password'])} />
      <div className="actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? t('common.saving') : t('users.create')}
        </button>
      </div>
      {created && (
        <p role="status" className="notice">
          {t('users.created', created)}
        </p>
      )}
    </form>
  );
}

function UserRow({ user }: { user: ListedUser }) {
  const { t } = useTranslation();
  const me = useMe();
  const problem = useApiProblem();
  const [editing, setEditing] = useState(false);
  const needsRegion = useNeedsRegion();
  const [role, setRole] = useState<UserRole>(user.role);
  const [regionId, setRegionId] = useState(user.region?.id ?? '');
  const [newPassword, setNewPassword] = useState<string | null>(null);
  const [update, updating] = useMutation(UpdateUserDocument);
  const [setPassword, settingPassword] = useMutation(SetUserPasswordDocument);
  const apiProblem = problem(updating.error ?? settingPassword.error);
  const save = async () => {
    const result = await update({
      variables: { input: { id: user.id, role, regionId: needsRegion(role) ? regionId || null : null } },
    }).catch(() => null);
    if (result?.data) setEditing(false);
  };
  const resetPassword = async () => {
    const password = generatePassword();
    if (!window.confirm(t('users.confirmReset', { email: user.email }))) return;
    const result = await setPassword({ variables: { input: { id: user.id, password } } }).catch(() => null);
    if (result?.data) setNewPassword(password);
  };
  return (
    <tr className={user.active ? undefined : 'inactive'}>
      <th scope="row">{user.email}</th>
      <td>
        {editing ? (
          <div className="form-row fields">
            <RoleAndRegion
              role={role}
              regionId={regionId}
              onRole={setRole}
              onRegion={setRegionId}
              problem={apiProblem}
            />
          </div>
        ) : (
          <>
            {t(`userRole.${user.role}`)}
            {user.region ? ` · ${user.region.name}` : ''}
          </>
        )}
      </td>
      <td>{user.active ? t('users.active') : t('users.inactive')}</td>
      <td>
        <div className="actions">
          {editing ? (
            <>
              <button type="button" className="primary small" disabled={updating.loading} onClick={() => void save()}>
                {updating.loading ? t('common.saving') : t('common.save')}
              </button>
              <button type="button" className="small" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </button>
            </>
          ) : (
            <button type="button" className="small" onClick={() => setEditing(true)}>
              {t('users.changeRole')}
            </button>
          )}
          {user.id !== me.id &&
            (user.active ? (
              <ConfirmDialog
                trigger={t('users.deactivate')}
                triggerClassName="small danger"
                triggerLabel={t('users.deactivateWho', { email: user.email })}
                title={t('users.confirmDeactivateTitle', { email: user.email })}
                confirmLabel={t('users.deactivate')}
                destructive
                isDisabled={updating.loading}
                onConfirm={() =>
                  void update({ variables: { input: { id: user.id, active: false } } }).catch(() => null)
                }
              >
                <p>{t('users.confirmDeactivate')}</p>
              </ConfirmDialog>
            ) : (
              <button
                type="button"
                className="small"
                disabled={updating.loading}
                onClick={() => void update({ variables: { input: { id: user.id, active: true } } }).catch(() => null)}
              >
                {t('users.reactivate')}
              </button>
            ))}
          <button
            type="button"
            className="small"
            disabled={settingPassword.loading}
            onClick={() => void resetPassword()}
          >
            {t('users.resetPassword')}
          </button>
        </div>
        {newPassword && (
          <p role="status" className="notice">
            {t('users.passwordSet', { password: newPassword })}
          </p>
        )}
        <ProblemMessage problem={apiProblem} />
      </td>
    </tr>
  );
}

/** The administrators' screen: invite users, change their role or region, deactivate them, set a new password. */
export function UsersAdmin() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(UsersDocument);
  const problem = useApiProblem();
  return (
    <section>
      <h1>{t('users.title')}</h1>
      <InviteUserForm />
      {error && <p role="alert">{problem(error)?.message}</p>}
      {!data && loading && <p role="status">{t('common.loading')}</p>}
      {data && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('users.email')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.status')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {data.users.map((user) => (
              <UserRow key={user.id} user={user} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
