import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { formatDate } from '../../../domain/dates';
import { fullName } from '../../../domain/names';
import type { ListMember } from '../../../service/contract';
import { useWords } from '../../i18n/messages';
import { MoveToPositionDialog } from './MoveToPositionDialog';

interface Props {
  id: string;
  caption: string;
  members: readonly ListMember[];
  /** Moves the member at `from` to `to`; absent when the order is read-only (alphabetical, decided, departed). */
  onMove?: (from: number, to: number) => void;
  /** Opens a candidate's form: a click on the name, or Enter on the row. */
  onOpen?: (nominationId: number) => void;
  /** The candidates chosen for marking their documents at once; absent when there is nothing to mark. */
  selection?: { selected: ReadonlySet<number>; onSelect: (nominationIds: readonly number[], on: boolean) => void };
}

export const rowId = (nominationId: number): string => `list-row-${nominationId}`;

/**
 * The list's candidates: position, name, birth date, quota categories, status and checks; reorderable when asked.
 * One row at a time is in the Tab order (the one last focused); ↑ ↓ Home End go from row to row.
 */
export function MembersTable({ id, caption, members, onMove, onOpen, selection }: Props) {
  const { t } = useWords();
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [current, setCurrent] = useState<number | null>(null);
  const [moving, setMoving] = useState<number | null>(null);
  const tabStop = members.some((m) => m.nominationId === current) ? current : (members[0]?.nominationId ?? null);
  const movingAt = members.findIndex((m) => m.nominationId === moving);
  const movingMember = members[movingAt];

  const categories = (m: ListMember): string => {
    const words = [m.sex === 'female' ? t('lists.category.woman') : null, m.youth ? t('lists.category.youth') : null,
      m.disability ? t('lists.category.disabled') : null].filter((w) => w !== null);
    return words.length > 0 ? words.join(', ') : '—';
  };
  const checks = (m: ListMember): string =>
    m.errors + m.warnings === 0 ? '—' : t('table.checksLong', { errors: m.errors, warnings: m.warnings });

  const focusRow = (index: number): void => {
    const m = members[Math.max(0, Math.min(members.length - 1, index))];
    if (m) document.getElementById(rowId(m.nominationId))?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, index: number): void => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const member = members[index];
    if (onOpen && member && e.key === 'Enter' && !e.altKey) {
      e.preventDefault();
      onOpen(member.nominationId);
      return;
    }
    if (e.altKey) {
      if (!onMove) return;
      if (e.key === 'ArrowUp' && index > 0) {
        e.preventDefault();
        onMove(index, index - 1);
      } else if (e.key === 'ArrowDown' && index < members.length - 1) {
        e.preventDefault();
        onMove(index, index + 1);
      }
      return;
    }
    const to = { ArrowUp: index - 1, ArrowDown: index + 1, Home: 0, End: members.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    focusRow(to);
  };
  const drop = (e: DragEvent<HTMLTableRowElement>, index: number): void => {
    e.preventDefault();
    if (onMove && dragged !== null && dragged !== index) onMove(dragged, index);
    setDragged(null);
    setOver(null);
  };

  return (
    <>
      <table id={id} className="data-table list-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">{t('lists.column.position')}</th>
            <th scope="col">{t('table.column.fullName')}</th>
            <th scope="col">{t('table.column.birthDate')}</th>
            <th scope="col">{t('lists.column.categories')}</th>
            <th scope="col">{t('table.column.status')}</th>
            <th scope="col">{t('table.column.checks')}</th>
            {onMove && <th scope="col">{t('lists.column.order')}</th>}
            {selection && (
              <th scope="col" className="select-column">
                <label htmlFor={`${id}-select-all`}>{t('lists.column.select')}</label>{' '}
                <input type="checkbox" id={`${id}-select-all`} title={t('lists.selectAll')} aria-label={t('lists.selectAll')}
                  checked={members.length > 0 && members.every((m) => selection.selected.has(m.nominationId))}
                  onChange={(e) => selection.onSelect(members.map((m) => m.nominationId), e.target.checked)} />
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {members.map((m, i) => {
            const name = fullName(m);
            // Only the focused row's buttons are in the Tab order, so that Tab leaves a long list in a few steps.
            const inTabOrder = m.nominationId === tabStop;
            return (
              <tr
                key={m.nominationId}
                id={rowId(m.nominationId)}
                tabIndex={inTabOrder ? 0 : -1}
                onFocus={() => setCurrent(m.nominationId)}
                onKeyDown={(e) => onKeyDown(e, i)}
                {...(onMove
                  ? {
                      draggable: true,
                      'aria-describedby': `${id}-keys`,
                      onDragStart: (e: DragEvent<HTMLTableRowElement>) => {
                        e.dataTransfer.effectAllowed = 'move';
                        e.dataTransfer.setData('text/plain', String(m.nominationId));
                        setDragged(i);
                      },
                      onDragOver: (e: DragEvent<HTMLTableRowElement>) => {
                        e.preventDefault();
                        setOver(i);
                      },
                      onDragEnd: () => {
                        setDragged(null);
                        setOver(null);
                      },
                      onDrop: (e: DragEvent<HTMLTableRowElement>) => drop(e, i),
                    }
                  : {})}
                className={[dragged === i ? 'dragging' : '', over === i && dragged !== i ? 'drop-target' : ''].join(' ').trim() || undefined}
              >
                <td className="numeric">{m.position}</td>
                <th scope="row">
                  {onOpen ? (
                    <button type="button" className="link-button" tabIndex={-1} onClick={() => onOpen(m.nominationId)}>
                      {name}
                    </button>
                  ) : (
                    name
                  )}
                </th>
                <td>{m.birthDate ? formatDate(m.birthDate) : '—'}</td>
                <td>{categories(m)}</td>
                <td>{t(`status.${m.status}`)}</td>
                <td className={m.errors > 0 ? 'checks-error' : m.warnings > 0 ? 'checks-warning' : undefined}>{checks(m)}</td>
                {onMove && (
                  <td className="row-actions">
                    <button type="button" tabIndex={inTabOrder ? 0 : -1} disabled={i === 0} aria-label={t('lists.moveUpNamed', { name })}
                      onClick={() => onMove(i, i - 1)}>
                      {t('lists.moveUp')}
                    </button>
                    <button type="button" tabIndex={inTabOrder ? 0 : -1} disabled={i === members.length - 1}
                      aria-label={t('lists.moveDownNamed', { name })} onClick={() => onMove(i, i + 1)}>
                      {t('lists.moveDown')}
                    </button>
                    <button type="button" tabIndex={inTabOrder ? 0 : -1} disabled={members.length < 2}
                      aria-label={t('lists.moveTo.actionNamed', { name })} onClick={() => setMoving(m.nominationId)}>
                      {t('lists.moveTo.action')}
                    </button>
                  </td>
                )}
                {selection && (
                  <td>
                    <input type="checkbox" tabIndex={inTabOrder ? 0 : -1} aria-label={t('lists.selectNamed', { name })}
                      checked={selection.selected.has(m.nominationId)} onChange={(e) => selection.onSelect([m.nominationId], e.target.checked)} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {onMove && movingMember && (
        <MoveToPositionDialog
          name={fullName(movingMember)}
          position={movingAt + 1}
          length={members.length}
          onClose={() => setMoving(null)}
          onMove={(position) => {
            setMoving(null);
            onMove(movingAt, position - 1);
          }}
        />
      )}
    </>
  );
}
