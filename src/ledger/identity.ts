import type { Database } from 'better-sqlite3';
import { stmt } from './statements';

/** The ledger's own identity (migration 11): what a seal names and a restore compares. */
export function ledgerIdOf(db: Database): string {
  const row = stmt(db, 'SELECT ledger_id FROM ledger_identity WHERE id = 1').get() as { ledger_id: string } | undefined;
  // Every migrated ledger has one; a file without is not one this version made or upgraded.
  if (row === undefined) throw new Error('the ledger has no identity: it was not opened through openLedger');
  return row.ledger_id;
}
