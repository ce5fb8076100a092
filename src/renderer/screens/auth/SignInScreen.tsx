import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/fields';
import { serviceError } from '../../queries/client';
import { signIn } from '../../queries/auth';
import { useWords } from '../../i18n/messages';
import { PasswordField } from './PasswordField';

/** The way in: a user's sign-in name and password. A wrong pair and an unknown name are answered alike. */
export function SignInScreen() {
  const { t } = useWords();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const mutation = signIn.useMutation();
  const error = serviceError(mutation.error);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    mutation.mutate({ login, password }, { onError: () => setPassword('') });
  };

  // Enter in the sign-in name goes on to the password (the button waits for both); Enter there signs in.
  const nameThenPassword = (e: KeyboardEvent<HTMLFormElement>): void => {
    if (e.key !== 'Enter' || !(e.target instanceof HTMLInputElement) || e.target.id !== 'sign-in-login') return;
    e.preventDefault();
    document.getElementById('sign-in-password')?.focus();
  };

  return (
    <section className="auth-screen" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('auth.signInTitle')}</h1>
      <p className="section-hint">{t('auth.signInHint')}</p>
      {/* Enter in the password signs in: there is nothing half-typed here to lose. */}
      <form onSubmit={submit} onKeyDown={nameThenPassword} noValidate>
        <TextField id="sign-in-login" label={t('auth.login')} value={login} onChange={setLogin} required autoComplete="username" />
        <PasswordField id="sign-in-password" label={t('auth.password')} value={password} onChange={setPassword} autoComplete="current-password" />
        {error && <ErrorNotice error={error} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={mutation.isPending || login.trim() === '' || password === ''}>
            {mutation.isPending ? t('auth.signingIn') : t('auth.signIn')}
          </button>
        </div>
      </form>
    </section>
  );
}
