import type { Database } from 'better-sqlite3';
import type { VerifyReport } from '../domain/records';
import { canonicalJson } from './canonical';
import { columnDefaults, UNKNOWN_DEFAULT } from './column-defaults';
import { entryHash, GENESIS_HASH, type JournalRow } from './journal';
import { ENTITIES } from './record';
import { verifyMigrations, verifySearchIndex } from './verify-extras';

/**
 * Proves the ledger unaltered: the journal's sequence has no gaps, each row links to the one before and its hash
 * is recomputed from its content, and every stored record equals the image its last journal row keeps (so an edit
 * made behind the service's back, even with the journal left intact, is found); the names' search index holds
 * every person's name and the applied migrations are this version's list. Then SQLite's integrity check.
 */
export function verifyLedger(db: Database): VerifyReport {
  const integrity = (db.pragma('integrity_check', { simple: true }) as string) || 'ok';
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  const lastImage = new Map<string, string>();
  // The journal row that holds each record's last image: the row a difference is reported at.
  const lastSeq = new Map<string, number>();
  const report = (firstBad: VerifyReport['firstBad']): VerifyReport => ({
    ok: firstBad === null && integrity === 'ok',
    entries: expectedSeq - 1,
    headHash: prevHash,
    integrity,
    firstBad: firstBad ?? (integrity === 'ok' ? null : { seq: null, problem: 'integrity' }),
  });

  for (const row of db.prepare('SELECT * FROM journal ORDER BY seq').iterate() as IterableIterator<JournalRow>) {
    if (row.seq !== expectedSeq) return report({ seq: row.seq, problem: 'sequence' });
    if (row.prev_hash !== prevHash) return report({ seq: row.seq, problem: 'link' });
    if (entryHash(prevHash, row, row.change) !== row.hash) return report({ seq: row.seq, problem: 'hash' });
    let change: unknown;
    try {
      change = JSON.parse(row.change);
    } catch {
      return report({ seq: row.seq, problem: 'hash' });
    }
    const { after, related } = (change ?? {}) as { after?: unknown; related?: unknown };
    const keep = (key: string, image: unknown): void => {
      lastImage.set(key, canonicalJson(image));
      lastSeq.set(key, row.seq);
    };
    if (after !== undefined && row.entity_id !== null) keep(`${row.entity}:${row.entity_id}`, after);
    // The other rows the same step changed (a reorder's candidates, a list correction's decisions) have their images here.
    if (Array.isArray(related))
      for (const r of related as { entity?: unknown; id?: unknown; after?: unknown }[])
        if (typeof r.entity === 'string' && typeof r.id === 'number' && r.after !== undefined) keep(`${r.entity}:${r.id}`, r.after);
    prevHash = row.hash;
    expectedSeq++;
  }

  for (const entity of ENTITIES) {
    const defaults = columnDefaults(db, entity);
    for (const live of db.prepare(`SELECT * FROM ${entity} ORDER BY id`).iterate() as IterableIterator<{ id: number }>) {
      const key = `${entity}:${live.id}`;
      const image = lastImage.get(key);
      if (image === undefined || !sameRecord(image, live, defaults)) {
        return report({ seq: lastSeq.get(key) ?? null, problem: 'state', entity, entityId: live.id });
      }
      lastImage.delete(key);
    }
  }
  // An image left over is a record the journal says exists and the tables have lost.
  for (const key of lastImage.keys()) {
    const [entity = '', id = '0'] = key.split(':');
    return report({ seq: lastSeq.get(key) ?? null, problem: 'state', entity, entityId: Number(id) });
  }
  return report(verifySearchIndex(db) ?? verifyMigrations(db));
}

/**
 * Whether a live row is what its journal image says. A row journaled before a migration added columns has an image
 * without them: the columns must then hold their declared defaults, which is what the migration gave the row.
 */
function sameRecord(image: string, live: object, defaults: ReadonlyMap<string, unknown>): boolean {
  const liveText = canonicalJson(live);
  if (image === liveText) return true;
  const old = JSON.parse(image) as Record<string, unknown>;
  let filled = false;
  for (const [column, value] of defaults) {
    if (Object.hasOwn(old, column)) continue;
    if (value === UNKNOWN_DEFAULT) return false;
    old[column] = value;
    filled = true;
  }
  return filled && canonicalJson(old) === liveText;
}
