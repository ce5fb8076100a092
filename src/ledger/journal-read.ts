import type { Database } from 'better-sqlite3';
import { foldName } from '../domain/names';
import type { FieldChange, JournalEntryView, Page } from '../domain/records';
import { DIFFED, fieldChanges } from './journal-diff';
import type { JournalRow } from './journal';
import { stmt } from './statements';

type Image = Record<string, unknown>;
interface Change {
  subject?: JournalEntryView['subject'];
  after?: Image;
  related?: { entity: string; id: number; after?: Image }[];
}

const parse = (r: JournalRow): Change | null => JSON.parse(r.change) as Change | null;

function toEntryView(r: JournalRow, change: Change | null, changes: FieldChange[]): JournalEntryView {
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    subject: change?.subject ?? null,
    change,
    changes,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** The entries that are a record's changes rather than its creation, told field by field. */
const isUpdate = (r: JournalRow): boolean => DIFFED.has(r.entity) && r.action.endsWith('.update');

/**
 * A record's image before journal row `seq`: the last row about it, or a later list step that moved it (a reorder
 * keeps its candidates' images with the list's entry).
 */
function previousImage(db: Database, entity: string, id: number, seq: number): Image | undefined {
  const own = stmt(db, 'SELECT seq, change FROM journal WHERE entity = ? AND entity_id = ? AND seq < ? ORDER BY seq DESC LIMIT 1').get(
    entity,
    id,
    seq,
  ) as { seq: number; change: string } | undefined;
  const step =
    entity === 'nomination'
      ? (stmt(
          db,
          `SELECT r.value AS image FROM journal j, json_each(j.change, '$.related') r
           WHERE j.action = 'party_list.reorder' AND j.seq < ? AND j.seq > ?
             AND json_extract(r.value, '$.entity') = 'nomination' AND json_extract(r.value, '$.id') = ?
           ORDER BY j.seq DESC LIMIT 1`,
        ).get(seq, own?.seq ?? 0, id) as { image: string } | undefined)
      : undefined;
  if (step) return (JSON.parse(step.image) as { after?: Image }).after;
  return own ? ((JSON.parse(own.change) as Change | null)?.after ?? undefined) : undefined;
}

export interface JournalFilter {
  entity?: string | undefined;
  entityId?: number | undefined;
  actor?: string | undefined;
  action?: string | undefined;
  /** From this instant (ISO, inclusive) to that one (exclusive): the reader's days, as the reader's screen shows times. */
  from?: string | undefined;
  to?: string | undefined;
  /** A candidate, by IIN: every entry about the person, their nominations, their decisions and the lists that moved them. */
  iin?: string | undefined;
  /** Words of the entry's subject or its actor, folded as names are (Ё as Е, Ұ as У…). */
  query?: string | undefined;
}

const folding = new WeakSet<Database>();

/** SQLite folds no Cyrillic: the search folds each subject as the desk folds names, in a function of the connection. */
function ensureFold(db: Database): void {
  if (folding.has(db)) return;
  db.function('tizim_fold', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? foldName(text) : ''));
  folding.add(db);
}

/**
 * The journal rows about a person: the person's own, their nominations', their decisions', and the list steps that
 * moved one of their nominations or corrected one of their decisions.
 */
function aboutPerson(personId: number): { sql: string; params: unknown[] } {
  const sql = `(
    (entity = 'person' AND entity_id = ?)
    OR (entity = 'nomination' AND entity_id IN (SELECT id FROM nomination WHERE person_id = ?))
    OR (entity = 'decision' AND entity_id IN (SELECT d.id FROM decision d JOIN nomination n ON n.id = d.nomination_id WHERE n.person_id = ?))
    OR (action IN ('party_list.reorder', 'party_list.correct') AND EXISTS (SELECT 1 FROM json_each(change, '$.related') r
        WHERE json_extract(r.value, '$.after.person_id') = ?
           OR json_extract(r.value, '$.after.nomination_id') IN (SELECT id FROM nomination WHERE person_id = ?))))`;
  return { sql, params: [personId, personId, personId, personId, personId] };
}

/** The journal newest first, filtered as the journal screen asks. */
export function listJournal(db: Database, f: JournalFilter, offset: number, limit: number): Page<JournalEntryView> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]): void => {
    conditions.push(sql);
    params.push(...values);
  };
  if (f.entity) add('entity = ?', f.entity);
  if (f.entityId) add('entity_id = ?', f.entityId);
  if (f.actor) add('actor = ?', f.actor);
  if (f.action) add('action = ?', f.action);
  if (f.from) add('at >= ?', f.from);
  if (f.to) add('at < ?', f.to);
  if (f.iin !== undefined && f.iin !== '') {
    const person = stmt(db, 'SELECT id FROM person WHERE iin = ?').get(f.iin) as { id: number } | undefined;
    if (!person) return { rows: [], total: 0, offset };
    const about = aboutPerson(person.id);
    add(about.sql, ...about.params);
  }
  const words = f.query === undefined ? '' : foldName(f.query);
  if (words !== '') {
    ensureFold(db);
    for (const word of words.split(' '))
      add(`(instr(tizim_fold(json_extract(change, '$.subject')), ?) > 0 OR instr(tizim_fold(actor), ?) > 0)`, word, word);
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const total = (stmt(db, `SELECT count(*) AS n FROM journal ${where}`).get(...params) as { n: number }).n;
  const rows = stmt(db, `SELECT * FROM journal ${where} ORDER BY seq DESC LIMIT ? OFFSET ?`).all(...params, limit, offset) as JournalRow[];
  return {
    rows: rows.map((r) => {
      const change = parse(r);
      const before = isUpdate(r) && r.entity_id !== null ? previousImage(db, r.entity, r.entity_id, r.seq) : undefined;
      return toEntryView(r, change, before && change?.after ? fieldChanges(db, r.entity, before, change.after) : []);
    }),
    total,
    offset,
  };
}

/** The distinct actors and actions of the journal: what its filters offer. */
export function journalFacets(db: Database): { actors: string[]; actions: string[] } {
  const actors = (stmt(db, 'SELECT DISTINCT actor FROM journal ORDER BY actor').all() as { actor: string }[]).map((r) => r.actor);
  const actions = (stmt(db, 'SELECT DISTINCT action FROM journal ORDER BY action').all() as { action: string }[]).map((r) => r.action);
  return { actors, actions };
}

/**
 * Every journal row about a nomination, its decisions and its person, and the list steps that moved it or corrected
 * its decisions, oldest first; a change of the person or the nomination says what it changed.
 */
export function nominationJournal(db: Database, nominationId: number, personId: number): JournalEntryView[] {
  const rows = stmt(
    db,
    `SELECT * FROM journal WHERE (entity = 'nomination' AND entity_id = ?) OR (entity = 'person' AND entity_id = ?)
       OR (entity = 'decision' AND entity_id IN (SELECT id FROM decision WHERE nomination_id = ?))
       OR (action IN ('party_list.reorder', 'party_list.correct') AND EXISTS (SELECT 1 FROM json_each(change, '$.related') r
           WHERE (json_extract(r.value, '$.entity') = 'nomination' AND json_extract(r.value, '$.id') = ?)
              OR json_extract(r.value, '$.after.nomination_id') = ?))
     ORDER BY seq`,
  ).all(nominationId, personId, nominationId, nominationId, nominationId) as JournalRow[];
  // The images in order, so that each change is compared with the state just before it.
  const images = new Map<string, Image>();
  return rows.map((r) => {
    const change = parse(r);
    const key = `${r.entity}:${r.entity_id ?? ''}`;
    const before = images.get(key);
    const changes = isUpdate(r) && before && change?.after ? fieldChanges(db, r.entity, before, change.after) : [];
    if (change?.after) images.set(key, change.after);
    for (const x of change?.related ?? []) if (x.after) images.set(`${x.entity}:${x.id}`, x.after);
    return toEntryView(r, change, changes);
  });
}
