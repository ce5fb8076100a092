import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { fullName } from '../domain/names';
import type { Lang } from '../domain/types';
import type { CandidateView, ElectionView } from '../service/contract';
import { Header, type Section } from './components/Header';
import { SavesWaiting } from './components/SavesWaiting';
import { rememberLanguage } from './i18n/language';
import { useWords } from './i18n/messages';
import { said, type Said } from './i18n/said';
import { forgetElection, rememberedElection, rememberElection } from './lib/remembered-election';
import { electionRecord } from './queries/elections';
import { NO_FILTERS, type ActiveRow, type CandidateFilters } from './screens/candidates/filters';
import { BallotScreen } from './screens/ballot/BallotScreen';
import { ElectionDesk, type DeskView } from './screens/ElectionDesk';
import { ElectionPicker } from './screens/elections/ElectionPicker';
import { NextSteps, type NextStep } from './screens/elections/NextSteps';
import { ImportScreen } from './screens/imports/ImportScreen';
import { JournalScreen } from './screens/journal/JournalScreen';
import { ListsDesk, type ListsView } from './screens/lists/ListsDesk';
import type { PrintRequest } from './screens/print/print-request';
import { PrintView } from './screens/print/PrintView';
import { ReportsScreen } from './screens/reports/ReportsScreen';
import { ResultsScreen } from './screens/results/ResultsScreen';
import { SettingsScreen, type SettingsPart } from './screens/settings/SettingsScreen';
import { UsersScreen } from './screens/users/UsersScreen';

type Place =
  | { section: 'elections' }
  | { section: 'users' }
  | { section: 'journal' }
  | { section: 'settings'; part?: SettingsPart }
  | { section: 'start' }
  | { section: 'results' }
  | { section: 'reports' }
  | { section: 'import' }
  | { section: 'ballot' }
  | { section: 'print'; request: PrintRequest; back: Place }
  | { section: 'lists'; view: ListsView }
  | { section: 'candidates'; view: DeskView };

/** The sections that show an election's data: without an open election the desk shows the elections instead. */
const needsElection = (place: Place): boolean => !['elections', 'journal', 'users'].includes(place.section);

export function App({ onLanguage }: { onLanguage: (lang: Lang) => void }) {
  const { t, lang, say } = useWords();
  const client = useQueryClient();
  // The election the clerk last worked on is reopened, if the ledger still has it.
  const [electionId, setElectionId] = useState<number | null>(rememberedElection);
  const record = electionRecord.useQuery(electionId);
  // An election voided as created in error is no longer worked on: the desk goes back to the picker.
  const election = record.data && record.data.voided === null ? record.data : null;
  const lost = electionId !== null && election === null && (record.isError || (record.data?.voided ?? null) !== null);
  const [place, setPlace] = useState<Place>(() =>
    electionId === null ? { section: 'elections' } : { section: 'candidates', view: { screen: 'candidates' } },
  );
  const [filters, setFilters] = useState<CandidateFilters>(NO_FILTERS);
  const [active, setActive] = useState<ActiveRow>({ query: '', index: 0 });
  const [notice, setNotice] = useState<Said | null>(null);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);

  useEffect(() => {
    if (lost) forgetElection();
  }, [lost]);

  const go = (next: Place): void => {
    setNotice(null);
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
  const open = (e: ElectionView, then: Place = { section: 'candidates', view: { screen: 'candidates' } }): void => {
    rememberElection(e.id);
    client.setQueryData(electionRecord.queryKey(e.id), e);
    setElectionId(e.id);
    setFilters(NO_FILTERS);
    setActive({ query: '', index: 0 });
    go(then);
  };
  // A new election opens on what comes next, each step with its screen.
  const step = (s: NextStep): void =>
    go(
      s === 'commission' || s === 'deposits'
        ? { section: 'settings', part: s === 'commission' ? 'commission' : 'deposit' }
        : s === 'lists'
          ? { section: 'lists', view: { screen: 'lists' } }
          : s === 'import'
            ? { section: 'import' }
            : { section: 'candidates', view: s === 'newCandidate' ? { screen: 'candidate', nominationId: null } : { screen: 'candidates' } },
    );
  const saved = (view: CandidateView): void => {
    go({ section: 'candidates', view: { screen: 'candidates' } });
    setNotice(said('form.saved', { name: fullName(view.person) }));
  };
  const changeLanguage = (next: Lang): void => {
    rememberLanguage(next);
    onLanguage(next);
  };

  const print = (request: PrintRequest): void => go({ section: 'print', request, back: place });
  // Until the remembered election has answered there is nothing to show.
  const at: Place | null =
    electionId !== null && record.isPending ? null : election === null && needsElection(place) ? { section: 'elections' } : place;
  const section: Section = at === null ? 'elections' : placeSection(at);
  return (
    <div className="app">
      <Header election={election} section={section} onNavigate={navigate} onLanguage={changeLanguage} />
      <main id="main" tabIndex={-1}>
        <SavesWaiting />
        <p className="notice notice-ok" role="status" hidden={notice === null}>
          {say(notice)}
        </p>
        {at === null && <p role="status">{t('common.loading')}</p>}
        {at?.section === 'elections' && (
          <ElectionPicker currentId={election?.id ?? null} onOpen={(e) => open(e)} onCreated={(e) => open(e, { section: 'start' })} />
        )}
        {at?.section === 'start' && election && <NextSteps election={election} onStep={step} />}
        {at?.section === 'journal' && <JournalScreen />}
        {at?.section === 'users' && <UsersScreen />}
        {at?.section === 'candidates' && election && (
          <ElectionDesk
            election={election}
            view={at.view}
            onView={(view) => go({ section: 'candidates', view })}
            filters={filters}
            onFilters={setFilters}
            active={active}
            onActive={setActive}
            onSaved={saved}
            onPrintDistrict={(districtId) => print({ document: 'district', districtId })}
          />
        )}
        {at?.section === 'lists' && election && (
          <ListsDesk
            election={election}
            view={at.view}
            onView={(view) => go({ section: 'lists', view })}
            onPrint={print}
          />
        )}
        {at?.section === 'ballot' && election && <BallotScreen election={election} />}
        {at?.section === 'reports' && election && <ReportsScreen election={election} onPrint={print} />}
        {at?.section === 'import' && election && (
          <ImportScreen
            election={election}
            onCandidates={() => go({ section: 'candidates', view: { screen: 'candidates' } })}
          />
        )}
        {at?.section === 'print' && election && (
          <PrintView election={election} request={at.request} onBack={() => go(at.back)} />
        )}
        {at?.section === 'results' && election && <ResultsScreen election={election} />}
        {at?.section === 'settings' && election && <SettingsScreen election={election} part={at.part} />}
      </main>
    </div>
  );
}

/** The section a place belongs to, for the header: a print view belongs where it was opened from. */
function placeSection(place: Place): Section {
  if (place.section === 'start') return 'candidates';
  return place.section === 'print' ? placeSection(place.back) : place.section;
}
