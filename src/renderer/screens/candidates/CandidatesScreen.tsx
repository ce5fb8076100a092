import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { BALLOT_STATES } from '../../../domain/ballot';
import type { CandidateRow, ElectionView } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextField } from '../../components/fields';
import { useWords } from '../../i18n/messages';
import { districtChoices, enumChoices, partyChoices } from '../../lib/choices';
import { useSettling } from '../../lib/useDebounced';
import { candidatePages } from '../../queries/candidates';
import type { ElectionData } from '../../queries/elections';
import { CandidatesGrid, type GridHandle } from './CandidatesGrid';
import type { ActiveRow, CandidateFilters, CandidateFlag, CandidateSort } from './filters';
import { useCan } from '../../lib/user';

interface Props {
  election: ElectionView;
  data: ElectionData;
  filters: CandidateFilters;
  onFilters: (f: CandidateFilters) => void;
  active: ActiveRow;
  onActive: (active: ActiveRow) => void;
  onOpen: (row: CandidateRow) => void;
  onNew: () => void;
  /** Opens the print view of a district's candidates (offered when the table is filtered to one district). */
  onPrintDistrict?: (districtId: number) => void;
}

export function CandidatesScreen({ election, data, filters, onFilters, active, onActive, onOpen, onNew, onPrintDistrict }: Props) {
  const can = useCan();
  const words = useWords();
  const { t, fieldLabel, number } = words;
  const [search, settleSearch] = useSettling(filters.search, 200);
  const { kind, partyId, districtId, status, flag, ballot, sort } = filters;
  const query = useMemo(
    () => ({ search, kind, partyId, districtId, status, flag, ballot, sort }),
    [search, kind, partyId, districtId, status, flag, ballot, sort],
  );
  const pages = candidatePages.usePages(election.id, query);
  const total = pages.first?.total ?? null;
  const choices = enumChoices(words);

  useEffect(() => {
    document.getElementById('cand-search')?.focus();
  }, []);

  // A new query starts at its first row; coming back to the same query keeps the row the clerk was on.
  const queryKey = JSON.stringify(query);
  const activeIndex = active.query === queryKey ? active.index : 0;
  const setActiveIndex = useCallback((index: number) => onActive({ query: queryKey, index }), [onActive, queryKey]);

  const set = <K extends keyof CandidateFilters>(field: K) => (value: string) =>
    onFilters({ ...filters, [field]: value as CandidateFilters[K] });

  // ↓ in the search box goes to the first row of what was typed, not to the row last worked on: the clerk has just
  // searched and expects the best match. Typed but not yet asked (the pause before a search), it is asked at once
  // and the first row of its answer takes the focus.
  const grid = useRef<GridHandle>(null);
  const firstRowOf = useRef<string | null>(null);
  useEffect(() => {
    if (firstRowOf.current !== queryKey || !grid.current) return;
    firstRowOf.current = null;
    grid.current.focusRow(0);
  });
  const toRows = (e: KeyboardEvent<HTMLFormElement>): void => {
    if (e.key !== 'ArrowDown' || !(e.target instanceof HTMLInputElement)) return;
    if (filters.search !== search) {
      e.preventDefault();
      firstRowOf.current = JSON.stringify({ ...query, search: filters.search });
      settleSearch();
    } else if (grid.current) {
      e.preventDefault();
      grid.current.focusRow(0);
    }
  };

  const sorts: { value: CandidateSort; label: string }[] = [
    { value: 'name', label: t('table.sortName') },
    { value: 'received', label: t('table.sortReceived') },
    { value: 'list-position', label: t('table.sortListPosition') },
  ];

  const flags: { value: CandidateFlag; label: string }[] = [
    { value: 'errors', label: t('table.flagErrors') },
    { value: 'warnings', label: t('table.flagWarnings') },
  ];

  return (
    <section className="screen candidates-screen" aria-labelledby="cand-title">
      <div className="screen-head">
        <h1 id="cand-title">{t('table.title')}</h1>
        {can('clerk') && (
          <button type="button" className="primary" onClick={onNew}>
            {t('table.newCandidate')}
          </button>
        )}
      </div>
      <form role="search" className="toolbar" aria-label={t('table.filters')} onSubmit={(e) => e.preventDefault()} onKeyDown={toRows}>
        <div className="toolbar-search">
          <TextField
            id="cand-search"
            label={t('table.search')}
            value={filters.search}
            onChange={set('search')}
            hint={t('table.searchHint')}
            maxLength={200}
          />
        </div>
        <SelectField id="cand-kind" label={fieldLabel('kind')} value={kind} empty={t('table.all')}
          choices={choices.kinds} onChange={set('kind')} />
        <SelectField id="cand-party" label={fieldLabel('partyId')} value={partyId} empty={t('table.all')}
          choices={partyChoices(data.parties, words, 'id')} onChange={set('partyId')} />
        <SelectField id="cand-district" label={fieldLabel('districtId')} value={districtId} empty={t('table.all')}
          choices={districtChoices(data.districts, words)} onChange={set('districtId')} />
        <SelectField id="cand-status" label={t('table.status')} value={status} empty={t('table.all')}
          choices={[...choices.statuses, { value: 'voided', label: t('table.statusVoided') }]} onChange={set('status')} />
        <SelectField id="cand-flag" label={t('table.flag')} value={flag} empty={t('table.flagAll')}
          choices={flags} onChange={set('flag')} />
        <SelectField id="cand-ballot" label={t('table.ballot')} value={ballot} empty={t('table.all')}
          choices={BALLOT_STATES.map((value) => ({ value, label: t(`table.ballotState.${value}`) }))} onChange={set('ballot')} />
        <SelectField id="cand-sort" label={t('table.sort')} value={sort} choices={sorts} onChange={set('sort')} />
      </form>
      <p id="cand-total" className="total" role="status" aria-live="polite" aria-busy={!pages.settled}>
        {total === null ? t('common.loading') : t('table.total', { total: number(total) })}
      </p>
      {onPrintDistrict && districtId !== '' && (
        <div className="actions">
          <button type="button" onClick={() => onPrintDistrict(Number(districtId))}>{t('reportScreen.printDistrict')}</button>
        </div>
      )}
      <p id="cand-keys" className="keys-hint">{t('table.keys')}</p>
      {pages.error && <ErrorNotice error={pages.error} onRetry={pages.reload} />}
      {pages.settled && total === 0 && <p className="empty">{t('table.empty')}</p>}
      {total !== null && total > 0 && (
        <CandidatesGrid
          ref={grid}
          key={queryKey}
          total={total}
          rowAt={pages.rowAt}
          need={pages.need}
          active={activeIndex}
          onActive={setActiveIndex}
          onOpen={onOpen}
          labelledBy="cand-title"
          describedBy="cand-total cand-keys"
        />
      )}
    </section>
  );
}
