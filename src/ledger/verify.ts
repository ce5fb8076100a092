import type { Database } from 'better-sqlite3';
import type { VerifyReport } from '../domain/records';
import { canonicalJson } from './canonical';
import { columnDefaults, UNKNOWN_DEFAULT } from './column-defaults';
import { entryHash, entryHasher, GENESIS_HASH } from './journal';
import { ENTITIES } from './record';
import { stmt } from './statements';
import { startAside, type AsideFindings } from './verify-aside';
import { CANDIDATE_ORDER_CHECK, SEARCH_INDEX_CHECK, verifyMigrations } from './verify-extras';

type FirstBad = VerifyReport['firstBad'];

/** How far a verify has come, for a progress bar: journal rows checked, then records, out of both together. */
export interface VerifyProgress {
  done: number;
  total: number;
}

export interface VerifyOptions {
  /** Called every few thousand rows. */
  onProgress?: (progress: VerifyProgress) => void;
  /** Asked as often: true stops the verify, which then throws `VerifyStopped`. */
  stopped?: () => boolean;
  /** The SQL checks on threads of their own whatever the ledger's size (tests); by default only for a large file. */
  aside?: boolean;
}

/** A verify stopped by the one who started it: nothing was found, and nothing is reported. */
export class VerifyStopped extends Error {
  constructor() {
    super('verify stopped');
  }
}

const PROGRESS_EVERY = 1024;

/**
 * Proves the ledger unaltered: the journal's sequence has no gaps, each row links to the one before and its hash
 * is recomputed from its content, and every stored record equals the image its last journal row keeps (so an edit
 * made behind the service's back, even with the journal left intact, is found); the names' search index holds
 * every person's name, the candidates' order holds every standing nomination, and the applied migrations are this
 * version's list; and SQLite's integrity check. The checks that are SQL alone run beside the journal's walk on
 * threads of their own when the file is large (verify-aside.ts).
 *
 * Its memory does not grow with the ledger: the chain is checked row by row, and each record is then compared with
 * its last journal row, found through the journal's (entity, entity_id, seq) index, instead of keeping every
 * record's image in memory while the journal is read (measured at 1,000,000 journal rows: see bench/growth).
 */
export function verifyLedger(db: Database, options: VerifyOptions = {}): VerifyReport {
  // The order's check goes aside too, after the search index's: the three threads then share the two cores as the
  // system schedules them (see verify-aside.ts).
  const sqlChecks = [SEARCH_INDEX_CHECK, CANDIDATE_ORDER_CHECK];
  const aside = startAside(db, sqlChecks, options.aside);
  let chain: Chain;
  let records: FirstBad;
  let findings: AsideFindings;
  try {
    const ticker = progressTicker(db, options);
    chain = checkChain(db, ticker);
    records = chain.firstBad ? null : checkRecords(db, chain.related, ticker);
    findings = aside.wait(() => {
      if (options.stopped?.()) throw new VerifyStopped();
    });
  } finally {
    aside.close();
  }
  const { integrity, found } = findings;
  const report = (firstBad: FirstBad): VerifyReport => ({
    ok: firstBad === null && integrity === 'ok',
    entries: chain.entries,
    headHash: chain.headHash,
    integrity,
    firstBad: firstBad ?? (integrity === 'ok' ? null : { seq: null, problem: 'integrity' }),
  });
  if (chain.firstBad) return report(chain.firstBad);
  const sqlProblem = sqlChecks.reduce<FirstBad>((first, check, i) => {
    const id = found[i];
    return first ?? (id === null || id === undefined ? null : check.problem(id));
  }, null);
  return report(records ?? sqlProblem ?? verifyMigrations(db));
}

interface Ticker {
  tick(): void;
  /** The same stop, without counting: for a second pass over rows already counted. */
  quiet(): Ticker;
}

function progressTicker(db: Database, options: VerifyOptions): Ticker {
  const { onProgress, stopped } = options;
  const none: Ticker = { tick: () => undefined, quiet: () => none };
  if (!onProgress && !stopped) return none;
  const records = ENTITIES.reduce((n, e) => n + (stmt(db, `SELECT count(*) AS n FROM ${e}`).get() as { n: number }).n, 0);
  const total = (stmt(db, 'SELECT count(*) AS n FROM journal').get() as { n: number }).n + records;
  let done = 0;
  let quietly = 0;
  onProgress?.({ done, total });
  const quiet: Ticker = {
    tick() {
      if (++quietly % PROGRESS_EVERY === 0 && stopped?.()) throw new VerifyStopped();
    },
    quiet: () => quiet,
  };
  return {
    tick() {
      done++;
      if (done % PROGRESS_EVERY !== 0 && done !== total) return;
      if (stopped?.()) throw new VerifyStopped();
      onProgress?.({ done, total });
    },
    quiet: () => quiet,
  };
}

interface Chain {
  entries: number;
  headHash: string;
  firstBad: FirstBad;
  /** For each record another row's step changed along (a reorder's candidates), the last row keeping its image. */
  related: Map<string, number>;
}

/** The sequence, the links and the hashes, row by row; the related images' rows noted for the records' check. */
function checkChain(db: Database, ticker: Ticker): Chain {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  const related = new Map<string, number>();
  // The change's stored bytes are hashed as they are (entryHasher), which are its UTF-8 in a UTF-8 file (every
  // ledger Tizim makes); a file in another encoding gives its text, hashed as entryHash does.
  const bytes = (db.pragma('encoding', { simple: true }) as string) === 'UTF-8';
  const hasher = entryHasher();
  const rows = db
    .prepare(`SELECT seq, at, actor, action, entity, entity_id, ${bytes ? 'CAST(change AS BLOB)' : 'change'}, prev_hash, hash FROM journal ORDER BY seq`)
    .raw(true)
    .iterate() as IterableIterator<[number, string, string, string, string, number | null, Buffer | string, string, string]>;
  const stop = (seq: number, problem: 'sequence' | 'link' | 'hash'): Chain => {
    rows.return?.();
    return { entries: expectedSeq - 1, headHash: prevHash, firstBad: { seq, problem }, related };
  };
  for (const [seq, at, actor, action, entity, entity_id, change, prev_hash, hash] of rows) {
    if (seq !== expectedSeq) return stop(seq, 'sequence');
    if (prev_hash !== prevHash) return stop(seq, 'link');
    const row = { seq, at, actor, action, entity, entity_id };
    if ((typeof change === 'string' ? entryHash(prevHash, row, change) : hasher(prevHash, row, change)) !== hash) return stop(seq, 'hash');
    // Only a step that changed other rows along names them; the text is canonical JSON, so the key is spelled so.
    if (change.includes('"related":')) {
      const images = relatedImages(change.toString());
      if (images === null) return stop(seq, 'hash');
      for (const r of images) related.set(`${r.entity}:${r.id}`, seq);
    }
    prevHash = hash;
    expectedSeq++;
    ticker.tick();
  }
  return { entries: expectedSeq - 1, headHash: prevHash, firstBad: null, related };
}

interface RelatedImage {
  entity: string;
  id: number;
  after: unknown;
}

/** The related rows' images a change keeps; null when its text is not JSON. */
function relatedImages(change: string): RelatedImage[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(change);
  } catch {
    return null;
  }
  const { related } = (parsed ?? {}) as { related?: unknown };
  if (!Array.isArray(related)) return [];
  return (related as { entity?: unknown; id?: unknown; after?: unknown }[]).filter(
    (r): r is RelatedImage => typeof r.entity === 'string' && typeof r.id === 'number' && r.after !== undefined,
  );
}

/** A record the journal keeps an image of: the row of its own last entry, and that of its first. */
interface Journaled {
  id: number;
  first: number;
  last: number;
}

/**
 * Every live record against its last image. SQLite compares them first (recordsHoldInSql); only when that cannot
 * vouch for every record does the walk below, record by record in JavaScript, decide and name the first that
 * differs — so what is reported is the same either way.
 */
function checkRecords(db: Database, related: Map<string, number>, ticker: Ticker): FirstBad {
  if (recordsHoldInSql(db, related, ticker)) return null;
  return checkRecordsOneByOne(db, related, ticker.quiet());
}

/**
 * Whether every record provably equals its last image, asked of SQLite: for each live row, the `after` of its own
 * last journal entry, as json_extract gives its text, against json_object of the row's columns in the journal's
 * canonical order (keys sorted, no spaces). Equal texts are a proof: json_object writes integers, texts and NULLs
 * (the ledger has no REAL column) one way only, so the image parses to exactly the row's values. Texts that differ
 * prove nothing (an image kept before a migration added a column, another escape of the same text), and such a
 * record is compared in JavaScript as the walk would. At 100,000 nominations this costs about a third of
 * parsing every image in JavaScript.
 *
 * Most changes need no parsing at all: canonical JSON writes the keys sorted, so a change whose first key is
 * "after" begins with `{"after":` and the image's own text, and a change that begins with `{"after":` and the
 * row's json_object holds exactly that image (a JSON object's text ends where its braces close). That prefix is
 * tried first, and json_extract only when it fails (a change with a key sorting before "after", a text written
 * otherwise): 100,000 persons took 470 ms with json_extract for each, 295 ms with the prefix. A journaled record without a live row, a record whose last image another
 * entry keeps (`related`) or a journal entity the ledger has no table for is left to the walk.
 */
function recordsHoldInSql(db: Database, related: Map<string, number>, ticker: Ticker): boolean {
  const known = new Set<string>(ENTITIES);
  const unknown = db.prepare('SELECT DISTINCT entity FROM journal WHERE entity_id IS NOT NULL').pluck().all() as string[];
  if (unknown.some((e) => !known.has(e))) return false;
  for (const entity of ENTITIES) {
    const defaults = columnDefaults(db, entity);
    const columns = [...defaults.keys()].sort();
    const image = `json_object(${columns.map((c) => `'${c}', e."${c}"`).join(', ')})`;
    const lost = stmt(
      db,
      `SELECT 1 FROM journal j WHERE j.entity = ? AND j.entity_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${entity} e WHERE e.id = j.entity_id) LIMIT 1`,
    ).get(entity);
    if (lost) return false;
    const rows = db
      .prepare(
        `SELECT e.id, CASE WHEN instr(j.change, '{"after":' || ${image}) = 1 THEN 1 ELSE json_extract(j.change, '$.after') IS ${image} END AS same
       FROM ${entity} e LEFT JOIN journal j ON j.seq = (SELECT max(seq) FROM journal WHERE entity = ? AND entity_id = e.id)
       ORDER BY e.id`,
      )
      .raw(true)
      .iterate(entity) as IterableIterator<[number, number]>;
    const relatedHere = new Set([...related.keys()].filter((k) => k.startsWith(`${entity}:`)));
    for (const [id, same] of rows) {
      const key = `${entity}:${id}`;
      relatedHere.delete(key);
      if (same !== 1 || related.has(key)) {
        const own = (stmt(db, 'SELECT max(seq) AS seq FROM journal WHERE entity = ? AND entity_id = ?').get(entity, id) as { seq: number | null }).seq;
        const last = lastImage(db, entity, id, own, related.get(key) ?? null);
        const live = stmt(db, `SELECT * FROM ${entity} WHERE id = ?`).get(id) as object;
        if (last === null || !sameRecord(last.image, live, defaults)) {
          rows.return?.();
          return false;
        }
      }
      ticker.tick();
    }
    // A record only another entry's change names, with no live row: lost, and the walk says which.
    if (relatedHere.size > 0) return false;
  }
  return true;
}

/**
 * Every live record against its last image, entity by entity in id order, merged with the journal's entries for
 * that entity in the same order. An image without a live row (the journal says it exists, the tables have lost it)
 * is reported after every live row is checked, the one first journaled first.
 */
function checkRecordsOneByOne(db: Database, related: Map<string, number>, ticker: Ticker): FirstBad {
  let lost: { first: number; seq: number; entity: string; entityId: number } | null = null;
  const noteLost = (entity: string, entityId: number, first: number, seq: number): void => {
    if (!lost || first < lost.first) lost = { first, seq, entity, entityId };
  };
  const known = new Set<string>(ENTITIES);
  const journaledEntities = (
    stmt(db, 'SELECT DISTINCT entity FROM journal WHERE entity_id IS NOT NULL').all() as { entity: string }[]
  ).map((r) => r.entity);
  for (const entity of [...ENTITIES, ...journaledEntities.filter((e) => !known.has(e))]) {
    // Read before the journal's rows are: a pragma cannot run while a statement is being iterated.
    const defaults = known.has(entity) ? columnDefaults(db, entity) : new Map<string, unknown>();
    const lastOf = (key: string, id: number, own: number | null): { seq: number; image: unknown } | null =>
      lastImage(db, entity, id, own, related.get(key) ?? null);
    const journaled = (
      db
        .prepare(
          `SELECT entity_id AS id, min(seq) AS first, max(seq) AS last FROM journal
           WHERE entity = ? AND entity_id IS NOT NULL GROUP BY entity_id ORDER BY entity_id`,
        )
        .iterate(entity) as IterableIterator<Journaled>
    )[Symbol.iterator]();
    let next = journaled.next();
    const relatedOnly = [...related.keys()]
      .filter((k) => k.startsWith(`${entity}:`))
      .map((k) => Number(k.slice(entity.length + 1)))
      .sort((a, b) => a - b);
    let r = 0;
    /** Journaled records (own entries or another's related) with ids below `id` have no live row. */
    const passLost = (id: number): void => {
      while (!next.done && next.value.id < id) {
        const j = next.value;
        const last = lastOf(`${entity}:${j.id}`, j.id, j.last);
        if (last) noteLost(entity, j.id, j.first, last.seq);
        next = journaled.next();
      }
      while (r < relatedOnly.length && (relatedOnly[r] as number) < id) {
        const rid = relatedOnly[r++] as number;
        if (!next.done && next.value.id === rid) continue;
        const seq = related.get(`${entity}:${rid}`) as number;
        noteLost(entity, rid, seq, seq);
      }
    };
    if (known.has(entity)) {
      for (const live of db.prepare(`SELECT * FROM ${entity} ORDER BY id`).iterate() as IterableIterator<{ id: number }>) {
        passLost(live.id);
        let own: number | null = null;
        if (!next.done && next.value.id === live.id) {
          own = next.value.last;
          next = journaled.next();
        }
        while (r < relatedOnly.length && relatedOnly[r] === live.id) r++;
        const last = lastOf(`${entity}:${live.id}`, live.id, own);
        if (last === null || !sameRecord(last.image, live, defaults)) {
          journaled.return?.();
          return { seq: last?.seq ?? null, problem: 'state', entity, entityId: live.id };
        }
        ticker.tick();
      }
    }
    passLost(Number.POSITIVE_INFINITY);
  }
  const found = lost as { seq: number; entity: string; entityId: number } | null;
  return found && { seq: found.seq, problem: 'state', entity: found.entity, entityId: found.entityId };
}

/**
 * A record's last image, as parsed from its row, and the row that keeps it: its own last entry that keeps an image, or a
 * later row that changed it along with another (whose image then is the one that holds).
 */
function lastImage(db: Database, entity: string, id: number, own: number | null, related: number | null): { seq: number; image: unknown } | null {
  if (related !== null && (own === null || related >= own)) {
    const change = changeAt(db, related);
    const image = change && relatedImages(change)?.find((r) => r.entity === entity && r.id === id);
    if (image) return { seq: related, image: image.after };
  }
  // An entry without an image (none is written so today) leaves the one before it standing.
  for (let seq = own; seq !== null; seq = ownBefore(db, entity, id, seq)) {
    const change = changeAt(db, seq);
    if (change === null) continue;
    let after: unknown;
    try {
      after = (JSON.parse(change) as { after?: unknown } | null)?.after;
    } catch {
      continue;
    }
    if (after !== undefined) return { seq, image: after };
  }
  return null;
}

function changeAt(db: Database, seq: number): string | null {
  const row = stmt(db, 'SELECT change FROM journal WHERE seq = ?').get(seq) as { change: string } | undefined;
  return row?.change ?? null;
}

function ownBefore(db: Database, entity: string, id: number, seq: number): number | null {
  const row = stmt(db, 'SELECT max(seq) AS seq FROM journal WHERE entity = ? AND entity_id = ? AND seq < ?').get(entity, id, seq) as
    | { seq: number | null }
    | undefined;
  return row?.seq ?? null;
}

/**
 * Whether a live row is what its journal image says: the same canonical JSON. Compared column by column first (a
 * row's columns are numbers, texts and NULLs, equal exactly when their JSON is), which spares writing both texts.
 * A row journaled before a migration added columns has an image without them: the columns must then hold their
 * declared defaults, which is what the migration gave the row.
 */
function sameRecord(image: unknown, live: object, defaults: ReadonlyMap<string, unknown>): boolean {
  if (sameColumns(image, live)) return true;
  const liveText = canonicalJson(live);
  if (canonicalJson(image) === liveText) return true;
  if (image === null || typeof image !== 'object' || Array.isArray(image)) return false;
  const old = { ...(image as Record<string, unknown>) };
  let filled = false;
  for (const [column, value] of defaults) {
    if (Object.hasOwn(old, column)) continue;
    if (value === UNKNOWN_DEFAULT) return false;
    old[column] = value;
    filled = true;
  }
  return filled && canonicalJson(old) === liveText;
}

/** Same keys and strictly equal values: a sure yes; anything else is left to the canonical texts. */
function sameColumns(image: unknown, live: object): boolean {
  if (image === null || typeof image !== 'object' || Array.isArray(image)) return false;
  const keys = Object.keys(live);
  if (Object.keys(image).length !== keys.length) return false;
  for (const key of keys) {
    const value = (live as Record<string, unknown>)[key];
    if (value === undefined || value !== (image as Record<string, unknown>)[key]) return false;
  }
  return true;
}
