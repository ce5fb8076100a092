import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapRow } from '../../src/domain/import-row';
import { IMPORT_FAILURE_KEYS, readWorkbook, type ReadResult } from '../../src/imports/read-workbook';
import { CORPUS, CORPUS_DISTRICTS, CORPUS_OPTIONS, CORPUS_PEOPLE, FORMULA_CELL, MANY_ROWS, writeCorpus } from '../fixtures/workbooks';

// Issue 6, reading: the generated corpus of good and bad workbooks, each bad one refused with its own message that
// names the file, and the row and column where one applies.

let dir = '';
let at: Awaited<ReturnType<typeof writeCorpus>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tizim-import-'));
  at = await writeCorpus(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ok(result: ReadResult) {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.failure)}`);
  return result;
}

describe('good workbooks', () => {
  for (const name of ['goodKk', 'goodRu', 'goodEn'] as const)
    it(`reads ${CORPUS[name]} into the same candidates`, async () => {
      const read = ok(await readWorkbook(at[name]));
      expect(read.file).toBe(CORPUS[name]);
      expect(read.rows).toHaveLength(CORPUS_PEOPLE.length);
      const mapped = read.rows.map((r) => mapRow(r.cells, read.header.match.columns, CORPUS_OPTIONS));
      for (const [i, m] of mapped.entries()) {
        const p = CORPUS_PEOPLE[i];
        expect(m.problems).toEqual([]);
        expect(m.person).toMatchObject({ surname: p?.surname, givenName: p?.givenName, iin: p?.iin, birthDate: p?.birthDate, sex: p?.sex });
        expect(m.nomination).toMatchObject({ kind: 'district-self', districtId: CORPUS_DISTRICTS.get(p?.district ?? 0) });
      }
    });

  it('finds the header under a title, skips blank rows and reports the extra column', async () => {
    const read = ok(await readWorkbook(at.goodRu));
    expect(read.header.row).toBe(3);
    expect(read.rows.map((r) => r.row)).toEqual([4, 6, 7]);
    expect(read.header.match.ignored).toEqual([{ index: 8, letter: 'I', text: 'Примечание', reason: 'unknown' }]);
    // The original cells are kept for the error report.
    expect(read.rows[0]?.cells[8]).toBe('note 1');
  });

  it('restores the leading zeros of a numeric IIN', async () => {
    const read = ok(await readWorkbook(at.goodEn));
    expect(read.rows[2]?.cells[0]).toBe(Number(CORPUS_PEOPLE[2]?.iin));
    const m = mapRow(read.rows[2]?.cells ?? [], read.header.match.columns, CORPUS_OPTIONS);
    expect(CORPUS_PEOPLE[2]?.iin).toMatch(/^000/);
    expect(m.person.iin).toBe(CORPUS_PEOPLE[2]?.iin);
  });

  it('reads the shared strings of an ordinary file under the default cap', async () => {
    expect(ok(await readWorkbook(at.bigStrings)).rows).toHaveLength(200);
  });
});

describe('bad workbooks', () => {
  const cases: [keyof typeof CORPUS, keyof typeof IMPORT_FAILURE_KEYS, { row?: number; column?: string }][] = [
    ['notWorkbook', 'notWorkbook', {}],
    ['truncated', 'corrupt', {}],
    ['damaged', 'corrupt', {}],
    ['encrypted', 'encrypted', {}],
    ['emptySheet', 'emptySheet', {}],
    ['noHeader', 'noHeader', { row: 1 }],
    ['unknownHeaders', 'unknownHeaders', { row: 1 }],
    ['missingColumns', 'missingColumns', { row: 1 }],
    ['formula', 'formula', FORMULA_CELL],
    ['manyRows', 'tooManyRows', { row: 12 }],
    ['bigStrings', 'sharedStringsTooLarge', {}],
  ];
  for (const [name, code, where] of cases)
    it(`refuses ${CORPUS[name]}: ${IMPORT_FAILURE_KEYS[code]}`, async () => {
      const result = await readWorkbook(at[name], { maxRows: 10, maxSharedStringBytes: 10_000 });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.failure.code).toBe(code);
      expect(result.failure.messageKey).toBe(IMPORT_FAILURE_KEYS[code]);
      expect(result.failure.params.file).toBe(CORPUS[name]);
      expect(result.failure.params).toMatchObject(where);
    });

  it('says what is missing and what is unknown', async () => {
    const missing = await readWorkbook(at.missingColumns);
    expect(!missing.ok && missing.failure.params.detail).toBe('iin');
    const unknown = await readWorkbook(at.unknownHeaders);
    expect(!unknown.ok && unknown.failure.params.detail).toBe('Foo, Bar, Baz');
  });

  it('reads up to the row limit and no further', async () => {
    expect(ok(await readWorkbook(at.manyRows, { maxRows: MANY_ROWS })).rows).toHaveLength(MANY_ROWS);
    const over = await readWorkbook(at.manyRows, { maxRows: MANY_ROWS - 1 });
    expect(!over.ok && over.failure.params).toMatchObject({ row: MANY_ROWS + 1, detail: String(MANY_ROWS - 1) });
  });

  it('refuses a file that does not exist without throwing', async () => {
    const result = await readWorkbook(join(dir, 'absent.xlsx'));
    expect(!result.ok && result.failure).toMatchObject({ code: 'unreadable', params: { file: 'absent.xlsx', detail: 'ENOENT' } });
  });
});
