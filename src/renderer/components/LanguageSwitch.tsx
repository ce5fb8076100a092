import { LANGS, type Lang } from '../../domain/types';
import { LANGUAGE_NAMES } from '../i18n/language';
import { useWords } from '../i18n/messages';

export function LanguageSwitch({ onChange }: { onChange: (lang: Lang) => void }) {
  const { t, lang } = useWords();
  return (
    <div className="language-switch" role="group" aria-labelledby="language-switch-label">
      <span id="language-switch-label" className="language-switch-label">
        {t('lang.label')}
      </span>
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => onChange(l)}>
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
