import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHost } from '../../src/host';
import { journalHead } from '../../src/ledger/journal';
import type { Desk as Window } from '../../src/main/desk';
import { callDesk } from '../../src/main/desk-methods';
import { jobHandle, type JobProgress } from '../../src/service/progress';
import { seedCandidates } from '../fixtures/synthetic';
import { hostSession, openDesk, type Desk } from './helpers';

// Issue 15, item 3: an export reports the rows it has written of the report's rows to whoever follows it, and stops
// when asked, leaving no file anywhere (the desk window's save, the browser's download) and the ledger as it was.

let desk: Desk;
let electionId: number;
beforeEach(() => {
  desk = openDesk('clerk.test', () => new Date('2023-02-08T20:00:00Z'));
  electionId = desk.must('elections.create', { preset: 'mazhilis-2023' }).id;
});
afterEach(() => desk.close());

/** The journal extract of the new election (57 rows) and 2,000 candidates (a person and a nomination each). */
const JOURNAL_ROWS = 4057;
const journalReport = (lang = 'ru') => ({ electionId, report: 'journal', lang });

/** The desk window's `reports.save` with its dialog answered by `chosen` and the page following the writing by `job`. */
function window(chosen: string, job: string): Window {
  return {
    service: {
      prepareFile: (method, input) => desk.service.prepareFile(method, input, 'local', job),
      registerImportFile: (path, name) => desk.service.registerImportFile(path, name),
    },
    askSave: () => Promise.resolve(chosen),
    askOpen: () => Promise.resolve(null),
    askFolder: () => Promise.resolve(null),
    printToPdf: () => Promise.reject(new Error('not printed here')),
  };
}

/** Asks the board for the job's progress between every two turns of the event loop until `long` settles. */
async function follow<T>(id: string, long: Promise<T>, onProgress: (p: JobProgress) => void): Promise<T> {
  let settled = false;
  const done = long.finally(() => {
    settled = true;
  });
  while (!settled) {
    await new Promise((r) => setImmediate(r));
    const p = desk.service.call('jobs.progress', { id });
    if (p.ok && p.value !== null) onProgress(p.value as JobProgress);
  }
  return done;
}

describe('an export’s progress', () => {
  it('counts the rows written by the thousand, from none to the report’s every row', async () => {
    seedCandidates(desk.ledger, electionId, 2000);
    const seen: [number, number][] = [];
    const out = new PassThrough();
    const bytes: Buffer[] = [];
    out.on('data', (chunk: Buffer) => bytes.push(chunk));
    const result = await desk.service.streamFile('reports.export', journalReport(), out, 'local', jobHandle((done, total) => seen.push([done, total])));
    expect(result).toEqual({ ok: true, value: { rows: JOURNAL_ROWS } });
    expect(seen).toEqual([
      [0, JOURNAL_ROWS],
      [1000, JOURNAL_ROWS],
      [2000, JOURNAL_ROWS],
      [3000, JOURNAL_ROWS],
      [4000, JOURNAL_ROWS],
      [JOURNAL_ROWS, JOURNAL_ROWS],
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(bytes) as unknown as ArrayBuffer);
    expect(book.worksheets[0]?.getCell('A3').value).toBe('Выписка из журнала');
  });

  it('is on the board for the page that follows it, stoppable, while the rows are written, and gone after', async () => {
    seedCandidates(desk.ledger, electionId, 2000);
    const file = join(desk.dir, 'journal.xlsx');
    const seen: JobProgress[] = [];
    const saved = await follow('export-follow', callDesk('reports.save', journalReport('kk'), window(file, 'export-follow')), (p) => seen.push(p));
    expect(saved).toEqual({ ok: true, value: { path: file, rows: JOURNAL_ROWS } });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p) => p.total === JOURNAL_ROWS && p.cancellable)).toBe(true);
    expect(seen.some((p) => p.done > 0 && p.done < JOURNAL_ROWS)).toBe(true);
    expect(desk.service.call('jobs.progress', { id: 'export-follow' })).toEqual({ ok: true, value: null });
  });
});

describe('a stopped export', () => {
  it('answers cancelled in the desk window, saves no file, leaves the ledger as it was, and the next export is whole', async () => {
    seedCandidates(desk.ledger, electionId, 2000);
    const head = journalHead(desk.ledger.db);
    const nominations = desk.ledger.db.prepare('SELECT count(*) AS n FROM nomination').get();
    const file = join(desk.dir, 'stopped.xlsx');
    let asked = 0;
    const saved = await follow('export-stop', callDesk('reports.save', journalReport(), window(file, 'export-stop')), (p) => {
      if (p.done > 0 && asked++ === 0) expect(desk.service.call('jobs.cancel', { id: 'export-stop' })).toEqual({ ok: true, value: { stopping: true } });
    });
    expect(asked).toBeGreaterThan(0);
    expect(saved).toEqual({ ok: false, error: { code: 'cancelled', messageKey: 'error.cancelled' } });
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(desk.dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.xlsx'))).toEqual([]);
    expect(journalHead(desk.ledger.db)).toEqual(head);
    expect(desk.ledger.db.prepare('SELECT count(*) AS n FROM nomination').get()).toEqual(nominations);
    expect(desk.service.call('jobs.progress', { id: 'export-stop' })).toEqual({ ok: true, value: null });

    const again = await callDesk('reports.save', journalReport(), window(file, 'export-again'));
    expect(again).toEqual({ ok: true, value: { path: file, rows: JOURNAL_ROWS } });
  });

  it('cuts the browser’s download off unfinished, and the host goes on answering', async () => {
    seedCandidates(desk.ledger, electionId, 6000);
    const rendererDir = join(desk.dir, 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    const host = await startHost({ service: desk.service, rendererDir });
    try {
      const cookie = await hostSession(desk, host.port, host.token);
      const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, Cookie: cookie };
      const api = async (method: string, input: unknown): Promise<unknown> =>
        (await fetch(`http://127.0.0.1:${host.port}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(input) })).json();
      const head = journalHead(desk.ledger.db);
      // The answer's headers go out with the workbook's first bytes: the rows are being written when it arrives.
      const reply = await fetch(`http://127.0.0.1:${host.port}/file/reports.export`, {
        method: 'POST',
        headers: { ...headers, 'X-Tizim-Job': 'download-stop' },
        body: JSON.stringify(journalReport()),
      });
      expect(reply.status).toBe(200);
      expect(await api('jobs.cancel', { id: 'download-stop' })).toEqual({ ok: true, value: { stopping: true } });
      await expect(reply.arrayBuffer()).rejects.toThrow();
      expect(await api('jobs.progress', { id: 'download-stop' })).toEqual({ ok: true, value: null });
      expect(journalHead(desk.ledger.db)).toEqual(head);

      const whole = await fetch(`http://127.0.0.1:${host.port}/file/reports.export`, { method: 'POST', headers, body: JSON.stringify({ electionId, report: 'quota', lang: 'ru' }) });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await whole.arrayBuffer());
      expect(book.worksheets[0]?.getCell('A3').value).toBe('Соблюдение квоты в партийных списках');
    } finally {
      await host.close();
    }
  });
});
