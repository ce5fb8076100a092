import type { ImportListView } from '../../../domain/import-records';
import { FindingList } from '../../components/fields';
import { useWords } from '../../i18n/messages';

/** Each party list the file adds to, as it would stand after the import: its length, its quota, its findings. */
export function ImportLists({ lists }: { lists: readonly ImportListView[] }) {
  const { t, lang } = useWords();
  if (lists.length === 0) return null;
  return (
    <section className="panel import-lists" aria-labelledby="import-lists-title">
      <h2 id="import-lists-title">{t('importScreen.lists.title')}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('importScreen.lists.party')}</th>
            <th scope="col">{t('importScreen.lists.length')}</th>
            <th scope="col">{t('importScreen.lists.quota')}</th>
            <th scope="col">{t('importScreen.lists.findings')}</th>
          </tr>
        </thead>
        <tbody>
          {lists.map((l) => (
            <tr key={l.partyId}>
              <th scope="row">{l.short[lang]}</th>
              <td>
                {t('importScreen.lists.lengthValue', { before: l.lengthBefore, added: l.added, after: l.lengthBefore + l.added, max: l.maxLength })}
              </td>
              <td>
                {t('importScreen.lists.quotaValue', { persons: l.quota.count, required: l.quota.required })}{' '}
                {l.quota.compliant ? t('importScreen.lists.compliant') : t('importScreen.lists.missing', { n: l.quota.missing })}
              </td>
              <td>{l.findings.length > 0 ? <FindingList findings={l.findings} /> : t('importScreen.lists.noFindings')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
