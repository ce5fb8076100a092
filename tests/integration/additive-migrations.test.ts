import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../src/ledger';
import { parseSqlLiteral, UNKNOWN_DEFAULT } from '../../src/ledger/column-defaults';
import { MIGRATIONS, migrate, SCHEMA_VERSION } from '../../src/ledger/migrate';

// Migrations only add (DESIGN §2), in the spirit of Actual Budget's additive-migrations test: the whole chain runs
// one migration at a time on a fresh file, the schema is read after each step, and no step may take away a table, a
// column or a trigger, or change how a column is declared. A column a later migration adds to an existing table must
// take a literal default (or be nullable): the rows that were there get it, and `verify` expects exactly that value
// where a journal image older than the column lacks it (src/ledger/column-defaults.ts reads it the same way).

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}
interface Column {
  cid: number;
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
  hidden: number;
}
interface Snapshot {
  objects: SchemaObject[];
  columns: Record<string, Column[]>;
}
interface Step {
  version: number;
  name: string;
  sql: string;
}

function snapshot(db: Database.Database): Snapshot {
  const objects = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name').all() as SchemaObject[];
  const columns: Record<string, Column[]> = {};
  for (const { name } of objects.filter((o) => o.type === 'table'))
    columns[name] = db.pragma(`table_xinfo("${name.replace(/"/g, '""')}")`) as Column[];
  return { objects, columns };
}

/** How a column is declared, as a reader of the schema would write it. */
function declaration(c: Column): string {
  return [c.type || '(no type)', c.notnull ? 'NOT NULL' : '', c.dflt_value === null ? '' : `DEFAULT ${c.dflt_value}`, c.pk ? 'PRIMARY KEY' : '', c.hidden ? `HIDDEN ${c.hidden}` : '']
    .filter(Boolean)
    .join(' ');
}

/** What a step did that is not an addition; empty when it only added. */
function subtractions(before: Snapshot, after: Snapshot): string[] {
  const problems: string[] = [];
  for (const [table, columns] of Object.entries(before.columns)) {
    const now = after.columns[table];
    if (!now) {
      problems.push(`table ${table} disappeared`);
      continue;
    }
    const byName = new Map(now.map((c) => [c.name, c]));
    for (const column of columns) {
      const kept = byName.get(column.name);
      if (!kept) problems.push(`column ${table}.${column.name} disappeared`);
      else if (declaration(kept) !== declaration(column))
        problems.push(`column ${table}.${column.name} changed from ${declaration(column)} to ${declaration(kept)}`);
    }
    const had = new Set(columns.map((c) => c.name));
    for (const added of now.filter((c) => !had.has(c.name))) {
      const value = parseSqlLiteral(added.dflt_value);
      if (added.hidden === 2 || added.hidden === 3) problems.push(`column ${table}.${added.name} was added as a generated column`);
      else if (value === UNKNOWN_DEFAULT) problems.push(`column ${table}.${added.name} was added with a default that is not a literal: ${added.dflt_value}`);
      else if (added.notnull && value === null) problems.push(`column ${table}.${added.name} was added NOT NULL without a literal default`);
    }
  }
  const triggers = new Set(after.objects.filter((o) => o.type === 'trigger').map((o) => o.name));
  for (const trigger of before.objects.filter((o) => o.type === 'trigger' && !triggers.has(o.name)))
    problems.push(`trigger ${trigger.name} disappeared`);
  return problems;
}

let dir: string;
let db: Database.Database;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tizim-additive-'));
  path = join(dir, 'chain.sqlite');
  db = new Database(path);
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Runs the real chain one migration at a time through `migrate`, as successive releases of Tizim would open the
 * file, then any trial steps after it; returns the schema before the first step and after each one.
 */
function runChain(trials: Step[] = []): Snapshot[] {
  const snapshots = [snapshot(db)];
  for (let n = 1; n <= MIGRATIONS.length; n++) {
    migrate(db, path, MIGRATIONS.slice(0, n));
    snapshots.push(snapshot(db));
  }
  for (const step of trials) {
    db.transaction(() => db.exec(step.sql))();
    snapshots.push(snapshot(db));
  }
  return snapshots;
}

/** Each step's problems, named by the step. */
function problemsOf(steps: Step[], snapshots: Snapshot[]): string[] {
  return steps.flatMap((step, i) => subtractions(snapshots[i] as Snapshot, snapshots[i + 1] as Snapshot).map((p) => `${step.version} ${step.name}: ${p}`));
}

describe('the migrations (DESIGN §2)', () => {
  it('run one at a time, each recorded, and only add', () => {
    const snapshots = runChain();
    expect(snapshots).toHaveLength(SCHEMA_VERSION + 1);
    expect(problemsOf([...MIGRATIONS], snapshots)).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const applied = db.prepare('SELECT version, name FROM schema_migration ORDER BY version').all();
    expect(applied).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    // Every table a step made is still there at the end, the journal's guards included.
    const last = snapshots.at(-1) as Snapshot;
    for (const table of ['election', 'region', 'district', 'party', 'person', 'person_name', 'nomination', 'journal', 'decision', 'party_list', 'import_batch', 'schema_migration'])
      expect(Object.keys(last.columns)).toContain(table);
    for (const trigger of ['journal_no_update', 'journal_no_delete', 'decision_no_update', 'decision_no_delete', 'person_no_delete', 'nomination_no_delete'])
      expect(last.objects.map((o) => o.name)).toContain(trigger);
  });

  it('end in the schema a new ledger gets from openLedger', () => {
    const stepped = runChain().at(-1);
    const fresh = openLedger(join(dir, 'fresh.sqlite'));
    try {
      expect(snapshot(fresh.db)).toEqual(stepped);
      expect(fresh.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    } finally {
      fresh.close();
    }
  });
});

describe('the additive check', () => {
  // Trial migrations after the real chain: each breaks the rule one way, and the check must name exactly that.
  const next = SCHEMA_VERSION + 1;

  it('names a dropped column, a renamed column and a dropped table', () => {
    const trials: Step[] = [
      { version: next, name: 'drop-column', sql: 'ALTER TABLE person DROP COLUMN service_restriction' },
      { version: next + 1, name: 'rename-column', sql: 'ALTER TABLE party RENAME COLUMN deposit_status TO deposit' },
      { version: next + 2, name: 'drop-table', sql: 'DROP TABLE import_batch' },
    ];
    const snapshots = runChain(trials);
    expect(problemsOf(trials, snapshots.slice(-trials.length - 1))).toEqual([
      `${next} drop-column: column person.service_restriction disappeared`,
      `${next + 1} rename-column: column party.deposit_status disappeared`,
      `${next + 2} drop-table: table import_batch disappeared`,
      `${next + 2} drop-table: trigger import_batch_no_delete disappeared`,
      `${next + 2} drop-table: trigger import_batch_no_update disappeared`,
    ]);
  });

  it('names a column added without a literal default, and a column whose declaration changed', () => {
    // SQLite's ADD COLUMN takes only literal defaults; rebuilding a table takes anything, so the trials rebuild one.
    const rebuild = (columns: string, values: string) => `
      CREATE TABLE trial_new (id INTEGER PRIMARY KEY, ${columns}) STRICT;
      INSERT INTO trial_new SELECT id, ${values} FROM trial;
      DROP TABLE trial;
      ALTER TABLE trial_new RENAME TO trial;`;
    const trials: Step[] = [
      { version: next, name: 'trial-table', sql: "CREATE TABLE trial (id INTEGER PRIMARY KEY, label TEXT) STRICT; INSERT INTO trial VALUES (1, 'a')" },
      { version: next + 1, name: 'expression-default', sql: rebuild("label TEXT, made_at TEXT DEFAULT (datetime('now'))", "label, datetime('now')") },
      { version: next + 2, name: 'not-null-no-default', sql: rebuild("label TEXT, made_at TEXT DEFAULT (datetime('now')), code TEXT NOT NULL", "label, made_at, 'x'") },
      { version: next + 3, name: 'declaration', sql: rebuild("label TEXT NOT NULL DEFAULT '', made_at TEXT DEFAULT (datetime('now')), code TEXT NOT NULL", 'label, made_at, code') },
      { version: next + 4, name: 'literal-defaults', sql: 'ALTER TABLE trial ADD COLUMN n INTEGER NOT NULL DEFAULT -1; ALTER TABLE trial ADD COLUMN note TEXT' },
    ];
    const snapshots = runChain(trials);
    expect(problemsOf(trials, snapshots.slice(-trials.length - 1))).toEqual([
      `${next + 1} expression-default: column trial.made_at was added with a default that is not a literal: datetime('now')`,
      `${next + 2} not-null-no-default: column trial.code was added NOT NULL without a literal default`,
      `${next + 3} declaration: column trial.label changed from TEXT to TEXT NOT NULL DEFAULT ''`,
    ]);
  });
});
