import type { Database } from 'better-sqlite3';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { CHECKS_CACHE, runSqlCheck, type SqlCheck } from './verify-extras';

// A verify's checks that are SQL alone (SQLite's integrity check, the names' search index) run on a second
// connection in a thread of their own while this thread walks the journal, the records and the candidates' order,
// so the machine's second core shares the work. Measured at 100,000 nominations (200,000 journal rows) on a busy
// machine: the integrity check 2.4 s and the search index 1.4 s, beside the journal's 1.2 s, the records' 1.9 s
// and the order's 0.6 s; one thread took 7.7 s, two take about the longer half. What a check finds is the same
// wherever it ran.
//
// The aside thread is given nothing of this code: SQL texts, the file's path and better-sqlite3's own path. The
// verify stays synchronous (its callers are), so this thread waits for the answer with Atomics.wait, in slices that
// let the one who started the verify stop it.

/** What the aside thread found: SQLite's verdict, and each check's first differing row or null. */
export interface AsideFindings {
  integrity: string;
  found: (number | null)[];
  /** Whether the second thread gave them (false: this one did, by size or because the thread failed). */
  aside: boolean;
}

export interface Aside {
  /** Blocks until the aside checks are done; throws what `stopped` throws while it waits. */
  wait(stopped?: () => void): AsideFindings;
  /** Ends the aside thread, done or not (a verify stopped or failed before it waited). */
  close(): void;
}

/** The file below this size is checked on one thread: starting a thread costs more than it saves. */
const ASIDE_FROM_BYTES = 32 * 1024 * 1024;
const WAIT_SLICE_MS = 200;

const THREAD = `
const { workerData } = require('node:worker_threads');
const { driver, path, checks, port, signal } = workerData;
const flag = new Int32Array(signal);
let answer;
try {
  const Database = require(driver);
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('cache_size = -65536');
    const found = [];
    // One snapshot for every check, as the file was when the verify began.
    db.exec('BEGIN');
    const integrity = db.pragma('integrity_check', { simple: true }) || 'ok';
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
    answer = { integrity, found, aside: true };
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

function here(db: Database, checks: readonly SqlCheck[]): AsideFindings {
  const integrity = (db.pragma('integrity_check', { simple: true }) as string) || 'ok';
  return { integrity, found: checks.map((c) => runSqlCheck(db, c)), aside: false };
}

/**
 * Starts the checks on their own thread when the ledger is a file big enough to gain from it (`force`: whatever its
 * size, for the tests), else runs them here when waited for. A thread that cannot start or cannot open the file
 * leaves the checks to this thread: the verdict never depends on where they ran.
 */
export function startAside(db: Database, checks: readonly SqlCheck[], force?: boolean): Aside {
  const size = db.memory || db.name === '' ? 0 : (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
  if (size === 0 || (!force && size < ASIDE_FROM_BYTES)) return { wait: () => here(db, checks), close: () => undefined };
  let worker: Worker;
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  const { port1, port2 } = new MessageChannel();
  try {
    const plain = checks.map(({ setup, query, teardown }) => ({ setup, query, teardown }));
    worker = new Worker(THREAD, {
      eval: true,
      workerData: { driver: require.resolve('better-sqlite3'), path: db.name, checks: plain, port: port2, signal },
      transferList: [port2],
    });
  } catch {
    port1.close();
    return { wait: () => here(db, checks), close: () => undefined };
  }
  let open = true;
  const close = (): void => {
    if (!open) return;
    open = false;
    port1.close();
    void worker.terminate();
  };
  return {
    wait(stopped) {
      stopped?.();
      while (Atomics.wait(flag, 0, 0, WAIT_SLICE_MS) === 'timed-out') stopped?.();
      const answer = receiveMessageOnPort(port1)?.message as AsideFindings | { error: string } | undefined;
      close();
      return answer && !('error' in answer) ? answer : here(db, checks);
    },
    close,
  };
}
