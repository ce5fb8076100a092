import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../domain/numbers';
import type { PrintDocument } from '../../../domain/records';
import { LANGS, type Lang } from '../../../domain/types';
import type { ElectionView } from '../../../service/contract';
import { inElectron } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LANGUAGE_NAMES } from '../../i18n/language';
import { useWords } from '../../i18n/messages';
import { keepNumbersWhole as whole } from '../../lib/no-break';
import { serviceError } from '../../queries/client';
import { printDocument, printSavePdf } from '../../queries/reports';
import { printInput, type PrintRequest } from './print-request';

// A printed document laid out as the commission publishes it: A4 portrait (landscape for quota compliance), the
// commission, the election, the title, the table, the signature lines of the chair and the secretary, and the journal
// head's hash in small print, which ties the paper to the state of the ledger.
//
// Page numbers: Chromium does not draw CSS page-margin boxes (`@page { @bottom-center { content: counter(page) } }`),
// so the page itself cannot number its sheets. They come from the printing engine instead: the print dialog's
// «Headers and footers» option in the browser mode (the hint above the page says so), `page.pdf({ displayHeaderFooter,
// footerTemplate })` in the end-to-end test, and in Electron the same footerTemplate of `webContents.printToPDF`,
// which main uses for «Save as PDF» in the desk window; «Печать» calls window.print() in both modes.

interface Props {
  election: ElectionView;
  request: PrintRequest;
  onBack: () => void;
}

export function PrintView({ election, request, onBack }: Props) {
  const { t, lang, errorText } = useWords();
  const { i18n } = useTranslation('ui');
  const [docLang, setDocLang] = useState<Lang>(lang);
  const heading = useRef<HTMLHeadingElement>(null);
  const doc = printDocument.useQuery(printInput(election.id, request, docLang));
  const error = serviceError(doc.error);
  const fixed = i18n.getFixedT(docLang, 'ui');
  // The document speaks its own language, whatever the screen's.
  const dt: Dt = (key, options) => fixed(key, { ...options });

  const ready = doc.data !== undefined;
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);

  // In the desk window the document can also be saved straight to PDF (Electron's printToPDF, in main).
  const saving = printSavePdf.useMutation();
  const savedError = serviceError(saving.error);
  const savedPath = saving.data?.path ?? null;
  const saved = savedError ? errorText(savedError) : savedPath !== null ? t('printView.savedPdf', { path: savedPath }) : '';

  return (
    <section className="screen print-screen" aria-label={t('printView.toolbar')}>
      <div className="print-toolbar no-print">
        <button type="button" onClick={onBack}>{t('printView.back')}</button>
        <label className="inline-field">
          {t('printView.language')}{' '}
          <select value={docLang} onChange={(e) => setDocLang(e.target.value as Lang)}>
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>{LANGUAGE_NAMES[l]}</option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" disabled={!ready} onClick={() => window.print()}>
          {t('printView.print')}
        </button>
        {inElectron() && (
          <button type="button" disabled={!ready}
            onClick={() => saving.mutate({ landscape: request.document === 'quota', fileName: `${request.document}.pdf` })}>
            {t('printView.savePdf')}
          </button>
        )}
        <p role="status" className="field-hint">{saved}</p>
        <p className="field-hint">{t('printView.hint')}</p>
      </div>
      {doc.isPending && <p role="status">{t('printView.loading')}</p>}
      {error && <ErrorNotice error={error} onRetry={() => void doc.refetch()} />}
      {doc.data && (
        <article className={`print-doc${request.document === 'quota' ? ' print-landscape' : ''}`} lang={docLang}>
          <header className="print-head">
            <p className="print-commission">{whole(doc.data.commission)}</p>
            <p className="print-election">{whole(doc.data.election)}</p>
            <h1 tabIndex={-1} ref={heading}>{whole(doc.data.title)}</h1>
            {doc.data.subtitle && <p className="print-subtitle">{whole(doc.data.subtitle)}</p>}
          </header>
          {request.document === 'quota' ? <QuotaTable doc={doc.data} dt={dt} lang={docLang} /> : <CandidateTable doc={doc.data} dt={dt} district={request.document === 'district'} />}
          <Signatures dt={dt} />
          <p className="print-hash">
            {dt('printView.journalHead', { seq: doc.data.journalSeq, hash: doc.data.journalHead })}
          </p>
        </article>
      )}
    </section>
  );
}

type Dt = (key: string, options?: Record<string, unknown>) => string;

function CandidateTable({ doc, dt, district }: { doc: PrintDocument; dt: Dt; district: boolean }) {
  if (doc.candidates.length === 0) return <p>{dt('printView.empty')}</p>;
  return (
    <>
      <table className={`print-table print-candidates${district ? ' print-district' : ''}`}>
        <caption className="visually-hidden">{doc.title}</caption>
        <thead>
          <tr>
            <th scope="col">{dt('printView.col.position')}</th>
            <th scope="col">{dt('printView.col.fullName')}</th>
            <th scope="col">{dt('printView.col.birthYear')}</th>
            <th scope="col">{dt('printView.col.occupation')}</th>
            <th scope="col">{dt('printView.col.residence')}</th>
            <th scope="col">{dt('printView.col.party')}</th>
            {district && <th scope="col">{dt('printView.col.nominatedBy')}</th>}
            {district && <th scope="col">{dt('printView.col.status')}</th>}
          </tr>
        </thead>
        <tbody>
          {doc.candidates.map((c, i) => (
            <tr key={`${i}-${c.fullName}`}>
              <td className="numeric">{c.position ?? i + 1}</td>
              <th scope="row">{c.fullName}</th>
              <td className="numeric">{c.birthYear}</td>
              <td>{whole([c.occupation, c.workplace].filter((s) => s !== '').join(', '))}</td>
              <td>{whole(c.residence)}</td>
              <td>{c.partyMembership}</td>
              {district && <td>{whole(c.nominatedBy)}</td>}
              {district && <td>{dt(`status.${c.status}`, { ns: 'core' })}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="print-total">{dt('printView.total', { count: doc.candidates.length })}</p>
    </>
  );
}

function QuotaTable({ doc, dt, lang }: { doc: PrintDocument; dt: Dt; lang: Lang }) {
  if (doc.lists.length === 0) return <p>{dt('printView.noLists')}</p>;
  return (
    <table className="print-table">
      <caption className="visually-hidden">{doc.title}</caption>
      <thead>
        <tr>
          <th scope="col">{dt('printView.col.list')}</th>
          <th scope="col">{dt('printView.col.listStatus')}</th>
          <th scope="col">{dt('printView.col.length')}</th>
          <th scope="col">{dt('printView.col.women')}</th>
          <th scope="col">{dt('printView.col.youth')}</th>
          <th scope="col">{dt('printView.col.disability')}</th>
          <th scope="col">{dt('printView.col.quotaCount')}</th>
          <th scope="col">{dt('printView.col.required')}</th>
          <th scope="col">{dt('printView.col.share')}</th>
          <th scope="col">{dt('printView.col.compliant')}</th>
        </tr>
      </thead>
      <tbody>
        {doc.lists.map((l) => (
          <tr key={l.partyId}>
            <th scope="row">{l.name[lang]}</th>
            <td>{dt(`lists.status.${l.status}`)}</td>
            <td className="numeric">{l.quota.length}</td>
            <td className="numeric">{l.quota.women}</td>
            <td className="numeric">{l.quota.youth}</td>
            <td className="numeric">{l.quota.disabled}</td>
            <td className="numeric">{l.quota.count}</td>
            <td className="numeric">{l.quota.required}</td>
            <td className="numeric">{formatPercent(l.quota.share, lang, 2)}</td>
            <td>{dt(l.quota.compliant ? 'printView.yes' : 'printView.no')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The line a signature or a name is written on. */
const BLANK = '_'.repeat(24);

function Signatures({ dt }: { dt: Dt }) {
  return (
    <div className="print-signatures">
      {(['chair', 'secretary'] as const).map((role) => (
        <p key={role} className="print-signature">
          <span className="print-role">{dt(`printView.${role}`)}</span>
          <span className="print-line">
            <span className="print-blank">{BLANK}</span>
            <span className="print-under">{dt('printView.signature')}</span>
          </span>
          <span className="print-line print-line-wide">
            <span className="print-blank">{BLANK}</span>
            <span className="print-under">{dt('printView.fullName')}</span>
          </span>
        </p>
      ))}
      <p className="print-seal">{dt('printView.seal')}</p>
    </div>
  );
}
