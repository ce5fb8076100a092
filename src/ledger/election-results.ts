import type { Database } from 'better-sqlite3';
import { recordChange, type Actor } from './record';
import { stmt } from './statements';

/** What the seat count needs of an election: its list mandates and the "against all" votes (null until entered). */
export function electionTally(db: Database, electionId: number): { listMandates: number; againstAll: number | null } | undefined {
  const row = stmt(db, 'SELECT list_mandates, against_all FROM election WHERE id = ?').get(electionId) as
    | { list_mandates: number; against_all: number | null }
    | undefined;
  return row && { listMandates: row.list_mandates, againstAll: row.against_all };
}

export function storeAgainstAll(db: Database, who: Actor, electionId: number, votes: number): void {
  const { changes } = stmt(db, 'UPDATE election SET against_all = ? WHERE id = ? AND against_all IS NOT ?').run(votes, electionId, votes);
  if (changes === 0) return;
  const e = stmt(db, 'SELECT council_name, name_kk, name_ru, name_en FROM election WHERE id = ?').get(electionId) as {
    council_name: string | null;
    name_kk: string;
    name_ru: string;
    name_en: string;
  };
  recordChange(db, who, 'election.results', 'election', electionId, e.council_name ?? { kk: e.name_kk, ru: e.name_ru, en: e.name_en });
}
