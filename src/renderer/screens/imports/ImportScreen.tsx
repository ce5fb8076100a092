import { useEffect, useId, useRef, useState } from 'react';
import type { ImportOutcome } from '../../../domain/import-records';
import type { ElectionView } from '../../../service/contract';
import { saveErrorReport, type ChosenFile } from '../../api/import';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords } from '../../i18n/messages';
import { useElectionData } from '../../lib/useElectionData';
import { CommitOutcome, CommitPanel } from './CommitPanel';
import { FilePanel } from './FilePanel';
import { ImportLists } from './ImportLists';
import { ImportRowsTable } from './ImportRowsTable';
import { ImportSummary } from './ImportSummary';
import { saveStatus } from './save-status';
import { TemplatePanel } from './TemplatePanel';
import { useImportPreview, type ImportQuery } from './useImportPreview';

interface Props {
  election: ElectionView;
  /** The import added nominations: the other screens' data is out of date. */
  onChanged: () => void;
  onCandidates: () => void;
}

/**
 * Nominations from a party's workbook: the template to fill in, the file, its preview row by row (the same checks
 * as the candidate form), the error report, and the commit the clerk confirms.
 */
export function ImportScreen({ election, onChanged, onCandidates }: Props) {
  const { t } = useWords();
  const heading = useRef<HTMLHeadingElement>(null);
  const data = useElectionData(election.id);
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [partyId, setPartyId] = useState('');
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [refresh, setRefresh] = useState(0);

  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="screen import-screen" aria-labelledby="import-title">
      <div className="screen-head">
        <h1 id="import-title" tabIndex={-1} ref={heading}>{t('importScreen.title')}</h1>
      </div>
      <TemplatePanel />
      <FilePanel
        parties={data.parties}
        chosen={chosen}
        onChosen={(file) => {
          setChosen(file);
          setOutcome(null);
          setRefresh((r) => r + 1);
        }}
        partyId={partyId}
        onParty={setPartyId}
      />
      {outcome && <CommitOutcome outcome={outcome} onCandidates={onCandidates} />}
      {chosen && (
        <Preview
          query={{ electionId: election.id, fileId: chosen.fileId, partyId: partyId === '' ? null : Number(partyId), only: 'all' }}
          refresh={refresh}
          onCommitted={(done) => {
            setOutcome(done);
            setRefresh((r) => r + 1);
            if (done.added > 0) onChanged();
          }}
        />
      )}
    </section>
  );
}

interface PreviewProps {
  query: ImportQuery;
  refresh: number;
  onCommitted: (outcome: ImportOutcome) => void;
}

function Preview({ query: base, refresh, onCommitted }: PreviewProps) {
  const words = useWords();
  const { t, lang } = words;
  const ids = useId();
  const [problemsOnly, setProblemsOnly] = useState(false);
  const [reportStatus, setReportStatus] = useState('');
  const query: ImportQuery = { ...base, only: problemsOnly ? 'problems' : 'all' };
  const pages = useImportPreview(query, refresh);
  const { preview } = pages;

  const onErrorReport = async (): Promise<void> => {
    setReportStatus(t('importScreen.errors.writing'));
    const outcome = await saveErrorReport({
      electionId: query.electionId,
      fileId: query.fileId,
      ...(query.partyId !== null ? { partyId: query.partyId } : {}),
      lang,
    });
    setReportStatus(saveStatus(outcome, words));
  };

  if (pages.error) return <ErrorNotice error={pages.error} onRetry={pages.reload} retryLabel={t('importScreen.preview.again')} />;
  if (!preview) return <p role="status">{t('importScreen.preview.reading')}</p>;
  return (
    <>
      <ImportSummary preview={preview} />
      <ImportLists lists={preview.lists} />
      <section className="panel import-preview" aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`}>{t('importScreen.rows.title')}</h2>
        <div className="import-controls">
          <div className="checkbox-line">
            <input id={`${ids}-only`} type="checkbox" checked={problemsOnly} onChange={(e) => setProblemsOnly(e.target.checked)} />
            <label htmlFor={`${ids}-only`}>{t('importScreen.rows.onlyProblems')}</label>
          </div>
          <button type="button" onClick={() => void onErrorReport()}>{t('importScreen.errors.export')}</button>
        </div>
        <p className="import-status" role="status" aria-live="polite">{pages.settled ? reportStatus : t('importScreen.preview.reading')}</p>
        <p id={`${ids}-caption`} className="field-hint">{t('importScreen.rows.caption', { shown: pages.total, total: preview.counts.rows })}</p>
        {pages.total === 0 ? (
          <p className="empty">{problemsOnly ? t('importScreen.rows.noProblems') : t('importScreen.rows.none')}</p>
        ) : (
          <ImportRowsTable total={pages.total} rowAt={pages.rowAt} need={pages.need} labelledBy={`${ids}-title`} />
        )}
      </section>
      <CommitPanel query={query} preview={preview} ready={pages.settled} onCommitted={onCommitted} onStale={pages.reload} />
    </>
  );
}
