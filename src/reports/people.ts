import type { ReportContext } from './context';
import { stmt } from '../ledger/statements';

/**
 * The election's parties by code and by id, each by its short name in the reader's language (Ак жол, Ақ жол), or the
 * Latin one where none is given: for the party membership and the nominator columns and the sheets' names.
 */
export function partyNames(rc: ReportContext): { byCode: Map<string, string>; byId: Map<number, string> } {
  const rows = stmt(rc.db, 'SELECT id, code, short_name, short_kk, short_ru, short_en FROM party WHERE election_id = ?').all(rc.election.id) as {
    id: number;
    code: string;
    short_name: string;
    short_kk: string;
    short_ru: string;
    short_en: string;
  }[];
  const short = (r: (typeof rows)[number]): string => ({ kk: r.short_kk, ru: r.short_ru, en: r.short_en })[rc.lang] || r.short_name;
  return { byCode: new Map(rows.map((r) => [r.code, short(r)])), byId: new Map(rows.map((r) => [r.id, short(r)])) };
}

/** Party membership as a reader reads it: the party's short name for a code of the election, else as typed. */
export function membership(rc: ReportContext, byCode: Map<string, string>, value: string): string {
  if (value === '') return rc.label('report.nonParty');
  return byCode.get(value) ?? value;
}
