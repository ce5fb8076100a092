// How far a long job has come (issue 15, item 3), and the flag that stops it where stopping is safe. A job reports
// through the handle of its call; the request thread keeps the last report per job on the board, where the page that
// started it asks for it (`jobs.progress`) and may stop it (`jobs.cancel`). The page polls rather than being
// streamed to: it already speaks one request, one answer to the service over both transports, and a poll every
// half second costs one map lookup. The flag is shared memory, so that a job on the job thread sees a stop while
// it runs synchronously, between two rows, without waiting for its thread's event loop.

export interface JobProgress {
  done: number;
  /** 0 while the total is not known yet (a workbook being read row by row). */
  total: number;
  /** Whether stopping the job is safe (a verify, an export, a preview; never an import's commit). */
  cancellable: boolean;
}

export interface JobHandle {
  report(done: number, total: number): void;
  stopped(): boolean;
  /** One 32-bit cell: 1 once the job is asked to stop. Shared with the job thread. */
  readonly flag: Int32Array;
}

export function stopFlag(buffer: SharedArrayBuffer = new SharedArrayBuffer(4)): Int32Array {
  return new Int32Array(buffer);
}

export function jobHandle(report: (done: number, total: number) => void, flag: Int32Array = stopFlag()): JobHandle {
  return { report, stopped: () => Atomics.load(flag, 0) === 1, flag };
}

/** The handle of a call nobody follows. */
export const NO_JOB: JobHandle = jobHandle(() => undefined);

interface Entry {
  progress: JobProgress;
  handle: JobHandle;
}

/** The jobs running for their callers, keyed by the caller's session and the id the caller chose. */
export interface JobBoard {
  open(key: string, cancellable: boolean): JobHandle;
  close(key: string): void;
  progress(key: string): JobProgress | null;
  /** Asks a cancellable job to stop; false when there is no such job or it may not be stopped. */
  cancel(key: string): boolean;
}

export function createJobBoard(): JobBoard {
  const entries = new Map<string, Entry>();
  return {
    open(key, cancellable) {
      const entry: Entry = { progress: { done: 0, total: 0, cancellable }, handle: NO_JOB };
      entry.handle = jobHandle((done, total) => {
        entry.progress = { done, total, cancellable };
      });
      entries.set(key, entry);
      return entry.handle;
    },
    close: (key) => {
      entries.delete(key);
    },
    progress: (key) => entries.get(key)?.progress ?? null,
    cancel(key) {
      const entry = entries.get(key);
      if (!entry?.progress.cancellable) return false;
      Atomics.store(entry.handle.flag, 0, 1);
      return true;
    },
  };
}

/** A job's key on the board: its caller's session (so that nobody else sees or stops it) and the caller's id. */
export function jobKey(token: string | null, id: string): string {
  return `${token ?? 'local'}:${id}`;
}

/** The ids a page may choose for its job: sent as a header over HTTP and beside the call over IPC. */
export function isJobId(id: unknown): id is string {
  return typeof id === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(id);
}
