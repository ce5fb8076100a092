import type { KeyboardEvent } from 'react';
import { DateField, SelectField, TextField } from '../../components/fields';
import { useWords } from '../../i18n/messages';
import { journalFacets } from '../../queries/journal';
import { NO_JOURNAL_FILTERS, type JournalFilterDraft } from './journal-filters';

interface Props {
  filters: JournalFilterDraft;
  onChange: (filters: JournalFilterDraft) => void;
}

/** The journal's filters: words of the subject, a candidate's IIN, who, what, and the days. Enter goes on to the next. */
export function JournalFilters({ filters, onChange }: Props) {
  const { t } = useWords();
  const facets = journalFacets.useQuery();
  const set = (field: keyof JournalFilterDraft) => (value: string) => onChange({ ...filters, [field]: value });
  const iin = filters.iin.trim();
  const iinHint = iin !== '' && !/^\d{12}$/.test(iin) ? t('journal.iinPartial') : t('journal.iinHint');

  const next = (e: KeyboardEvent<HTMLFormElement>): void => {
    if (e.key !== 'Enter' || !(e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement)) return;
    e.preventDefault();
    const controls = [...e.currentTarget.querySelectorAll<HTMLElement>('input, select, button')];
    controls[controls.indexOf(e.target) + 1]?.focus();
  };

  return (
    <form role="search" className="toolbar journal-filters" aria-label={t('journal.filters')} onSubmit={(e) => e.preventDefault()} onKeyDown={next}>
      <div className="toolbar-search">
        <TextField id="journal-query" label={t('journal.search')} value={filters.query} maxLength={200}
          hint={t('journal.searchHint')} onChange={set('query')} />
      </div>
      <TextField id="journal-iin" label={t('journal.iin')} value={filters.iin} inputMode="numeric" maxLength={12}
        hint={iinHint} onChange={set('iin')} />
      <SelectField id="journal-actor" label={t('journal.actor')} value={filters.actor} empty={t('journal.anyone')}
        choices={(facets.data?.actors ?? []).map((a) => ({ value: a, label: a }))} onChange={set('actor')} />
      <SelectField id="journal-action" label={t('journal.action')} value={filters.action} empty={t('journal.anyAction')}
        choices={(facets.data?.actions ?? []).map((a) => ({ value: a, label: t(`action.${a}`, { defaultValue: a }) }))}
        onChange={set('action')} />
      <DateField id="journal-from" label={t('journal.from')} value={filters.from} onChange={set('from')} />
      <DateField id="journal-to" label={t('journal.to')} value={filters.to} onChange={set('to')} />
      <div className="toolbar-actions">
        <button type="button" onClick={() => onChange(NO_JOURNAL_FILTERS)}>{t('journal.clear')}</button>
      </div>
    </form>
  );
}
