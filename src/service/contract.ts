// The API as its callers see it: method names, their inputs and their results. The renderer's client, the host,
// Electron's IPC handler and the CLI are all typed from this file (the renderer by a type-only import).
import type { Result } from './result';
import type { InputOf, MethodName } from './schemas';
import type { Finding } from '../domain/finding';
import type {
  CandidateRow,
  CheckRun,
  ListSummary,
  ListView,
  NominationHistory,
  PrintDocument,
  ReportPreview,
  ResultsView,
  CandidateView,
  DistrictView,
  ElectionView,
  JournalEntryView,
  Page,
  PartyView,
  PersonView,
  PresetView,
  RegionView,
  VerifyReport,
  ImportPreview,
  ImportOutcome,
} from './views';

export interface Outputs {
  'elections.presets': PresetView[];
  'elections.create': ElectionView;
  'elections.list': ElectionView[];
  'elections.get': ElectionView;
  'elections.updateProfile': ElectionView;
  'parties.update': PartyView;
  'regions.list': RegionView[];
  'districts.list': DistrictView[];
  'parties.list': PartyView[];
  'parties.create': PartyView;
  'persons.create': PersonView;
  'persons.update': PersonView;
  'persons.get': PersonView;
  'persons.search': PersonView[];
  'persons.list': Page<PersonView>;
  'nominations.create': CandidateView;
  'nominations.update': CandidateView;
  'nominations.get': CandidateView;
  'nominations.list': Page<CandidateRow>;
  'nominations.decide': CandidateView;
  'nominations.history': NominationHistory;
  'checks.candidate': Finding[];
  'checks.run': CheckRun;
  'lists.list': ListSummary[];
  'lists.get': ListView;
  'lists.reorder': ListView;
  'lists.decide': ListView;
  'results.get': ResultsView;
  'results.enter': ResultsView;
  'mandates.designate': ListView;
  'reports.preview': ReportPreview;
  'reports.export': { rows: number };
  'reports.save': { path: string | null; rows: number };
  'print.document': PrintDocument;
  'print.savePdf': { path: string | null };
  'imports.preview': ImportPreview;
  'imports.commit': ImportOutcome;
  'imports.template': { rows: number };
  'imports.errors': { rows: number };
  'imports.open': { fileId: string; file: string } | null;
  'imports.saveTemplate': { path: string | null };
  'imports.saveErrors': { path: string | null; rows: number };
  'journal.list': Page<JournalEntryView>;
  'journal.verify': VerifyReport;
}

export type OutputOf<M extends MethodName> = Outputs[M];

/** How every transport carries a call: one method name, one input object, one result. */
export type Call = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<Result<Outputs[M]>>;

export type { InputOf, MethodName, Result };
export type * from './views';
