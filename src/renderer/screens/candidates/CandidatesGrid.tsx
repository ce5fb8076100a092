import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useImperativeHandle, useRef, type KeyboardEvent, type Ref } from 'react';
import { formatDate } from '../../../domain/dates';
import { fullName } from '../../../domain/names';
import type { CandidateRow } from '../../../service/contract';
import { useWords } from '../../i18n/messages';

/**
 * A row's height: two lines of a cell. A name too long for two lines of its column (fifty letters at 1024 px) makes its
 * row taller instead of being cut; the virtualiser measures such rows as they are shown.
 */
const ROW_HEIGHT = 38;

export const rowId = (index: number): string => `candidate-row-${index}`;

/** What the screen around the grid may ask of it: the search box's ↓ goes to a row (the first). */
export interface GridHandle {
  focusRow: (index: number) => void;
}

const COLUMNS = ['fullName', 'iin', 'birthDate', 'kind', 'party', 'district', 'listPosition', 'status', 'checks', 'actions'] as const;

interface Props {
  total: number;
  rowAt: (index: number) => CandidateRow | undefined;
  need: (indexes: readonly number[]) => void;
  active: number;
  onActive: (index: number) => void;
  onOpen: (row: CandidateRow) => void;
  labelledBy: string;
  describedBy: string;
  ref?: Ref<GridHandle>;
}

/**
 * An ARIA grid with one focusable row at a time (roving tabindex). Only the rows in view are in the page; the
 * active row is always kept rendered, so keyboard focus survives scrolling it out of view.
 */
export function CandidatesGrid({ total, rowAt, need, active, onActive, onOpen, labelledBy, describedBy, ref }: Props) {
  const { t } = useWords();
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useRef(new Map<number, HTMLDivElement>());
  const focusPending = useRef(false);

  const keepActive = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return active < range.count && !indexes.includes(active) ? [...indexes, active].sort((x, y) => x - y) : indexes;
    },
    [active],
  );

  // The virtualizer is a mutable object read afresh at every render, which the React Compiler cannot memoise; this
  // desk does not run the compiler, and the component memoises nothing that depends on it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
    rangeExtractor: keepActive,
  });
  const items = virtualizer.getVirtualItems();
  const indexes = items.map((i) => i.index);
  const wanted = indexes.join(',');

  useEffect(() => {
    need(wanted === '' ? [] : wanted.split(',').map(Number));
  }, [wanted, need]);

  // Back from the form, bring the row the clerk opened into view once the rows are known (only then: later moves
  // scroll by themselves).
  const openedAt = useRef(active);
  const hasRows = total > 0;
  useEffect(() => {
    if (hasRows && openedAt.current > 0) virtualizer.scrollToIndex(openedAt.current, { align: 'center' });
  }, [hasRows, virtualizer]);

  useEffect(() => {
    if (!focusPending.current) return;
    const el = rows.current.get(active);
    if (el) {
      el.focus({ preventScroll: true });
      focusPending.current = false;
    }
  });

  const moveTo = (index: number): void => {
    if (total === 0) return;
    const next = Math.max(0, Math.min(total - 1, index));
    focusPending.current = true;
    onActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  useImperativeHandle(ref, () => ({ focusRow: moveTo }));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const perScreen = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + perScreen,
      PageUp: active - perScreen,
      Home: 0,
      End: total - 1,
    };
    const target = moves[e.key];
    if (target !== undefined) {
      e.preventDefault();
      moveTo(target);
    } else if (e.key === 'Enter') {
      const row = rowAt(active);
      if (row) {
        e.preventDefault();
        onOpen(row);
      }
    }
  };

  return (
    <div
      role="grid"
      className="grid"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-rowcount={total + 1}
      aria-colcount={COLUMNS.length}
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="grid-row">
          {COLUMNS.map((c) => (
            <div role="columnheader" key={c} className={`cell cell-${c}`}>
              {c === 'actions' ? <span className="visually-hidden">{t('table.column.actions')}</span> : t(`table.column.${c}`)}
            </div>
          ))}
        </div>
      </div>
      <div className="grid-scroller" ref={scroller} onKeyDown={onKeyDown}>
        <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            const isActive = item.index === active;
            return (
              <div
                key={item.key}
                id={rowId(item.index)}
                ref={(el) => {
                  if (el) {
                    rows.current.set(item.index, el);
                    virtualizer.measureElement(el);
                  } else rows.current.delete(item.index);
                }}
                data-index={item.index}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={isActive}
                aria-busy={row ? undefined : true}
                tabIndex={isActive ? 0 : -1}
                className={`grid-row grid-body-row${isActive ? ' active' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, minHeight: ROW_HEIGHT }}
                onClick={() => {
                  focusPending.current = true;
                  onActive(item.index);
                }}
                onDoubleClick={() => row && onOpen(row)}
              >
                {row ? <Cells row={row} onOpen={onOpen} /> : <LoadingCells />}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/** The row's findings in words, not colour alone: «ош. 1 · пред. 2», or a dash when there are none. */
export function checksText(row: Pick<CandidateRow, 'errors' | 'warnings'>, t: (key: string, params: Record<string, number>) => string): string {
  const parts = [
    row.errors > 0 ? t('table.checksErrors', { n: row.errors }) : '',
    row.warnings > 0 ? t('table.checksWarnings', { n: row.warnings }) : '',
  ].filter((p) => p !== '');
  return parts.length > 0 ? parts.join(' · ') : '—';
}

function Cells({ row, onOpen }: { row: CandidateRow; onOpen: (row: CandidateRow) => void }) {
  const { t, lang } = useWords();
  const name = fullName(row);
  const nominator = row.partyShort?.[lang] ?? (row.associationName !== '' ? row.associationName : '—');
  const kind = t(`kind.${row.kind}`);
  const kindShort = t(`table.kindShort.${row.kind}`);
  const status = row.voided ? t('table.voided') : t(`status.${row.status}`);
  // The mark may not fit the column beside the status (two lines at 1280 px): the cell's title gives it whole.
  const ballotMark = row.ballot === 'differs' ? t('table.ballotMark.differs') : row.ballotReopened ? t('table.ballotMark.reopened') : null;
  return (
    <>
      <div role="gridcell" className="cell cell-fullName" title={name}>
        {name}
      </div>
      <div role="gridcell" className="cell cell-iin">
        {row.iin}
      </div>
      <div role="gridcell" className="cell cell-birthDate">
        {formatDate(row.birthDate)}
      </div>
      <div role="gridcell" className="cell cell-kind" title={kind}>
        {kindShort}
      </div>
      <div role="gridcell" className="cell cell-party" title={nominator}>
        {nominator}
      </div>
      <div role="gridcell" className="cell cell-district numeric">
        {row.districtNumber ?? '—'}
      </div>
      <div role="gridcell" className="cell cell-listPosition numeric">
        {row.listPosition ?? '—'}
      </div>
      <div role="gridcell" className={`cell cell-status status-${row.voided ? 'voided' : row.status}`} title={ballotMark ? `${status} · ${ballotMark}` : status}>
        {status}
        {ballotMark && <span className="ballot-mark">{` · ${ballotMark}`}</span>}
      </div>
      <div role="gridcell" className={`cell cell-checks${row.errors > 0 ? ' checks-error' : row.warnings > 0 ? ' checks-warning' : ''}`}
        title={t('table.checksLong', { errors: row.errors, warnings: row.warnings })}
        aria-label={row.errors + row.warnings > 0 ? t('table.checksLong', { errors: row.errors, warnings: row.warnings }) : undefined}>
        {checksText(row, t)}
      </div>
      <div role="gridcell" className="cell cell-actions">
        <button
          type="button"
          tabIndex={-1}
          aria-label={t('table.openNamed', { name })}
          onClick={(e) => {
            e.stopPropagation();
            onOpen(row);
          }}
        >
          {t('table.open')}
        </button>
      </div>
    </>
  );
}

function LoadingCells() {
  const { t } = useWords();
  return (
    <div role="gridcell" className="cell cell-loading" aria-colspan={COLUMNS.length}>
      {t('common.loading')}
    </div>
  );
}
