import type { Database } from 'better-sqlite3';
import { REFERENCE } from '../../domain/reference';
import { recordChange, type Actor } from '../record';

// Each party's short name as a reader of each language expects it (Ак жол in Russian, Ақ жол in Kazakh, Aq Jol in
// English), shown in tables, prints and reports instead of the Latin short name (issue 11). An empty short name reads
// as the Latin one; the parties of the reference data get theirs, each change journaled.

export const partyShortNames = `
ALTER TABLE party ADD COLUMN short_kk TEXT NOT NULL DEFAULT '';
ALTER TABLE party ADD COLUMN short_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE party ADD COLUMN short_en TEXT NOT NULL DEFAULT '';
`;

export function fillPartyShortNames(db: Database, who: Actor): void {
  const parties = db.prepare('SELECT id, code, short_name FROM party ORDER BY id').all() as { id: number; code: string; short_name: string }[];
  const set = db.prepare('UPDATE party SET short_kk = ?, short_ru = ?, short_en = ? WHERE id = ?');
  for (const p of parties) {
    const known = REFERENCE.parties.find((r) => r.code === p.code);
    if (!known) continue;
    set.run(known.short.kk, known.short.ru, known.short.en, p.id);
    recordChange(db, who, 'party.update', 'party', p.id, p.short_name, { migration: 5 });
  }
}
