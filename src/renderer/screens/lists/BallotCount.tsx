import type { ListMember } from '../../../service/contract';
import { useWords } from '../../i18n/messages';

/** How many of the list's standing candidates have their ballot data verified by a second entry (issue 13). */
export function BallotCount({ members }: { members: readonly ListMember[] }) {
  const { t, number } = useWords();
  const verified = members.filter((m) => m.ballot === 'verified').length;
  const differs = members.filter((m) => m.ballot === 'differs').length;
  return (
    <p className={`ballot-count${verified < members.length ? ' ballot-count-short' : ''}`}>
      {t('lists.ballotCount', { verified: number(verified), total: number(members.length) })}
      {differs > 0 && ` ${t('lists.ballotDiffers', { n: number(differs) })}`}
    </p>
  );
}
