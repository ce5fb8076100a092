import type { Database } from 'better-sqlite3';
import { LedgerError } from './errors';
import { foundation } from './migrations/001-foundation';
import { eligibility } from './migrations/002-eligibility';
import { lists } from './migrations/003-lists';
import { imports } from './migrations/004-imports';
import { fillPartyShortNames, partyShortNames } from './migrations/005-party-short-names';
import { regionCodes, resolvePersonRegions } from './migrations/006-region-codes';
import { users } from './migrations/007-users';
import { voidsAndCorrections } from './migrations/008-voids-and-corrections';
import { personDistinctions } from './migrations/009-person-distinctions';
import { commission, nameCommissions } from './migrations/010-commission';
import { ballotVerification } from './migrations/011-ballot-verification';
import { identifyLedger, ledgerIdentity } from './migrations/012-ledger-identity';
import { candidateSearch } from './migrations/013-candidate-search';
import { candidateOrder } from './migrations/014-candidate-order';
import { distinctionChanges } from './migrations/015-distinction-changes';
import { deferredIndexes } from './migrations/016-deferred-indexes';
import type { Actor } from './record';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * Rows brought to the new schema's meaning, in the same transaction, each change journaled under the desk's own
   * name (MIGRATION_ACTOR), so that the journal still holds every record's last image.
   */
  data?: (db: Database, who: Actor) => void;
}

/** Who the journal names for a change the desk made itself, upgrading a ledger. */
export const MIGRATION_ACTOR = 'tizim';

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'foundation', sql: foundation },
  { version: 2, name: 'eligibility', sql: eligibility },
  { version: 3, name: 'lists', sql: lists },
  { version: 4, name: 'imports', sql: imports },
  { version: 5, name: 'party-short-names', sql: partyShortNames, data: fillPartyShortNames },
  { version: 6, name: 'region-codes', sql: regionCodes, data: resolvePersonRegions },
  { version: 7, name: 'users', sql: users },
  { version: 8, name: 'voids-and-corrections', sql: voidsAndCorrections },
  { version: 9, name: 'person-distinctions', sql: personDistinctions },
  { version: 10, name: 'commission', sql: commission, data: nameCommissions },
  { version: 11, name: 'ballot-verification', sql: ballotVerification },
  { version: 12, name: 'ledger-identity', sql: ledgerIdentity, data: identifyLedger },
  { version: 13, name: 'candidate-search', sql: candidateSearch },
  { version: 14, name: 'candidate-order', sql: candidateOrder },
  { version: 15, name: 'distinction-changes', sql: distinctionChanges },
  { version: 16, name: 'deferred-indexes', sql: deferredIndexes },
];
export const SCHEMA_VERSION = MIGRATIONS.length;

/** 'Tizm' — marks the file as a Tizim ledger in the SQLite header. */
export const APPLICATION_ID = 0x54697a6d;

/**
 * Brings the ledger to this version's schema, each migration in a transaction of its own, and refuses a file that
 * is not a Tizim ledger or was written by a newer Tizim (opening it would risk writing what that version forbids).
 * `migrations` is the whole chain except in tests that build a ledger as an older Tizim left it.
 */
export function migrate(db: Database, path: string, migrations: readonly Migration[] = MIGRATIONS): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
  if (appId !== APPLICATION_ID && (appId !== 0 || tables.n > 0)) throw new LedgerError('error.ledgerNotTizim', { path });

  db.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migration').all() as { version: number }[]).map((r) => r.version),
  );
  const newest = Math.max(0, ...applied);
  if (newest > SCHEMA_VERSION) throw new LedgerError('error.ledgerNewer', { found: newest, known: SCHEMA_VERSION });

  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      const at = new Date().toISOString();
      if (m.sql !== '') db.exec(m.sql);
      m.data?.(db, { actor: MIGRATION_ACTOR, at });
      db.prepare('INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, at);
      db.pragma(`user_version = ${m.version}`);
      // In the same transaction as the first tables: a `tizim init` killed between two migrations leaves a ledger
      // that says it is one (and is finished by the next open), never tables under a file that is no Tizim ledger.
      if (appId === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    })();
  }
  if (appId === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
}
