import { useEffect, useId, useRef, useState } from 'react';
import { formatDate } from '../../../domain/dates';
import { formatNumber, formatPercent } from '../../../domain/numbers';
import { REPORTS, type ColumnKind, type ReportCell, type ReportId, type ReportPreview } from '../../../domain/records';
import { LANGS, type Lang } from '../../../domain/types';
import type { ElectionView } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { JobProgress } from '../../components/JobProgress';
import { LANGUAGE_NAMES } from '../../i18n/language';
import { useWords } from '../../i18n/messages';
import { said, saidOfError, type Said } from '../../i18n/said';
import { serviceError } from '../../queries/client';
import { useElectionData } from '../../queries/elections';
import { newJobId } from '../../queries/jobs';
import { reportExport, reportPreview } from '../../queries/reports';
import type { PrintRequest } from '../print/print-request';

type Order = 'submitted' | 'alphabetical';

interface Props {
  election: ElectionView;
  onPrint: (request: PrintRequest) => void;
}

/** The reports of an election: pick one, preview its first rows, export it to Excel; and the printed documents. */
export function ReportsScreen({ election, onPrint }: Props) {
  const { t, lang, say } = useWords();
  const [report, setReport] = useState<ReportId>('party-lists');
  const [reportLang, setReportLang] = useState<Lang>(lang);
  const [order, setOrder] = useState<Order>('submitted');
  const [status, setStatus] = useState<Said | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const ids = useId();
  const preview = reportPreview.useQuery({ electionId: election.id, report, lang: reportLang, order, limit: 20 });
  const previewError = serviceError(preview.error);
  const exporting = reportExport.useMutation();
  // The export being written, followed by its id while it runs; whether the clerk asked it to stop.
  const [job, setJob] = useState<string | null>(null);
  const stopAsked = useRef(false);
  const exportButton = useRef<HTMLButtonElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const onExport = async (): Promise<void> => {
    if (exporting.isPending) return;
    const id = newJobId();
    stopAsked.current = false;
    setJob(id);
    setStatus(said('reportScreen.exporting'));
    const outcome = await exporting.mutateAsync({ request: { electionId: election.id, report, lang: reportLang, order }, job: id });
    setJob(null);
    // The stop button the clerk pressed is gone with the bar: the keyboard goes back to the export.
    if (document.activeElement === document.body) exportButton.current?.focus();
    switch (outcome.kind) {
      case 'downloaded':
        setStatus(said('reportScreen.downloaded', { file: outcome.file }));
        break;
      case 'saved':
        setStatus(said('reportScreen.saved', { path: outcome.path, rows: outcome.rows }));
        break;
      case 'cancelled':
        setStatus(said('reportScreen.cancelled'));
        break;
      case 'failed':
        setStatus(said('reportScreen.exportFailed', { status: outcome.status }));
        break;
      case 'interrupted':
        setStatus(said(stopAsked.current ? 'reportScreen.stopped' : 'reportScreen.interrupted'));
        break;
      default:
        setStatus(outcome.error.code === 'cancelled' ? said('reportScreen.stopped') : saidOfError(outcome.error));
    }
  };

  return (
    <section className="screen reports-screen" aria-labelledby="reports-title">
      <div className="screen-head">
        <h1 id="reports-title" tabIndex={-1} ref={heading}>{t('reportScreen.title')}</h1>
      </div>
      <div className="toolbar report-choice">
        <div className="field">
          <label htmlFor={`${ids}-report`}>{t('reportScreen.report')}</label>
          <select id={`${ids}-report`} value={report} onChange={(e) => setReport(e.target.value as ReportId)}>
            {REPORTS.map((r) => (
              <option key={r} value={r}>{t(`reportScreen.name.${r}`)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-lang`}>{t('reportScreen.language')}</label>
          <select id={`${ids}-lang`} value={reportLang} onChange={(e) => setReportLang(e.target.value as Lang)}>
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>{LANGUAGE_NAMES[l]}</option>
            ))}
          </select>
        </div>
        {report === 'party-lists' && (
          <div className="field">
            <label htmlFor={`${ids}-order`}>{t('reportScreen.order')}</label>
            <select id={`${ids}-order`} value={order} onChange={(e) => setOrder(e.target.value as Order)}>
              <option value="submitted">{t('reportScreen.orderSubmitted')}</option>
              <option value="alphabetical">{t('reportScreen.orderAlphabetical')}</option>
            </select>
          </div>
        )}
        {/* Not disabled while it runs, only inert: a disabled button drops the keyboard's focus, and Tab must then
            reach the bar's stop right after it. */}
        <button type="button" className="primary" ref={exportButton} aria-disabled={exporting.isPending} onClick={() => void onExport()}>
          {t('reportScreen.export')}
        </button>
      </div>
      {exporting.isPending && (
        <JobProgress
          job={job}
          label={t('job.exporting')}
          onStop={() => {
            stopAsked.current = true;
          }}
        />
      )}
      <p className="report-status" role="status" aria-live="polite">{say(status)}</p>

      <section className="panel report-preview" aria-labelledby="report-preview-title">
        <h2 id="report-preview-title">{t('reportScreen.preview')}</h2>
        {preview.isPending && <p>{t('common.loading')}</p>}
        {previewError && <ErrorNotice error={previewError} onRetry={() => void preview.refetch()} />}
        {preview.data && <PreviewTable preview={preview.data} name={t(`reportScreen.name.${report}`)} lang={reportLang} />}
      </section>

      <PrintChoices election={election} onPrint={onPrint} order={order} />
    </section>
  );
}

/** A cell as the workbook shows it: the same number formats, in the report's language. */
function cellText(cell: ReportCell, kind: ColumnKind | undefined, lang: Lang): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    switch (kind) {
      case 'percent':
        return formatPercent(cell, lang, 2);
      case 'decimal':
        return formatNumber(cell, lang, 1);
      case 'count':
        return formatNumber(cell, lang);
      default:
        return String(cell);
    }
  }
  if (kind === 'date') return formatDate(cell);
  const local = kind === 'datetime' ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(cell) : null;
  return local ? `${formatDate(local[1] ?? '')} ${local[2] ?? ''}` : cell;
}

function PreviewTable({ preview, name, lang }: { preview: ReportPreview; name: string; lang: Lang }) {
  const { t, number } = useWords();
  const { title } = preview;
  return (
    <>
      <div className="report-title-block">
        <p className="report-commission">{title.commission}</p>
        <p>{title.election}</p>
        <p className="report-name">{title.report}</p>
        {/* The service's own stamp, at the commission's seat and named by its zone: shown as written, never re-read. */}
        <p className="field-hint">{t('reportScreen.generated', { at: title.generatedAt, by: title.generatedBy })}</p>
        <p className="field-hint">{t('reportScreen.journalHead', { seq: title.journalSeq, hash: title.journalHead })}</p>
        {preview.sheet && <p className="field-hint">{t('reportScreen.sheet', { sheet: preview.sheet })}</p>}
      </div>
      {preview.rows.length === 0 ? (
        <p className="empty">{t('reportScreen.noRows')}</p>
      ) : (
        <div className="report-scroll">
          <table className="data-table">
            <caption>{t('reportScreen.previewCaption', { report: name, shown: number(preview.rows.length), total: number(preview.total) })}</caption>
            <thead>
              <tr>
                {preview.columns.map((c, i) => (
                  <th key={i} scope="col">{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i} className={typeof cell === 'number' ? 'numeric' : undefined}>{cellText(cell, preview.kinds[i], lang)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function PrintChoices({ election, onPrint, order }: { election: ElectionView; onPrint: (r: PrintRequest) => void; order: Order }) {
  const { t, lang } = useWords();
  const ids = useId();
  const data = useElectionData(election.id);
  const [partyId, setPartyId] = useState('');
  const [districtId, setDistrictId] = useState('');
  const party = partyId || String(data.parties[0]?.id ?? '');
  const district = districtId || String(data.districts[0]?.id ?? '');
  return (
    <section className="panel" aria-labelledby="print-choices-title">
      <h2 id="print-choices-title">{t('reportScreen.printing')}</h2>
      <div className="toolbar">
        <div className="field">
          <label htmlFor={`${ids}-party`}>{t('reportScreen.party')}</label>
          <select id={`${ids}-party`} value={party} onChange={(e) => setPartyId(e.target.value)}>
            {data.parties.map((p) => (
              <option key={p.id} value={p.id}>{p.name[lang]}</option>
            ))}
          </select>
        </div>
        <button type="button" disabled={party === ''} onClick={() => onPrint({ document: 'party-list', partyId: Number(party), order })}>
          {t('reportScreen.printParty')}
        </button>
      </div>
      {data.districts.length > 0 && (
        <div className="toolbar">
          <div className="field">
            <label htmlFor={`${ids}-district`}>{t('reportScreen.district')}</label>
            <select id={`${ids}-district`} value={district} onChange={(e) => setDistrictId(e.target.value)}>
              {data.districts.map((d) => (
                <option key={d.id} value={d.id}>{`№ ${d.number} ${d.name[lang]}`}</option>
              ))}
            </select>
          </div>
          <button type="button" disabled={district === ''} onClick={() => onPrint({ document: 'district', districtId: Number(district) })}>
            {t('reportScreen.printDistrict')}
          </button>
        </div>
      )}
      <div className="toolbar">
        <button type="button" onClick={() => onPrint({ document: 'quota' })}>{t('reportScreen.printQuota')}</button>
      </div>
    </section>
  );
}
