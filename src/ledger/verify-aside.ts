import type { Database } from 'better-sqlite3';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { CHECKS_CACHE, runSqlCheck, type SqlCheck } from './verify-extras';

// A verify's checks that are SQL alone (SQLite's integrity check, the names' search index, the candidates' order)
// run on connections of their own in two threads while this thread walks the journal and the records, so the
// machine's second core shares the work. Measured at 100,000 nominations (200,000 journal rows), as each thread's
// own CPU time on a busy machine: the walk and the records 2.1 s, the integrity check 2.25 s, the search index and
// the order 1.3 s. Three jobs on two cores finish about when the system has spread their 5.6 s over both (2.8 s);
// the integrity check and the other two on one thread made a half of 3.3 s, which the other half (then 2.5 s) left
// a core idle for. The third thread costs memory: `tizim verify`'s peak RSS 347 MB instead of 312 at 200,000
// journal rows, 370 instead of 332 at 1,000,000. What a check finds is the same wherever it ran.
//
// The aside threads are given nothing of this code: SQL texts, the file's path and better-sqlite3's own path. The
// verify stays synchronous (its callers are), so this thread waits for the answers with Atomics.wait, in slices that
// let the one who started the verify stop it.

/** What the aside threads found: SQLite's verdict, and each check's first differing row or null. */
export interface AsideFindings {
  integrity: string;
  found: (number | null)[];
  /** Whether the aside threads gave them all (false: this one did some or all, by size or because a thread failed). */
  aside: boolean;
}

export interface Aside {
  /** Blocks until the aside checks are done; throws what `stopped` throws while it waits. */
  wait(stopped?: () => void): AsideFindings;
  /** Ends the aside threads, done or not (a verify stopped or failed before it waited). */
  close(): void;
}

/** The file below this size is checked on one thread: starting a thread costs more than it saves. */
const ASIDE_FROM_BYTES = 32 * 1024 * 1024;
const WAIT_SLICE_MS = 200;

const THREAD = `
const { workerData } = require('node:worker_threads');
const { driver, path, integrity: withIntegrity, checks, port, signal } = workerData;
const flag = new Int32Array(signal);
let answer;
try {
  const Database = require(driver);
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('cache_size = -65536');
    const found = [];
    // One snapshot for this thread's checks, as the file was when the verify began.
    db.exec('BEGIN');
    const integrity = withIntegrity ? db.pragma('integrity_check', { simple: true }) || 'ok' : null;
    // The checks' temporary tables, as runSqlCheck runs them.
    db.pragma('cache_size = ${CHECKS_CACHE}');
    for (const c of checks) {
      try {
        if (c.setup) db.exec(c.setup);
        found.push(db.prepare(c.query).pluck().get());
      } finally {
        if (c.teardown) db.exec(c.teardown);
      }
    }
    db.exec('COMMIT');
    answer = { integrity, found };
  } finally {
    db.close();
  }
} catch (e) {
  answer = { error: String(e && e.message || e) };
}
port.postMessage(answer);
Atomics.store(flag, 0, 1);
Atomics.notify(flag, 0);
`;

function integrityHere(db: Database): string {
  return (db.pragma('integrity_check', { simple: true }) as string) || 'ok';
}

function here(db: Database, checks: readonly SqlCheck[]): AsideFindings {
  return { integrity: integrityHere(db), found: checks.map((c) => runSqlCheck(db, c)), aside: false };
}

/** One thread's share: SQLite's integrity check, or the SQL checks. */
interface Share {
  flag: Int32Array;
  port: MessagePort;
  worker: Worker;
}

/** A thread for a share of the checks; null when it cannot start (the share is then run here). */
function startShare(db: Database, integrity: boolean, checks: readonly SqlCheck[]): Share | null {
  const signal = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  try {
    const plain = checks.map(({ setup, query, teardown }) => ({ setup, query, teardown }));
    const worker = new Worker(THREAD, {
      eval: true,
      workerData: { driver: require.resolve('better-sqlite3'), path: db.name, integrity, checks: plain, port: port2, signal },
      transferList: [port2],
    });
    return { flag: new Int32Array(signal), port: port1, worker };
  } catch {
    port1.close();
    return null;
  }
}

/** What a share's thread answered; null when it failed (or never started). */
function answerOf(share: Share | null): { integrity: string | null; found: (number | null)[] } | null {
  const answer = share && (receiveMessageOnPort(share.port)?.message as { integrity: string | null; found: (number | null)[] } | { error: string } | undefined);
  return answer && !('error' in answer) ? answer : null;
}

/**
 * Starts the checks on threads of their own when the ledger is a file big enough to gain from it (`force`: whatever
 * its size, for the tests), else runs them here when waited for: SQLite's integrity check on one thread, the SQL
 * checks on another (why two: above). A thread that cannot start or cannot open the file leaves its share to this
 * thread: the verdict never depends on where they ran.
 */
export function startAside(db: Database, checks: readonly SqlCheck[], force?: boolean): Aside {
  const size = db.memory || db.name === '' ? 0 : (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
  if (size === 0 || (!force && size < ASIDE_FROM_BYTES)) return { wait: () => here(db, checks), close: () => undefined };
  const integrityShare = startShare(db, true, []);
  const checksShare = checks.length > 0 ? startShare(db, false, checks) : null;
  const shares = [integrityShare, checksShare].filter((s): s is Share => s !== null);
  let open = true;
  const close = (): void => {
    if (!open) return;
    open = false;
    for (const share of shares) {
      share.port.close();
      void share.worker.terminate();
    }
  };
  return {
    wait(stopped) {
      stopped?.();
      for (const share of shares) while (Atomics.wait(share.flag, 0, 0, WAIT_SLICE_MS) === 'timed-out') stopped?.();
      const fromIntegrity = answerOf(integrityShare);
      const fromChecks = checks.length > 0 ? answerOf(checksShare) : { integrity: null, found: [] };
      close();
      return {
        integrity: fromIntegrity?.integrity ?? integrityHere(db),
        found: fromChecks?.found ?? checks.map((c) => runSqlCheck(db, c)),
        aside: fromIntegrity !== null && fromChecks !== null,
      };
    },
    close,
  };
}
