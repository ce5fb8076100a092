import { quotaFigures, type QuotaFigures } from '../../../domain/quota';
import type { ElectionView, ListMember } from '../../../service/contract';

/** The list with the member at `from` moved to `to` (both 0-based); the same list when the move goes nowhere. */
export function moveMember<T>(members: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= members.length || to >= members.length) return [...members];
  const next = [...members];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

/** A number typed for "move to number N": a whole number from 1 to the list's length, or null. */
export function readPosition(typed: string, length: number): number | null {
  const text = typed.trim();
  if (!/^\d{1,5}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= length ? n : null;
}

/** The members renumbered 1, 2, 3… in the order shown. */
export function renumber(members: readonly ListMember[]): ListMember[] {
  return members.map((m, i) => (m.position === i + 1 ? m : { ...m, position: i + 1 }));
}

/** The quota of the members as shown, computed here so the meter follows every edit before the service answers. */
export function localQuota(
  members: readonly Pick<ListMember, 'personId' | 'sex' | 'birthDate' | 'disability'>[],
  election: Pick<ElectionView, 'profile' | 'electionDay'>,
): QuotaFigures {
  return quotaFigures(
    members.map((m) => ({ personId: m.personId, sex: m.sex, birthDate: m.birthDate, disability: m.disability })),
    election.profile,
    election.electionDay,
  );
}

/** Whether a member counts towards the quota: a woman, under the youth age, or with a disability certificate. */
export function isQuotaPerson(m: Pick<ListMember, 'sex' | 'youth' | 'disability'>): boolean {
  return m.sex === 'female' || m.youth || m.disability;
}

/** A share as a whole percent for the meter: 2 of 9 → 22 %. Rounded down so a share just short of 30 % never reads 30. */
export function percent(share: number): number {
  return Math.floor(Math.round(share * 1e6) / 1e4);
}
