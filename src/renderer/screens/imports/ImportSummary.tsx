import { columnLabel } from '../../../domain/import-columns';
import type { ImportCounts, ImportPreview } from '../../../domain/import-records';
import { SelectField } from '../../components/fields';
import { useWords } from '../../i18n/messages';

/** Ignored columns named one by one; beyond, a count (a sheet may be 16,384 columns wide). */
const IGNORED_NAMED = 10;

/** Hidden rows named one by one before "…". */
const HIDDEN_ROWS_NAMED = 20;

const COUNTS: (keyof ImportCounts)[] = ['rows', 'new', 'existingPerson', 'alreadyNominated', 'duplicate', 'invalid', 'withErrors', 'withWarnings'];

/** What the desk made of the file: where it read, which columns it took and left, and the rows by what they would do. */
export function ImportSummary({ preview, onSheet }: { preview: ImportPreview; onSheet: (sheet: string) => void }) {
  const { t, lang, number } = useWords();
  const hiddenRows = preview.hiddenRows.slice(0, HIDDEN_ROWS_NAMED).join(', ') + (preview.hiddenRows.length > HIDDEN_ROWS_NAMED ? ', …' : '');
  return (
    <section className="panel import-summary" aria-labelledby="import-summary-title">
      <h2 id="import-summary-title">{t('importScreen.summary.title')}</h2>
      {preview.sheets.length > 1 && (
        <SelectField
          id="import-sheet"
          label={t('importScreen.summary.chooseSheet')}
          hint={t('importScreen.summary.chooseSheetHint', { count: preview.sheets.length })}
          value={preview.sheet}
          choices={preview.sheets.map((s) => ({ value: s, label: s }))}
          onChange={onSheet}
        />
      )}
      {preview.hiddenSheets.length > 0 && (
        <p className="notice notice-warning">
          {t('importScreen.summary.hiddenSheets', { count: preview.hiddenSheets.length, sheets: preview.hiddenSheets.map((s) => `«${s}»`).join(', ') })}
        </p>
      )}
      {preview.hiddenRows.length > 0 && (
        <p className="notice notice-warning">{t('importScreen.summary.hiddenRows', { count: preview.hiddenRows.length, rows: hiddenRows })}</p>
      )}
      <dl className="import-facts">
        <dt>{t('importScreen.summary.file')}</dt>
        <dd>{preview.file}</dd>
        <dt>{t('importScreen.summary.sheet')}</dt>
        <dd>{preview.sheet}</dd>
        <dt>{t('importScreen.summary.headerRow')}</dt>
        <dd>{preview.headerRow}</dd>
        <dt>{t('importScreen.summary.columns')}</dt>
        <dd>
          {preview.columns.length === 0
            ? '—'
            : preview.columns.map((c) => t('importScreen.summary.column', { letter: c.letter, label: columnLabel(lang, c.column) })).join(', ')}
        </dd>
        <dt>{t('importScreen.summary.ignored')}</dt>
        <dd>
          {preview.ignored.length === 0
            ? t('importScreen.summary.noneIgnored')
            : [
                ...preview.ignored
                  .slice(0, IGNORED_NAMED)
                  .map((c) => t(`importScreen.summary.ignoredColumn.${c.reason}`, { letter: c.letter, text: c.text })),
                ...(preview.ignored.length > IGNORED_NAMED
                  ? [t('importScreen.summary.ignoredMore', { count: preview.ignored.length - IGNORED_NAMED })]
                  : []),
              ].join(', ')}
        </dd>
      </dl>
      <table className="data-table import-counts">
        <caption>{t('importScreen.summary.countsCaption')}</caption>
        <tbody>
          {COUNTS.map((c) => (
            <tr key={c} className={`import-count-${c}`}>
              <th scope="row">{t(`importScreen.counts.${c}`)}</th>
              <td className="numeric">{number(preview.counts[c])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
