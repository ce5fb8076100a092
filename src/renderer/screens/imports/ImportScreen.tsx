import { useEffect, useId, useRef, useState } from 'react';
import type { ElectionView, ImportOutcome, ImportPreview, ImportRowView } from '../../../service/contract';
import type { ChosenFile } from '../../api/import';
import { ErrorNotice } from '../../components/ErrorNotice';
import { JobProgress } from '../../components/JobProgress';
import { useWords } from '../../i18n/messages';
import { said, type Said } from '../../i18n/said';
import { useElectionData } from '../../queries/elections';
import { errorReportSave, importPreview, type ImportQuery } from '../../queries/imports';
import type { Pages } from '../../queries/pages';
import { CommitPanel } from './CommitPanel';
import { FilePanel } from './FilePanel';
import { ImportLists } from './ImportLists';
import { ImportRowsTable } from './ImportRowsTable';
import { ImportSummary } from './ImportSummary';
import { saveStatus } from './save-status';
import { TemplatePanel } from './TemplatePanel';

interface Props {
  election: ElectionView;
  onCandidates: () => void;
}

/**
 * Nominations from a party's workbook: the template to fill in, the file, its preview row by row (the same checks
 * as the candidate form), the error report, and the commit the clerk confirms.
 */
export function ImportScreen({ election, onCandidates }: Props) {
  const { t } = useWords();
  const heading = useRef<HTMLHeadingElement>(null);
  const data = useElectionData(election.id);
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [partyId, setPartyId] = useState('');
  const [sheet, setSheet] = useState<string | null>(null);
  const [problemsOnly, setProblemsOnly] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const query: ImportQuery = {
    electionId: election.id,
    fileId: chosen?.fileId ?? '',
    partyId: partyId === '' ? null : Number(partyId),
    sheet,
    only: problemsOnly ? 'problems' : 'all',
  };
  const { pages, job } = importPreview.usePages(query, chosen !== null);
  // A party's list chosen without its party is one choice missing at the party selector, not a fault of every row.
  const partyRefusal = chosen !== null && pages.error?.field === 'partyId' ? pages.error : null;

  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="screen import-screen" aria-labelledby="import-title">
      <div className="screen-head">
        <h1 id="import-title" tabIndex={-1} ref={heading}>{t('importScreen.title')}</h1>
      </div>
      <TemplatePanel electionId={election.id} />
      <FilePanel
        electionId={election.id}
        parties={data.parties}
        chosen={chosen}
        onChosen={(file) => {
          setChosen(file);
          setSheet(null);
          setOutcome(null);
        }}
        partyId={partyId}
        onParty={setPartyId}
        partyRefusal={partyRefusal}
      />
      {chosen && partyRefusal === null && (
        <Preview
          query={query}
          pages={pages}
          job={job}
          problemsOnly={problemsOnly}
          onProblemsOnly={setProblemsOnly}
          onSheet={(name) => {
            setSheet(name);
            setOutcome(null);
          }}
          outcome={outcome}
          onCommitted={setOutcome}
          onCandidates={onCandidates}
        />
      )}
    </section>
  );
}

interface PreviewProps {
  query: ImportQuery;
  pages: Pages<ImportPreview, ImportRowView>;
  /** The file's reading, followed while it runs. */
  job: string | null;
  problemsOnly: boolean;
  onProblemsOnly: (only: boolean) => void;
  onSheet: (sheet: string) => void;
  outcome: ImportOutcome | null;
  onCommitted: (outcome: ImportOutcome) => void;
  onCandidates: () => void;
}

function Preview({ query, pages, job, problemsOnly, onProblemsOnly, onSheet, outcome, onCommitted, onCandidates }: PreviewProps) {
  const words = useWords();
  const { t, lang } = words;
  const ids = useId();
  const [reportStatus, setReportStatus] = useState<Said | null>(null);
  const preview = pages.first ?? null;
  const total = preview?.page.total ?? 0;
  const errorReport = errorReportSave.useMutation();

  const onErrorReport = async (): Promise<void> => {
    setReportStatus(said('importScreen.errors.writing'));
    const outcome = await errorReport.mutateAsync({
      electionId: query.electionId,
      fileId: query.fileId,
      ...(query.partyId !== null ? { partyId: query.partyId } : {}),
      ...(query.sheet !== null ? { sheet: query.sheet } : {}),
      lang,
    });
    setReportStatus(saveStatus(outcome));
  };

  if (pages.error) return <ErrorNotice error={pages.error} onRetry={pages.reload} retryLabel={t('importScreen.preview.again')} />;
  const reading = <JobProgress job={job} label={t('job.reading')} />;
  if (!preview)
    return (
      <>
        <p role="status">{t('importScreen.preview.reading')}</p>
        {reading}
      </>
    );
  return (
    <>
      {reading}
      <ImportSummary preview={preview} onSheet={onSheet} />
      <ImportLists lists={preview.lists} />
      <section className="panel import-preview" aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`}>{t('importScreen.rows.title')}</h2>
        <div className="import-controls">
          <div className="checkbox-line">
            <input id={`${ids}-only`} type="checkbox" checked={problemsOnly} onChange={(e) => onProblemsOnly(e.target.checked)} />
            <label htmlFor={`${ids}-only`}>{t('importScreen.rows.onlyProblems')}</label>
          </div>
          <button type="button" onClick={() => void onErrorReport()}>{t('importScreen.errors.export')}</button>
        </div>
        <p className="import-status" role="status" aria-live="polite">{pages.settled ? words.say(reportStatus) : t('importScreen.preview.reading')}</p>
        <p id={`${ids}-caption`} className="field-hint">{t('importScreen.rows.caption', { shown: words.number(total), total: words.number(preview.counts.rows) })}</p>
        {total === 0 ? (
          <p className="empty">{problemsOnly ? t('importScreen.rows.noProblems') : t('importScreen.rows.none')}</p>
        ) : (
          <ImportRowsTable total={total} rowAt={pages.rowAt} need={pages.need} labelledBy={`${ids}-title`} />
        )}
      </section>
      <CommitPanel
        query={query}
        preview={preview}
        ready={pages.settled}
        outcome={outcome}
        onCommitted={onCommitted}
        onStale={pages.reload}
        onCandidates={onCandidates}
      />
    </>
  );
}
