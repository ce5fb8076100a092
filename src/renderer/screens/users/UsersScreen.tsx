import { useState, type FormEvent } from 'react';
import { ROLES, type Role, type UserView } from '../../../domain/users';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextField } from '../../components/fields';
import { useWords } from '../../i18n/messages';
import { formatMoment } from '../../lib/dates';
import { formKeys } from '../../lib/form-keys';
import { useUser } from '../../lib/user';
import { passwordReset, serverInfo, userCreate, usersList, userUpdate } from '../../queries/auth';
import { serviceError } from '../../queries/client';
import { PasswordField } from '../auth/PasswordField';
import { BackupsPanel } from './BackupsPanel';
import { PasswordDialog } from './PasswordDialog';

// The administrator's screen (issue 12): the commission's users, who is signed in now, a new user, a disabled one,
// a new password; and, on the commission server, the certificate's fingerprint workstations compare.

type Listed = UserView & { sessions: { startedAt: string; lastSeenAt: string; origin: string }[] };

function NewUserForm() {
  const { t } = useWords();
  const [login, setLogin] = useState('');
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState<Role>('clerk');
  const [password, setPassword] = useState('');
  const create = userCreate.useMutation();
  const error = serviceError(create.error);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    create.mutate(
      { login, fullName, role, password },
      {
        onSuccess: () => {
          setLogin('');
          setFullName('');
          setPassword('');
        },
      },
    );
  };
  return (
    <form className="new-user" onSubmit={submit} onKeyDown={formKeys} aria-labelledby="new-user-title" noValidate>
      <h2 id="new-user-title">{t('users.newTitle')}</h2>
      <TextField id="new-user-login" label={t('auth.login')} value={login} onChange={setLogin} required hint={t('auth.loginRule')} />
      <TextField id="new-user-name" label={t('auth.fullName')} value={fullName} onChange={setFullName} required />
      <SelectField
        id="new-user-role"
        label={t('users.role')}
        value={role}
        onChange={(v) => setRole(v as Role)}
        choices={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
      />
      <PasswordField id="new-user-password" label={t('users.firstPassword')} value={password} onChange={setPassword} autoComplete="new-password" />
      {error && <ErrorNotice error={error} />}
      {create.isSuccess && (
        <p className="notice notice-ok" role="status">
          {t('users.added', { name: create.data.fullName })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('users.add')}
        </button>
      </div>
    </form>
  );
}

function UserRow({ user, self }: { user: Listed; self: boolean }) {
  const { t } = useWords();
  const [role, setRole] = useState<Role>(user.role);
  const [resetting, setResetting] = useState(false);
  const update = userUpdate.useMutation();
  const reset = passwordReset.useMutation();
  const error = serviceError(update.error);
  const change = (next: { role?: Role; active?: boolean }): void =>
    update.mutate({ id: user.id, version: user.version, fullName: user.fullName, role: next.role ?? user.role, active: next.active ?? user.active });
  const online = user.sessions.at(-1);
  return (
    <tr>
      <th scope="row">
        {user.fullName}
        {self && <span className="muted"> {t('users.you')}</span>}
      </th>
      <td>{user.login}</td>
      <td>
        <label className="visually-hidden" htmlFor={`role-${user.id}`}>
          {t('users.roleOf', { name: user.fullName })}
        </label>
        <select id={`role-${user.id}`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>{' '}
        {role !== user.role && (
          <button type="button" onClick={() => change({ role })} disabled={update.isPending}>
            {t('users.saveRole')}
          </button>
        )}
      </td>
      <td>{t(user.active ? 'users.active' : 'users.disabled')}</td>
      <td>{online ? t('users.online', { since: formatMoment(online.lastSeenAt), origin: online.origin }) : '—'}</td>
      <td className="row-actions">
        <button type="button" onClick={() => change({ active: !user.active })} disabled={update.isPending}>
          {t(user.active ? 'users.disable' : 'users.enable', { name: user.fullName })}
        </button>
        <button type="button" onClick={() => setResetting(true)}>
          {t('users.resetPassword', { name: user.fullName })}
        </button>
        {error && <ErrorNotice error={error} />}
        {reset.isSuccess && !resetting && (
          <span role="status" className="muted">
            {t('users.passwordReset')}
          </span>
        )}
        {resetting && (
          <PasswordDialog
            title={t('users.resetTitle', { name: user.fullName })}
            own={false}
            busy={reset.isPending}
            error={serviceError(reset.error)}
            onSubmit={({ password }) => reset.mutate({ id: user.id, password }, { onSuccess: () => setResetting(false) })}
            onClose={() => setResetting(false)}
          />
        )}
      </td>
    </tr>
  );
}

function ServerPanel() {
  const { t } = useWords();
  const info = serverInfo.useQuery();
  if (!info.data) return null;
  const { server, idleMinutes } = info.data;
  return (
    <section aria-labelledby="server-title">
      <h2 id="server-title">{t('users.serverTitle')}</h2>
      {server ? (
        <>
          <p>{t('users.serverNames', { names: server.hostNames.join(', ') })}</p>
          <p>
            {t('users.fingerprint')} <code className="fingerprint">{server.fingerprint}</code>
          </p>
        </>
      ) : (
        <p>{t('users.singleDesk')}</p>
      )}
      <p className="section-hint">{t('users.idle', { minutes: idleMinutes })}</p>
    </section>
  );
}

/** `part`: the desk came for the backups (the start-up warning's link). */
export function UsersScreen({ part }: { part?: 'backups' | undefined }) {
  const { t } = useWords();
  const me = useUser();
  const users = usersList.useQuery();
  const error = serviceError(users.error);
  return (
    <div className="users-screen">
      <h1>{t('users.title')}</h1>
      {error && <ErrorNotice error={error} onRetry={() => void users.refetch()} />}
      {users.data && (
        <table className="data-table">
          <caption className="visually-hidden">{t('users.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('auth.fullName')}</th>
              <th scope="col">{t('auth.login')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.state')}</th>
              <th scope="col">{t('users.signedInNow')}</th>
              <th scope="col">{t('users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((u) => (
              <UserRow key={`${u.id}:${u.version}`} user={u} self={u.id === me.id} />
            ))}
          </tbody>
        </table>
      )}
      <NewUserForm />
      <BackupsPanel focused={part === 'backups'} />
      <ServerPanel />
    </div>
  );
}
