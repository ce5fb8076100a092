import { useEffect, useRef, useState } from 'react';
import { formatDate } from '../../../domain/dates';
import type { ElectionView } from '../../../service/contract';
import { CorrectionDialog } from '../../components/CorrectionDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FindingList } from '../../components/fields';
import { useWords } from '../../i18n/messages';
import { formatMoment } from '../../lib/dates';
import { serviceError } from '../../queries/client';
import { listCorrectDecision } from '../../queries/lists';
import { said, type Said } from '../../i18n/said';
import { localQuota } from './list-order';
import { BulkDocuments } from './BulkDocuments';
import { ListDecisionDialog, type ListDecision } from './ListDecisionDialog';
import { MembersTable, rowId } from './MembersTable';
import { BallotCount } from './BallotCount';
import { QuotaMeter } from './QuotaMeter';
import { useList, type ListOrder } from './useList';
import { useCan } from '../../lib/user';

interface Props {
  election: ElectionView;
  partyId: number;
  /** What just happened (a candidate added), said at the top. */
  notice: Said | null;
  onAdd: () => void;
  /** Opens a candidate of the list in the candidate form. */
  onOpenCandidate: (nominationId: number) => void;
  onBack: () => void;
  /** Opens the list's print view, in the order shown. */
  onPrint: (order: ListOrder) => void;
}

/** One party's list: its candidates in submitted order, reordered by keyboard or by dragging, its quota and its decision. */
export function ListEditor({ election, partyId, notice: initialNotice, onAdd, onOpenCandidate, onBack, onPrint }: Props) {
  const { t, lang, say } = useWords();
  const can = useCan();
  const [order, setOrder] = useState<ListOrder>('submitted');
  const state = useList(election, partyId, order);
  const [deciding, setDeciding] = useState<ListDecision | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const correct = listCorrectDecision.useMutation(election.id);
  const [notice, setNotice] = useState(initialNotice);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const select = (ids: readonly number[], on: boolean): void =>
    setSelected((s) => {
      const next = new Set(s);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
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

  const party = list.short[lang];
  // The meter follows the list as shown; once the service has answered, its figures are the list's.
  const quota = state.pending ? localQuota(list.members, election) : list.quota;
  // The order is the clerk's to enter, as the party submitted it.
  const editable = order === 'submitted' && list.status === 'submitted' && can('clerk');
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
      {list.corrections.length > 0 && (
        <ul className="change-list" aria-label={t('lists.corrections')}>
          {list.corrections.map((c) => (
            <li key={c.id}>
              {t('history.correction', {
                fromNumber: c.from.resolutionNumber,
                fromDate: formatDate(c.from.resolutionDate),
                toNumber: c.to.resolutionNumber,
                toDate: formatDate(c.to.resolutionDate),
                actor: c.actor,
                at: formatMoment(c.at),
                reason: c.reason,
              })}
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" onClick={() => onPrint(order)}>{t('lists.print')}</button>
        {(list.status === 'submitted' || list.status === 'empty') && can('clerk') && (
          <button type="button" className="primary" onClick={onAdd}>{t('lists.add')}</button>
        )}
        {list.status === 'submitted' && (
          <>
            <button type="button" onClick={() => setDeciding('registered')}>{t('lists.decide.action.registered')}</button>
            <button type="button" onClick={() => setDeciding('refused')}>{t('lists.decide.action.refused')}</button>
          </>
        )}
        {list.status !== 'submitted' && list.resolutionNumber && (
          <button type="button" onClick={() => setCorrecting(true)}>{t('lists.correct')}</button>
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
              onOpen={onOpenCandidate} {...(editable ? { onMove: move } : {})}
              {...(list.status === 'submitted' && can('clerk') ? { selection: { selected, onSelect: select } } : {})} />
          )}
          {/* Beside the table whose rows it marks, so the quota beside them stays in view as the list scrolls. */}
          {list.status === 'submitted' && list.members.length > 0 && can('clerk') && (
            <BulkDocuments election={election} list={list} selected={selected} onMarked={setNotice} />
          )}
          {list.departed.length > 0 && (
            <>
              <h2 id="departed-title">{t('lists.departed')}</h2>
              <MembersTable id="list-departed" caption={t('lists.departedCaption')} members={list.departed} onOpen={onOpenCandidate} />
            </>
          )}
        </div>
        <aside className="list-aside" aria-label={t('lists.asideLabel')}>
          <QuotaMeter quota={quota} maxLength={list.maxLength} />
          <BallotCount members={list.members} />
          {list.findings.length > 0 && (
            <section className="panel" aria-labelledby="list-findings-title">
              <h2 id="list-findings-title">{t('lists.findings')}</h2>
              <FindingList findings={list.findings} />
            </section>
          )}
        </aside>
      </div>
      {correcting && list.resolutionNumber && list.resolutionDate && (
        <CorrectionDialog
          id="lc"
          title={t('correct.listTitle')}
          subject={t('correct.listSubject', { party, status: t(`lists.status.${list.status}`) })}
          current={{ resolutionNumber: list.resolutionNumber, resolutionDate: list.resolutionDate }}
          busy={correct.isPending}
          refusal={serviceError(correct.error)}
          onClose={() => {
            correct.reset();
            setCorrecting(false);
          }}
          onConfirm={(c) =>
            correct.mutate(
              { electionId: election.id, partyId, version: list.version, ...c },
              {
                onSuccess: () => {
                  setCorrecting(false);
                  setNotice(said('correct.done', { number: c.resolutionNumber, date: formatDate(c.resolutionDate) }));
                },
              },
            )
          }
        />
      )}
      {deciding && (
        <ListDecisionDialog
          list={list}
          decision={deciding}
          onClose={() => setDeciding(null)}
          onOpenCandidate={onOpenCandidate}
          onDone={(resolution) => {
            setDeciding(null);
            setNotice(said('decide.done', { decision: said(`lists.status.${deciding}`), number: resolution.number, date: resolution.date }));
          }}
        />
      )}
    </section>
  );
}
