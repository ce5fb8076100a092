import type { Lang } from '../../domain/types';
import type { ElectionView } from '../../service/contract';
import { useWords } from '../i18n/messages';
import { electionTitle } from '../lib/election';
import { useCan } from '../lib/user';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

export type Section = 'candidates' | 'ballot' | 'lists' | 'import' | 'results' | 'reports' | 'journal' | 'settings' | 'elections' | 'users';

/** A section's name in the navigation; the import screen keeps its words in its own catalog section. */
const sectionKey = (s: Section): string => (s === 'import' ? 'importScreen.nav' : `nav.${s}`);

interface Props {
  election: ElectionView | null;
  section: Section;
  onNavigate: (section: Section) => void;
  onLanguage: (lang: Lang) => void;
}

export function Header({ election, section, onNavigate, onLanguage }: Props) {
  const { t, lang } = useWords();
  const can = useCan();
  const all: Section[] = election ? ['candidates', 'ballot', 'lists', 'import', 'results', 'reports', 'journal', 'settings', 'elections'] : ['elections', 'journal'];
  // An observer imports nothing and makes no second entry; only an administrator keeps the users.
  const sections = [...all.filter((s) => (s !== 'import' && s !== 'ballot') || can('clerk')), ...(can('administrator') ? (['users'] as const) : [])];
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-election">{election ? electionTitle(election, lang) : t('nav.noElection')}</span>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul>
          {sections.map((s) => (
            <li key={s}>
              <button type="button" aria-current={s === section ? 'page' : undefined} onClick={() => onNavigate(s)}>
                {t(sectionKey(s))}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <LanguageSwitch onChange={onLanguage} />
      <UserMenu />
    </header>
  );
}
