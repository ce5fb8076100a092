import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Ledger } from '../src/ledger';
import { decidePartyList, ensurePartyList, nextRegisteredOrder } from '../src/ledger/party-lists';
import { listParties } from '../src/ledger/reference';
import type { Service } from '../src/service';
import { seedCandidates } from '../tests/fixtures/synthetic';
import { openBenchDesk, type BenchDesk } from './desk';
import { report } from './measure';

// Issue 5: a report of a 100,000-nomination ledger in at most 1.5 times what exceljs's streaming writer takes to
// write the same rows bare (no title, no styles, values already in memory), with peak memory under 400 MB.

const N = 100_000;
let desk: BenchDesk;
let ledger: Ledger;
let service: Service;
let electionId: number;

beforeAll(() => {
  desk = openBenchDesk('reports');
  ({ ledger, service, electionId } = desk);
  seedCandidates(ledger, electionId, N);
  // Every list registered, as the commission would before publishing them.
  const who = { actor: 'bench', at: '2023-02-20T10:00:00.000Z' };
  ledger.db.transaction(() => {
    for (const party of listParties(ledger.db, electionId)) {
      const listId = ensurePartyList(ledger.db, who, electionId, party.id);
      const version = (ledger.db.prepare('SELECT version FROM party_list WHERE id = ?').get(listId) as { version: number }).version;
      const registeredOrder = nextRegisteredOrder(ledger.db, electionId);
      decidePartyList(ledger.db, who, listId, version, { status: 'registered', resolutionNumber: '1', resolutionDate: '2023-02-20', registeredOrder }, {});
    }
  })();
});
afterAll(() => desk.close());

async function timed(fn: () => Promise<unknown>): Promise<{ ms: number; peakMb: number }> {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const start = process.hrtime.bigint();
  await fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, peakMb: peak / 2 ** 20 };
}

/** exceljs's streaming writer writing the given rows and nothing else. */
async function bare(rows: unknown[][], file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: createWriteStream(file), useStyles: true, useSharedStrings: false });
  const ws = workbook.addWorksheet('bare');
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
  await workbook.commit();
}

const REPORTS = ['districts', 'party-lists'] as const;

it(`exports the reports of ${N} nominations within 1.5× the bare streaming writer, under 400 MB`, async () => {
  // Ours first, both reports, so the peak memory is the export's and not what reading the files back left behind.
  const ours = new Map<string, { ms: number; peakMb: number; rows: number }>();
  for (const reportId of REPORTS) {
    const file = join(desk.dir, `${reportId}.xlsx`);
    let rows = 0;
    const exportIt = async () => {
      const r = await service.streamFile('reports.export', { electionId, report: reportId, lang: 'kk' }, createWriteStream(file));
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      rows = r.value.rows;
    };
    await exportIt(); // warm: statements prepared, catalogs loaded
    ours.set(reportId, { ...(await timed(exportIt)), rows });
  }
  for (const reportId of REPORTS) {
    const mine = ours.get(reportId);
    if (!mine) throw new Error(reportId);
    // The same rows, as the bare writer gets them: read back from our own workbook, so the cells are identical.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(desk.dir, `${reportId}.xlsx`));
    const same: unknown[][] = [];
    for (const ws of book.worksheets) ws.eachRow((row, n) => void (n > 7 && same.push((row.values as unknown[]).slice(1))));
    expect(same.length).toBe(mine.rows);
    await bare(same, join(desk.dir, 'bare.xlsx'));
    const theirs = await timed(() => bare(same, join(desk.dir, 'bare.xlsx')));
    report(`${reportId} report, ${mine.rows} rows (exportReport)`, mine.ms, theirs.ms);
    console.log(`bench: ${reportId} report: peak rss ${mine.peakMb.toFixed(0)} MB`);
    expect(mine.rows).toBeGreaterThan(N / 5);
    expect(mine.ms / theirs.ms).toBeLessThanOrEqual(1.5);
    expect(mine.peakMb).toBeLessThan(400);
  }
});
