import type { Database } from 'better-sqlite3';
import type { JournalEntryView, Page } from '../domain/records';
import type { JournalRow } from './journal';
import { stmt } from './statements';

function toEntryView(r: JournalRow): JournalEntryView {
  const change = JSON.parse(r.change) as { subject?: JournalEntryView['subject'] } | null;
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    subject: change?.subject ?? null,
    change,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** The journal newest first, optionally about one entity or one record. */
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
  return { rows: rows.map(toEntryView), total, offset };
}

/** Every journal row about a nomination, its decisions and its person, oldest first. */
export function nominationJournal(db: Database, nominationId: number, personId: number): JournalEntryView[] {
  const rows = stmt(
    db,
    `SELECT * FROM journal WHERE (entity = 'nomination' AND entity_id = ?) OR (entity = 'person' AND entity_id = ?)
       OR (entity = 'decision' AND entity_id IN (SELECT id FROM decision WHERE nomination_id = ?))
     ORDER BY seq`,
  ).all(nominationId, personId, nominationId) as JournalRow[];
  return rows.map(toEntryView);
}
