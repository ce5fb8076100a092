import type { Database } from 'better-sqlite3';
import { defaultCommissionLevel, standardCommissionName } from '../../domain/commission';
import type { ElectionKind, Localized } from '../../domain/types';
import { recordChange, type Actor } from '../record';

// Whose documents an election's prints and reports are (issue 11): the commission becomes a setting of the election,
// its level and its name in each language. An election already in the ledger gets the commission its prints named
// until now (the Central Election Commission for the Mazhilis, the territorial commission of the region for a
// maslikhat), each change journaled; the clerk corrects it in the settings where the desk is a district commission's.

export const commission = `
ALTER TABLE election ADD COLUMN commission_level TEXT NOT NULL DEFAULT 'central'
  CHECK (commission_level IN ('central', 'territorial', 'district'));
ALTER TABLE election ADD COLUMN commission_kk TEXT NOT NULL DEFAULT '';
ALTER TABLE election ADD COLUMN commission_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE election ADD COLUMN commission_en TEXT NOT NULL DEFAULT '';
`;

export function nameCommissions(db: Database, who: Actor): void {
  const elections = db
    .prepare(
      `SELECT e.id, e.kind, e.council_name, e.name_kk, e.name_ru, e.name_en, r.name_kk AS region_kk, r.name_ru AS region_ru, r.name_en AS region_en
       FROM election e LEFT JOIN region r ON r.election_id = e.id AND r.code = e.region_code ORDER BY e.id`,
    )
    .all() as {
    id: number;
    kind: ElectionKind;
    council_name: string | null;
    name_kk: string;
    name_ru: string;
    name_en: string;
    region_kk: string | null;
    region_ru: string | null;
    region_en: string | null;
  }[];
  const set = db.prepare('UPDATE election SET commission_level = ?, commission_kk = ?, commission_ru = ?, commission_en = ? WHERE id = ?');
  for (const e of elections) {
    const level = defaultCommissionLevel(e.kind);
    const region: Localized | null = e.region_ru === null ? null : { kk: e.region_kk ?? '', ru: e.region_ru, en: e.region_en ?? '' };
    // A maslikhat election without its region cannot name a territorial commission: the level alone, the name left
    // for the clerk (the prints fall back to the election's own name meanwhile).
    const name = standardCommissionName(level, { region }) ?? { kk: '', ru: '', en: '' };
    set.run(level, name.kk, name.ru, name.en, e.id);
    recordChange(db, who, 'election.commission', 'election', e.id, e.council_name ?? { kk: e.name_kk, ru: e.name_ru, en: e.name_en }, {
      migration: 7,
    });
  }
}
