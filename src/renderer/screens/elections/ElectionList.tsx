import { formatDate } from '../../../domain/dates';
import type { ElectionView } from '../../../service/contract';
import { useWords } from '../../i18n/messages';
import { formatMoment } from '../../lib/dates';
import { electionTitle } from '../../lib/election';

interface Props {
  elections: readonly ElectionView[];
  currentId: number | null;
  onOpen: (election: ElectionView) => void;
  /** Opens the voiding of an election created in error. */
  onVoid: (election: ElectionView) => void;
}

/** The elections on file, each with when it was created and what it holds, so that two copies can be told apart. */
export function ElectionList({ elections, currentId, onOpen, onVoid }: Props) {
  const { t, lang, number } = useWords();
  if (elections.length === 0) return <p>{t('picker.empty')}</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col" className="numeric">{t('picker.number')}</th>
          <th scope="col">{t('picker.name')}</th>
          <th scope="col">{t('picker.kind')}</th>
          <th scope="col">{t('picker.electionDay')}</th>
          <th scope="col">{t('picker.created')}</th>
          <th scope="col" className="numeric">{t('picker.regions')}</th>
          <th scope="col" className="numeric">{t('picker.districts')}</th>
          <th scope="col" className="numeric">{t('picker.parties')}</th>
          <th scope="col" className="numeric">{t('picker.nominations')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('picker.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {elections.map((e) => {
          const title = electionTitle(e, lang);
          return (
            <tr key={e.id} aria-current={e.id === currentId ? 'true' : undefined}>
              <td className="numeric">{e.id}</td>
              <th scope="row">{title}</th>
              <td>{t(`electionKind.${e.kind}`)}</td>
              <td>{formatDate(e.electionDay)}</td>
              <td>{formatMoment(e.createdAt)}</td>
              <td className="numeric">{number(e.counts.regions)}</td>
              <td className="numeric">{number(e.counts.districts)}</td>
              <td className="numeric">{number(e.counts.parties)}</td>
              <td className="numeric">{number(e.counts.nominations)}</td>
              <td className="row-actions">
                <button type="button" aria-label={t('picker.openNamed', { name: title })} onClick={() => onOpen(e)}>
                  {t('picker.open')}
                </button>
                <button type="button" aria-label={t('picker.voidNamed', { name: title, at: formatMoment(e.createdAt) })} onClick={() => onVoid(e)}>
                  {t('picker.void')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
