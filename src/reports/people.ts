import type { ReportContext } from './context';
import { stmt } from '../ledger/statements';

/** The election's parties by code and by id, for the party membership and the nominator columns. */
export function partyNames(rc: ReportContext): { byCode: Map<string, string>; byId: Map<number, string> } {
  const rows = stmt(rc.db, 'SELECT id, code, short_name FROM party WHERE election_id = ?').all(rc.election.id) as {
    id: number;
    code: string;
    short_name: string;
  }[];
  return { byCode: new Map(rows.map((r) => [r.code, r.short_name])), byId: new Map(rows.map((r) => [r.id, r.short_name])) };
}

/** Party membership as a reader reads it: the party's short name for a code of the election, else as typed. */
export function membership(rc: ReportContext, byCode: Map<string, string>, value: string): string {
  if (value === '') return rc.label('report.nonParty');
  return byCode.get(value) ?? value;
}
