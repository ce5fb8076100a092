import { useEffect, useRef, useState } from 'react';
import { formatDate } from '../../../domain/dates';
import type { ElectionView } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FindingList } from '../../components/fields';
import { useWords } from '../../i18n/messages';
import { said, type Said } from '../../i18n/said';
import { localQuota } from './list-order';
import { ListDecisionDialog, type ListDecision } from './ListDecisionDialog';
import { MembersTable, rowId } from './MembersTable';
import { QuotaMeter } from './QuotaMeter';
import { useList, type ListOrder } from './useList';

interface Props {
  election: ElectionView;
  partyId: number;
  /** What just happened (a candidate added), said at the top. */
  notice: Said | null;
  onAdd: () => void;
  onBack: () => void;
  /** Opens the list's print view, in the order shown. */
  onPrint: (order: ListOrder) => void;
}

/** One party's list: its candidates in submitted order, reordered by keyboard or by dragging, its quota and its decision. */
export function ListEditor({ election, partyId, notice: initialNotice, onAdd, onBack, onPrint }: Props) {
  const { t, say } = useWords();
  const [order, setOrder] = useState<ListOrder>('submitted');
  const state = useList(election, partyId, order);
  const [deciding, setDeciding] = useState<ListDecision | null>(null);
  const [notice, setNotice] = useState(initialNotice);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfterMove = useRef<number | null>(null);
  const { list } = state;

  useEffect(() => heading.current?.focus(), []);
  // Focus follows the moved candidate, so Alt+↓ pressed again moves the same one on.
  useEffect(() => {
    if (focusAfterMove.current === null) return;
    document.getElementById(rowId(focusAfterMove.current))?.focus();
    focusAfterMove.current = null;
  });

  if (!list)
    return state.error ? (
      <section className="screen">
        <ErrorNotice error={state.error} onRetry={state.reload} />
        <button type="button" onClick={onBack}>{t('lists.back')}</button>
      </section>
    ) : (
      <p role="status">{t('common.loading')}</p>
    );

  const party = list.shortName;
  // The meter follows the list as shown; once the service has answered, its figures are the list's.
  const quota = state.pending ? localQuota(list.members, election) : list.quota;
  const editable = order === 'submitted' && list.status === 'submitted';
  const move = (from: number, to: number): void => {
    const moved = list.members[from];
    if (moved) focusAfterMove.current = moved.nominationId;
    state.move(from, to);
  };

  return (
    <section className="screen list-editor" aria-labelledby="list-title">
      <div className="screen-head">
        <h1 id="list-title" tabIndex={-1} ref={heading}>
          {t('lists.editorTitle', { party })}
        </h1>
        <button type="button" onClick={onBack}>{t('lists.back')}</button>
      </div>
      {notice && <p className="notice notice-ok" role="status">{say(notice)}</p>}
      <p className={`status-line status-${list.status}`}>
        {t('lists.statusLine', { status: t(`lists.status.${list.status}`) })}
        {list.resolutionNumber && list.resolutionDate
          ? ` ${t('lists.resolution', { number: list.resolutionNumber, date: formatDate(list.resolutionDate) })}`
          : ''}
      </p>
      <div className="actions">
        <button type="button" onClick={() => onPrint(order)}>{t('lists.print')}</button>
        {list.status === 'submitted' && (
          <button type="button" className="primary" onClick={onAdd}>{t('lists.add')}</button>
        )}
        {list.status === 'submitted' && (
          <>
            <button type="button" onClick={() => setDeciding('registered')}>{t('lists.decide.action.registered')}</button>
            <button type="button" onClick={() => setDeciding('refused')}>{t('lists.decide.action.refused')}</button>
          </>
        )}
      </div>
      <div className="list-layout">
        <div className="list-main">
          <div className="checkbox">
            <input type="checkbox" id="list-alphabetical" checked={order === 'alphabetical'}
              onChange={(e) => setOrder(e.target.checked ? 'alphabetical' : 'submitted')} />
            <label htmlFor="list-alphabetical">{t('lists.alphabetical')}</label>
          </div>
          {order === 'alphabetical' && <p className="section-hint">{t('lists.alphabeticalHint')}</p>}
          {editable && <p id="list-members-keys" className="keys-hint">{t('lists.keys')}</p>}
          <p className="visually-hidden" aria-live="polite" role="status">{say(state.announcement)}</p>
          {list.members.length === 0 ? (
            <p className="section-hint">{t('lists.empty')}</p>
          ) : (
            <MembersTable id="list-members" caption={t('lists.membersCaption', { party })} members={list.members}
              {...(editable ? { onMove: move } : {})} />
          )}
          {list.departed.length > 0 && (
            <>
              <h2 id="departed-title">{t('lists.departed')}</h2>
              <MembersTable id="list-departed" caption={t('lists.departedCaption')} members={list.departed} />
            </>
          )}
        </div>
        <aside className="list-aside" aria-label={t('lists.asideLabel')}>
          <QuotaMeter quota={quota} maxLength={list.maxLength} />
          {list.findings.length > 0 && (
            <section className="panel" aria-labelledby="list-findings-title">
              <h2 id="list-findings-title">{t('lists.findings')}</h2>
              <FindingList findings={list.findings} />
            </section>
          )}
        </aside>
      </div>
      {deciding && (
        <ListDecisionDialog
          list={list}
          decision={deciding}
          onClose={() => setDeciding(null)}
          onDone={(resolution) => {
            setDeciding(null);
            setNotice(said('decide.done', { decision: said(`lists.status.${deciding}`), number: resolution.number, date: resolution.date }));
          }}
        />
      )}
    </section>
  );
}
