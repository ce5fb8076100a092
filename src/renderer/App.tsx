import { useEffect, useState } from 'react';
import { fullName } from '../domain/names';
import type { Lang } from '../domain/types';
import type { CandidateView, ElectionView } from '../service/contract';
import { call } from './api/client';
import { Header, type Section } from './components/Header';
import { rememberLanguage } from './i18n/language';
import { useWords } from './i18n/messages';
import { forgetElection, rememberedElection, rememberElection } from './lib/remembered-election';
import { NO_FILTERS, type ActiveRow, type CandidateFilters } from './screens/candidates/filters';
import { ElectionDesk, type DeskView } from './screens/ElectionDesk';
import { ElectionPicker } from './screens/elections/ElectionPicker';
import { ImportScreen } from './screens/imports/ImportScreen';
import { JournalScreen } from './screens/journal/JournalScreen';
import { ListsDesk, type ListsView } from './screens/lists/ListsDesk';
import type { PrintRequest } from './screens/print/print-request';
import { PrintView } from './screens/print/PrintView';
import { ReportsScreen } from './screens/reports/ReportsScreen';
import { ResultsScreen } from './screens/results/ResultsScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';

type Place =
  | { section: 'elections' }
  | { section: 'journal' }
  | { section: 'settings' }
  | { section: 'results' }
  | { section: 'reports' }
  | { section: 'import' }
  | { section: 'print'; request: PrintRequest; back: Place }
  | { section: 'lists'; view: ListsView }
  | { section: 'candidates'; view: DeskView };

export function App({ onLanguage }: { onLanguage: (lang: Lang) => void }) {
  const { t, lang } = useWords();
  const [election, setElection] = useState<ElectionView | null>(null);
  const [place, setPlace] = useState<Place | null>(null);
  const [filters, setFilters] = useState<CandidateFilters>(NO_FILTERS);
  const [active, setActive] = useState<ActiveRow>({ query: '', index: 0 });
  const [refresh, setRefresh] = useState(0);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);

  // Reopen the election the clerk last worked on, if the ledger still has it.
  useEffect(() => {
    const id = rememberedElection();
    if (id === null) {
      setPlace({ section: 'elections' });
      return;
    }
    void call('elections.get', { id }).then((result) => {
      if (result.ok) {
        setElection(result.value);
        setPlace({ section: 'candidates', view: { screen: 'candidates' } });
      } else {
        forgetElection();
        setPlace({ section: 'elections' });
      }
    });
  }, []);

  const go = (next: Place): void => {
    setNotice('');
    setPlace(next);
  };
  const navigate = (section: Section): void =>
    go(
      section === 'candidates'
        ? { section, view: { screen: 'candidates' } }
        : section === 'lists'
          ? { section, view: { screen: 'lists' } }
          : { section },
    );
  const open = (e: ElectionView): void => {
    rememberElection(e.id);
    setElection(e);
    setFilters(NO_FILTERS);
    setActive({ query: '', index: 0 });
    go({ section: 'candidates', view: { screen: 'candidates' } });
  };
  const saved = (view: CandidateView): void => {
    setRefresh((r) => r + 1);
    go({ section: 'candidates', view: { screen: 'candidates' } });
    setNotice(t('form.saved', { name: fullName(view.person) }));
  };
  const changeLanguage = (next: Lang): void => {
    rememberLanguage(next);
    onLanguage(next);
  };

  const print = (request: PrintRequest): void => {
    if (place) go({ section: 'print', request, back: place });
  };
  const section: Section = place === null ? 'elections' : place.section === 'print' ? placeSection(place.back) : place.section;
  return (
    <div className="app">
      <Header election={election} section={section} onNavigate={navigate} onLanguage={changeLanguage} />
      <main id="main" tabIndex={-1}>
        <p className="notice notice-ok" role="status" hidden={notice === ''}>
          {notice}
        </p>
        {place === null && <p role="status">{t('common.loading')}</p>}
        {place?.section === 'elections' && <ElectionPicker currentId={election?.id ?? null} onOpen={open} />}
        {place?.section === 'journal' && <JournalScreen />}
        {place?.section === 'candidates' && election && (
          <ElectionDesk
            election={election}
            view={place.view}
            onView={(view) => go({ section: 'candidates', view })}
            filters={filters}
            onFilters={setFilters}
            active={active}
            onActive={setActive}
            refresh={refresh}
            onSaved={saved}
            onChanged={() => setRefresh((r) => r + 1)}
            onPrintDistrict={(districtId) => print({ document: 'district', districtId })}
          />
        )}
        {place?.section === 'lists' && election && (
          <ListsDesk
            election={election}
            view={place.view}
            onView={(view) => go({ section: 'lists', view })}
            refresh={refresh}
            onChanged={() => setRefresh((r) => r + 1)}
            onPrint={print}
          />
        )}
        {place?.section === 'reports' && election && <ReportsScreen election={election} onPrint={print} />}
        {place?.section === 'import' && election && (
          <ImportScreen
            election={election}
            onChanged={() => setRefresh((r) => r + 1)}
            onCandidates={() => go({ section: 'candidates', view: { screen: 'candidates' } })}
          />
        )}
        {place?.section === 'print' && election && (
          <PrintView election={election} request={place.request} onBack={() => go(place.back)} />
        )}
        {place?.section === 'results' && election && <ResultsScreen key={refresh} election={election} />}
        {place?.section === 'settings' && election && (
          <SettingsScreen
            election={election}
            onElection={(e) => {
              setElection(e);
              setRefresh((r) => r + 1);
            }}
          />
        )}
      </main>
    </div>
  );
}

/** The section a place belongs to, for the header: a print view belongs where it was opened from. */
function placeSection(place: Place): Section {
  return place.section === 'print' ? placeSection(place.back) : place.section;
}
