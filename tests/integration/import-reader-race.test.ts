import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readWorkbook } from '../../src/imports/read-workbook';
import { writeCorpus } from '../fixtures/workbooks';

// exceljs#3064: without the reader's fix, about one read in 200 of a good exceljs-written workbook failed as damaged
// (its workbook part lost). Reading the same good file many times must never fail.

let dir: string;
let good: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tizim-race-'));
  good = (await writeCorpus(dir)).goodKk;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reads a good workbook 600 times without once taking it for a damaged one', async () => {
  const failures: string[] = [];
  for (let i = 0; i < 600; i++) {
    const result = await readWorkbook(good);
    if (!result.ok) failures.push(`${result.failure.code}: ${result.failure.params.detail ?? ''}`);
    else if (result.rows.length !== 3) failures.push(`rows: ${result.rows.length}`);
  }
  expect(failures).toEqual([]);
}, 60_000);
