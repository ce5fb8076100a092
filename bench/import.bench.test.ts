import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ImportOutcome, ImportPreview } from '../src/domain/import-records';
import { writeLargeDistrictFile } from '../tests/fixtures/large-workbook';
import { openBenchDesk, type BenchDesk } from './desk';
import { report } from './measure';

// Issue 6: previewing and committing a 100,000-row workbook, against exceljs's streaming reader reading the same
// file bare (every row's values, nothing else). The target is 2.5 times the bare read with peak memory under 500 MB.

const N = 100_000;
let desk: BenchDesk;
let file: string;

beforeAll(async () => {
  desk = openBenchDesk('import');
  file = join(desk.dir, 'district-candidates.xlsx');
  await writeLargeDistrictFile(file, N);
});
afterAll(() => desk.close());

/** exceljs's streaming reader, reading every row's values: what the import cannot do with less. */
async function bareRead(path: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(path), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  let rows = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) if (row.values) rows += 1;
    break;
  }
  return rows;
}

/** Wall time and peak RSS. The commit is synchronous, so the peak is also read from the process's own maximum. */
async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; peakMb: number; value: T }> {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = process.hrtime.bigint();
  const value = await fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  return { ms, peakMb: peak / 2 ** 20, value };
}

it(`previews and commits ${N.toLocaleString('en')} rows`, async () => {
  const { service, electionId } = desk;
  const fileId = service.registerImportFile(file, 'district-candidates.xlsx');
  let previewMs = 0;
  const ours = await timed(async () => {
    const start = Date.now();
    const preview = await service.callAsync('imports.preview', { electionId, fileId, limit: 100 });
    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    previewMs = Date.now() - start;
    const { digest } = preview.value as ImportPreview;
    const done = await service.callAsync('imports.commit', { electionId, fileId, digest });
    if (!done.ok) throw new Error(JSON.stringify(done.error));
    return done.value as ImportOutcome;
  });
  expect(ours.value.added).toBe(N);
  const bare = await timed(() => bareRead(file));
  expect(bare.value).toBe(N + 1);
  report(`import preview of ${N} rows`, previewMs, bare.ms);
  report(`import preview + commit of ${N} rows`, ours.ms, bare.ms);
  console.log(`bench: import peak RSS ${ours.peakMb.toFixed(0)} MB (target < 500 MB; ratio target ≤ 2.5)`);
});
