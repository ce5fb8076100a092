import type { ReactNode } from 'react';
import type { Lang } from '../../../domain/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useWords } from '../../i18n/messages';
import { UserContext } from '../../lib/user';
import { authStatus } from '../../queries/auth';
import { serviceError } from '../../queries/client';
import { FirstAdministratorScreen } from './FirstAdministratorScreen';
import { SignInScreen } from './SignInScreen';

/**
 * The desk opens to whoever is signed in: a new ledger first asks for its administrator, then everyone signs in.
 * A session that runs out (or ends because an administrator disabled the user) brings the sign-in back.
 */
export function AuthGate({ onLanguage, children }: { onLanguage: (lang: Lang) => void; children: ReactNode }) {
  const { t } = useWords();
  const status = authStatus.useQuery();
  const error = serviceError(status.error);
  if (status.data?.user) return <UserContext.Provider value={status.data.user}>{children}</UserContext.Provider>;
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <LanguageSwitch onChange={onLanguage} />
      </header>
      <main id="main" tabIndex={-1}>
        {status.isPending && <p role="status">{t('common.loading')}</p>}
        {error && !status.data && <ErrorNotice error={error} onRetry={() => void status.refetch()} />}
        {status.data?.firstRun === true && <FirstAdministratorScreen />}
        {status.data?.firstRun === false && <SignInScreen />}
      </main>
    </div>
  );
}
