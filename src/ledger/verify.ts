import type { Database } from 'better-sqlite3';
import type { JournalEntryView, Page, VerifyReport } from '../domain/records';
import { canonicalJson } from './canonical';
import { entryHash, GENESIS_HASH, type JournalRow } from './journal';
import { ENTITIES } from './record';
import { stmt } from './statements';

export function listJournal(
  db: Database,
  f: { entity?: string; entityId?: number },
  offset: number,
  limit: number,
): Page<JournalEntryView> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (f.entity) {
    conditions.push('entity = ?');
    params.push(f.entity);
  }
  if (f.entityId) {
    conditions.push('entity_id = ?');
    params.push(f.entityId);
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const total = (stmt(db, `SELECT count(*) AS n FROM journal ${where}`).get(...params) as { n: number }).n;
  const rows = stmt(db, `SELECT * FROM journal ${where} ORDER BY seq DESC LIMIT ? OFFSET ?`).all(
    ...params,
    limit,
    offset,
  ) as JournalRow[];
  return {
    rows: rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      actor: r.actor,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      ...changeOf(r.change),
      prevHash: r.prev_hash,
      hash: r.hash,
    })),
    total,
    offset,
  };
}

function changeOf(text: string): { change: unknown; subject: JournalEntryView['subject'] } {
  const change = JSON.parse(text) as { subject?: JournalEntryView['subject'] } | null;
  return { change, subject: change?.subject ?? null };
}

/**
 * Proves the ledger unaltered: the journal's sequence has no gaps, each row links to the one before and its hash
 * is recomputed from its content, and every stored record equals the image its last journal row keeps (so an edit
 * made behind the service's back, even with the journal left intact, is found). Then SQLite's integrity check.
 */
export function verifyLedger(db: Database): VerifyReport {
  const integrity = (db.pragma('integrity_check', { simple: true }) as string) || 'ok';
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  const lastImage = new Map<string, string>();
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
    const after = (change as { after?: unknown } | null)?.after;
    if (after !== undefined && row.entity_id !== null) lastImage.set(`${row.entity}:${row.entity_id}`, canonicalJson(after));
    prevHash = row.hash;
    expectedSeq++;
  }

  for (const entity of ENTITIES) {
    for (const live of db.prepare(`SELECT * FROM ${entity} ORDER BY id`).iterate() as IterableIterator<{ id: number }>) {
      const key = `${entity}:${live.id}`;
      if (lastImage.get(key) !== canonicalJson(live)) {
        const seq = lastSeqOf(db, entity, live.id);
        return report({ seq, problem: 'state', entity, entityId: live.id });
      }
      lastImage.delete(key);
    }
  }
  // An image left over is a record the journal says exists and the tables have lost.
  for (const key of lastImage.keys()) {
    const [entity = '', id = '0'] = key.split(':');
    return report({ seq: lastSeqOf(db, entity, Number(id)), problem: 'state', entity, entityId: Number(id) });
  }
  return report(null);
}

function lastSeqOf(db: Database, entity: string, id: number): number | null {
  const row = stmt(db, 'SELECT max(seq) AS seq FROM journal WHERE entity = ? AND entity_id = ?').get(entity, id) as {
    seq: number | null;
  };
  return row.seq;
}
