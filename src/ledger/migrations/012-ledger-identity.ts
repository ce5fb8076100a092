import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Actor } from '../record';

// Issue 14: every ledger gets an identity of its own, made once when the file is created (or first opened by this
// version), so that a restore can refuse a backup of another ledger and a seal names the ledger it was made of. The
// identity is never journaled: it is the file's, not a change anyone made, and journaling it would shift every entry
// number of a new ledger. Triggers keep it as it was made.
//
// The administrator's backup settings (the folder the desk writes its automatic backups into, how many it keeps)
// live in the ledger, one row, journaled like any other change.

export const ledgerIdentity = `
CREATE TABLE ledger_identity (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  ledger_id TEXT NOT NULL CHECK (length(ledger_id) = 36),
  created_at TEXT NOT NULL
) STRICT;
CREATE TRIGGER ledger_identity_no_update BEFORE UPDATE ON ledger_identity BEGIN
  SELECT RAISE(ABORT, 'the ledger identity is never changed');
END;
CREATE TRIGGER ledger_identity_no_delete BEFORE DELETE ON ledger_identity BEGIN
  SELECT RAISE(ABORT, 'the ledger identity is never removed');
END;

CREATE TABLE backup_setting (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL DEFAULT 1,
  folder TEXT NOT NULL,
  keep INTEGER NOT NULL CHECK (keep BETWEEN 1 AND 1000),
  updated_at TEXT NOT NULL
) STRICT;
CREATE TRIGGER backup_setting_no_delete BEFORE DELETE ON backup_setting BEGIN
  SELECT RAISE(ABORT, 'backup settings are changed, never removed');
END;
`;

export function identifyLedger(db: Database, who: Actor): void {
  db.prepare('INSERT INTO ledger_identity (id, ledger_id, created_at) VALUES (1, ?, ?)').run(randomUUID(), who.at);
}
