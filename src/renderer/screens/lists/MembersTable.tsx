import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { formatDate } from '../../../domain/dates';
import { fullName } from '../../../domain/names';
import type { ListMember } from '../../../service/contract';
import { useWords } from '../../i18n/messages';

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

/** The list's candidates: position, name, birth date, quota categories, status and checks; reorderable when asked. */
export function MembersTable({ id, caption, members, onMove, onOpen, selection }: Props) {
  const { t } = useWords();
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);

  const categories = (m: ListMember): string => {
    const words = [m.sex === 'female' ? t('lists.category.woman') : null, m.youth ? t('lists.category.youth') : null,
      m.disability ? t('lists.category.disabled') : null].filter((w) => w !== null);
    return words.length > 0 ? words.join(', ') : '—';
  };
  const checks = (m: ListMember): string =>
    m.errors + m.warnings === 0 ? '—' : t('table.checksLong', { errors: m.errors, warnings: m.warnings });

  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, index: number): void => {
    if (e.target !== e.currentTarget) return;
    const member = members[index];
    if (onOpen && member && e.key === 'Enter' && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      e.preventDefault();
      onOpen(member.nominationId);
      return;
    }
    if (!onMove || !e.altKey) return;
    if (e.key === 'ArrowUp' && index > 0) {
      e.preventDefault();
      onMove(index, index - 1);
    } else if (e.key === 'ArrowDown' && index < members.length - 1) {
      e.preventDefault();
      onMove(index, index + 1);
    }
  };
  const drop = (e: DragEvent<HTMLTableRowElement>, index: number): void => {
    e.preventDefault();
    if (onMove && dragged !== null && dragged !== index) onMove(dragged, index);
    setDragged(null);
    setOver(null);
  };

  return (
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
          return (
            <tr
              key={m.nominationId}
              id={rowId(m.nominationId)}
              {...(onOpen && !onMove ? { tabIndex: 0, onKeyDown: (e: KeyboardEvent<HTMLTableRowElement>) => onKeyDown(e, i) } : {})}
              {...(onMove
                ? {
                    tabIndex: 0,
                    draggable: true,
                    'aria-describedby': `${id}-keys`,
                    onKeyDown: (e: KeyboardEvent<HTMLTableRowElement>) => onKeyDown(e, i),
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
                  <button type="button" disabled={i === 0} aria-label={t('lists.moveUpNamed', { name })} onClick={() => onMove(i, i - 1)}>
                    {t('lists.moveUp')}
                  </button>
                  <button type="button" disabled={i === members.length - 1} aria-label={t('lists.moveDownNamed', { name })}
                    onClick={() => onMove(i, i + 1)}>
                    {t('lists.moveDown')}
                  </button>
                </td>
              )}
              {selection && (
                <td>
                  <input type="checkbox" aria-label={t('lists.selectNamed', { name })} checked={selection.selected.has(m.nominationId)}
                    onChange={(e) => selection.onSelect([m.nominationId], e.target.checked)} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
