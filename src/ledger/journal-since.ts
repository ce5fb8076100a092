import type { Database } from 'better-sqlite3';
import { stmt } from './statements';

interface Image {
  person_id?: number;
}

/** Whose findings a run of journal rows may have changed: these persons', and those of these parties' nominees. */
export interface ChangedCandidates {
  persons: number[];
  parties: number[];
}

/**
 * What changed since a journal row, as far as the candidates' findings care: the persons whose records or
 * nominations changed and the parties whose records changed (a party's code and deposit status are read by the
 * rules of its nominees only), or null when something changed that may concern every candidate (a rule profile,
 * a region, a new district…) or when more changed than is worth following one by one.
 */
export function candidatesChangedSince(db: Database, seq: number, limit: number): ChangedCandidates | null {
  const rows = stmt(db, 'SELECT entity, entity_id, change FROM journal WHERE seq > ? ORDER BY seq LIMIT ?').all(seq, limit + 1) as {
    entity: string;
    entity_id: number | null;
    change: string;
  }[];
  if (rows.length > limit) return null;
  const persons = new Set<number>();
  const parties = new Set<number>();
  for (const r of rows) {
    if (r.entity === 'party' && r.entity_id !== null) {
      parties.add(r.entity_id);
      continue;
    }
    if (r.entity === 'person' && r.entity_id !== null) {
      persons.add(r.entity_id);
      continue;
    }
    if (r.entity === 'person_distinction') {
      const pair = (JSON.parse(r.change) as { after?: { person_id?: number; other_id?: number } }).after;
      if (pair?.person_id === undefined || pair.other_id === undefined) return null;
      persons.add(pair.person_id).add(pair.other_id);
      continue;
    }
    if (r.entity === 'person_distinction_change') {
      const pair = (JSON.parse(r.change) as { pair?: number[] }).pair;
      if (pair?.length !== 2) return null;
      for (const p of pair) persons.add(p);
      continue;
    }
    if (r.entity !== 'nomination' && r.entity !== 'decision' && r.entity !== 'party_list' && r.entity !== 'party_list_correction') return null;
    const change = JSON.parse(r.change) as { after?: Image; related?: { entity: string; after?: Image }[] };
    // The nominations a row changed: its own record, and those one step changed with it (a list's reorder).
    const nominations = [
      ...(r.entity === 'nomination' ? [change.after] : []),
      ...(change.related ?? []).filter((x) => x.entity === 'nomination').map((x) => x.after),
    ];
    for (const n of nominations) {
      if (n?.person_id === undefined) return null;
      persons.add(n.person_id);
    }
  }
  return { persons: [...persons], parties: [...parties] };
}
