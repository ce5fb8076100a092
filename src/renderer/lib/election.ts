import type { Lang } from '../../domain/types';
import type { ElectionView } from '../../service/contract';

/** The election as the header and the picker name it: the preset's title, and the council for a maslikhat. */
export function electionTitle(election: Pick<ElectionView, 'name' | 'councilName'>, lang: Lang): string {
  const name = election.name[lang];
  return election.councilName ? `${name} — ${election.councilName}` : name;
}
