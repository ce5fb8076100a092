import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../domain/i18n';
import type { Lang } from '../domain/types';
import { adoptTokenFromAddress, watchForNewToken } from './api/token';
import { App } from './App';
import { initialLanguage } from './i18n/language';
import { makeQueryClient } from './queries/client';
import { AuthGate } from './screens/auth/AuthGate';
import './app.css';

adoptTokenFromAddress();
watchForNewToken();
const firstLanguage = initialLanguage();
const i18n = createI18n(firstLanguage, 'ui');
const queryClient = makeQueryClient();

function Root() {
  const [, setLang] = useState<Lang>(firstLanguage);
  const onLanguage = (lang: Lang): void => {
    void i18n.changeLanguage(lang).then(() => setLang(lang));
  };
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <AuthGate onLanguage={onLanguage}>
          <App onLanguage={onLanguage} />
        </AuthGate>
      </I18nextProvider>
    </QueryClientProvider>
  );
}

const container = document.getElementById('root');
if (container)
  createRoot(container).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
