import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { ImportRowView } from '../../../domain/import-records';
import { fullName } from '../../../domain/names';
import { SEVERITIES, type Finding } from '../../../domain/finding';
import { useWords } from '../../i18n/messages';

const ROW_HEIGHT = 36;
const COLUMNS = ['row', 'name', 'iin', 'status', 'findings'] as const;

interface Props {
  total: number;
  rowAt: (index: number) => ImportRowView | undefined;
  need: (indexes: readonly number[]) => void;
  labelledBy: string;
}

/**
 * The previewed rows as a read-only table: only the rows in view are in the page, each as tall as its findings need.
 * The scroll area takes the focus, so the arrow and page keys scroll it.
 */
export function ImportRowsTable({ total, rowAt, need, labelledBy }: Props) {
  const { t } = useWords();
  const scroller = useRef<HTMLDivElement>(null);
  // See CandidatesGrid: the virtualizer is read afresh at every render; this desk does not run the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const wanted = items.map((i) => i.index).join(',');
  useEffect(() => {
    need(wanted === '' ? [] : wanted.split(',').map(Number));
  }, [wanted, need]);

  return (
    <div role="table" className="grid import-grid" aria-labelledby={labelledBy} aria-rowcount={total + 1} aria-colcount={COLUMNS.length}>
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="grid-row import-row">
          {COLUMNS.map((c) => (
            <div role="columnheader" key={c} className={`cell import-cell-${c}`}>
              {t(`importScreen.rows.column.${c}`)}
            </div>
          ))}
        </div>
      </div>
      <div className="grid-scroller" ref={scroller} tabIndex={0} aria-label={t('importScreen.rows.scroll')}>
        <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                role="row"
                aria-rowindex={item.index + 2}
                aria-busy={row ? undefined : true}
                className={`grid-row grid-body-row import-row${row ? ` import-status-${row.status}` : ''}`}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row ? <Cells row={row} /> : <Loading />}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function Cells({ row }: { row: ImportRowView }) {
  const { t } = useWords();
  const status =
    row.status === 'duplicate' && row.duplicateOfRow !== null
      ? t('importScreen.rows.duplicateOf', { row: row.duplicateOfRow })
      : t(`importScreen.status.${row.status}`);
  return (
    <>
      <div role="cell" className="cell import-cell-row numeric">
        {row.row}
      </div>
      <div role="cell" className="cell import-cell-name">
        {fullName(row) || '—'}
      </div>
      <div role="cell" className="cell import-cell-iin">
        {row.iin || '—'}
      </div>
      <div role="cell" className="cell import-cell-status">
        {status}
      </div>
      <div role="cell" className="cell import-cell-findings">
        {row.findings.length > 0 ? <RowFindings findings={row.findings} /> : '—'}
      </div>
    </>
  );
}

/** A row's findings, errors first, each with its field; the law each cites is in the error report and the form. */
function RowFindings({ findings }: { findings: readonly Finding[] }) {
  const { t, fieldLabel, findingText } = useWords();
  const ordered = SEVERITIES.flatMap((s) => findings.filter((f) => f.severity === s));
  return (
    <ul className="finding-list">
      {ordered.map((f, i) => (
        <li key={`${f.rule}-${i}`} className={`finding finding-${f.severity}`}>
          <span className="finding-severity">{t(`severity.${f.severity}`)}: </span>
          {f.field ? `${fieldLabel(f.field)} — ` : ''}
          {findingText(f)}
        </li>
      ))}
    </ul>
  );
}

function Loading() {
  const { t } = useWords();
  return (
    <div role="cell" className="cell cell-loading" aria-colspan={COLUMNS.length}>
      {t('common.loading')}
    </div>
  );
}
