import { useState } from 'react';
import { useWords } from '../i18n/messages';
import { useUser } from '../lib/user';
import { passwordChange, signOut } from '../queries/auth';
import { serviceError } from '../queries/client';
import { PasswordDialog } from '../screens/users/PasswordDialog';

/** Who is signed in, in which role; their own password; the way out. */
export function UserMenu() {
  const { t } = useWords();
  const user = useUser();
  const out = signOut.useMutation();
  const change = passwordChange.useMutation();
  const [changing, setChanging] = useState(false);
  const [changed, setChanged] = useState(false);
  return (
    <div className="user-menu" role="group" aria-label={t('auth.signedInAs')}>
      <span className="user-name">{user.fullName}</span>
      <span className="user-role">{t(`role.${user.role}`)}</span>
      <button type="button" onClick={() => setChanging(true)}>
        {t('auth.changePassword')}
      </button>
      <button type="button" onClick={() => out.mutate()} disabled={out.isPending}>
        {t('auth.signOut')}
      </button>
      {changed && (
        <span className="visually-hidden" role="status">
          {t('auth.passwordChanged')}
        </span>
      )}
      {changing && (
        <PasswordDialog
          title={t('auth.changePassword')}
          own
          busy={change.isPending}
          error={serviceError(change.error)}
          onSubmit={(input) =>
            change.mutate(input, {
              onSuccess: () => {
                setChanging(false);
                setChanged(true);
              },
            })
          }
          onClose={() => setChanging(false)}
        />
      )}
    </div>
  );
}
