import { createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { openLedger } from '../../src/ledger';
import { createService } from '../../src/service';
import { catalogs } from '../../src/domain/i18n';
import { columnLabel, type ImportColumn } from '../../src/domain/import-columns';
import { IMPORT_TEMPLATES, type ImportTemplate } from '../../src/domain/import-records';
import { mapRow } from '../../src/domain/import-row';
import { LANGS, type Lang } from '../../src/domain/types';
import { readWorkbook, type ReadResult } from '../../src/imports/read-workbook';
import { DATE_FORMAT, listWords as wordsOf, REFERENCE_CHOICES, TEMPLATE_COLUMNS, TEMPLATE_LAST_ROW, TEMPLATE_LISTS, writeTemplate, type TemplateList } from '../../src/imports/template';
import { REFERENCE } from '../../src/domain/reference';
import { CORPUS_DISTRICTS, CORPUS_OPTIONS, CORPUS_PEOPLE, fillTemplate, type TemplateRow } from '../fixtures/workbooks';

// Issue 6, templates: what the desk hands out is what it reads back. Headers, drop-downs and date formats, read
// with exceljs; then the template filled in (as a clerk would, through the drop-downs) and read by the import.

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tizim-template-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = CORPUS_OPTIONS;
/** The words of a drop-down of a template written without an election: the reference data's regions and parties. */
const listWords = (lang: Lang, list: TemplateList): string[] => wordsOf(lang, list, REFERENCE_CHOICES);

type Validation = ExcelJS.DataValidation;
const validationsOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: { model: Record<string, Validation | undefined> } }).dataValidations.model;

async function template(name: ImportTemplate, lang: Lang): Promise<string> {
  const path = join(dir, `${name}-${lang}.xlsx`);
  const out = createWriteStream(path);
  const summary = await writeTemplate(name, lang, out);
  expect(summary.columns).toEqual(TEMPLATE_COLUMNS[name]);
  return path;
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

function ok(result: ReadResult) {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.failure)}`);
  return result;
}

/** The words a drop-down offers: the cells its formula names on the lists sheet. */
function dropDown(book: ExcelJS.Workbook, formula: string): string[] {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula);
  if (!m) throw new Error(`not a range: ${formula}`);
  const ws = book.getWorksheet(m[1]?.replace(/''/g, "'") ?? '');
  if (!ws) throw new Error(`no sheet in ${formula}`);
  const words: string[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++) words.push(ws.getCell(`${m[2]}${r}`).text);
  return words;
}

describe('the template', () => {
  for (const name of IMPORT_TEMPLATES)
    for (const lang of LANGS)
      it(`${name} in ${lang}: header, instructions second, drop-downs, formats`, async () => {
        const book = await load(await template(name, lang));
        const t = catalogs[lang].core.template;
        expect(book.worksheets.map((w) => w.name)).toEqual([t.sheet.candidates, t.sheet.instructions, t.sheet.lists]);
        expect(book.worksheets[2]?.state).toBe('hidden');
        const ws = book.worksheets[0] as ExcelJS.Worksheet;
        const columns = TEMPLATE_COLUMNS[name];
        const header = (ws.getRow(1).values as unknown[]).slice(1);
        expect(header).toEqual(columns.map((c) => columnLabel(lang, c)));
        expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

        const at = (column: ImportColumn) => columns.indexOf(column) + 1;
        const letter = (column: ImportColumn) => ws.getColumn(at(column)).letter;
        const validations = validationsOf(ws);
        const expectList = (column: ImportColumn, words: string[]) => {
          for (const row of [2, TEMPLATE_LAST_ROW]) {
            const v = validations[`${letter(column)}${row}`];
            expect(v?.type, `${column}${row}`).toBe('list');
            expect(dropDown(book, String(v?.formulae[0]))).toEqual(words);
          }
          expect(validations[`${letter(column)}${TEMPLATE_LAST_ROW + 1}`]).toBeUndefined();
        };
        expectList('sex', listWords(lang, 'sex'));
        expectList('citizenship', listWords(lang, 'citizenship'));
        expectList('education', listWords(lang, 'education'));
        for (const c of ['disability', 'declIncapacity', 'declImprisonment', 'declCriminalRecord', 'declCorruption'] as const)
          expectList(c, [catalogs[lang].core.declarationAnswer.yes, catalogs[lang].core.declarationAnswer.no]);
        if (name === 'district') expectList('kind', listWords(lang, 'kind'));
        else expect(columns).not.toContain('kind');
        // The regions and parties in the template's language; another written form is warned of, not refused.
        expectList('residenceRegion', REFERENCE.regions.map((r) => r.name[lang]));
        expectList('partyMembership', [...REFERENCE.parties.map((p) => p.short[lang]), catalogs[lang].core.report.nonParty]);
        expect(validations[`${letter('residenceRegion')}2`]?.errorStyle).toBe('warning');
        expect(validations[`${letter('sex')}2`]?.errorStyle).toBeUndefined();
        if (name === 'district') expectList('partyId', REFERENCE.parties.map((p) => p.short[lang]));
        else expect(columns).not.toContain('partyId');

        for (const c of ['birthDate', 'residentSince', 'receivedOn'] as const) {
          expect(ws.getColumn(at(c)).numFmt, c).toBe(DATE_FORMAT);
          expect(validations[`${letter(c)}2`]?.type).toBe('date');
        }
        expect(ws.getColumn(at('iin')).numFmt).toBe('@');
        expect(validations[`${letter('iin')}2`]).toBeUndefined();
        // The time of receipt, right after its date, as text: the 18:00 cut-off of the closing day needs it.
        expect(at('receivedTime')).toBe(at('receivedOn') + 1);
        expect(ws.getColumn(at('receivedTime')).numFmt).toBe('@');

        const instructions = book.worksheets[1] as ExcelJS.Worksheet;
        const firstColumn: string[] = [];
        instructions.eachRow((row) => firstColumn.push(row.getCell(1).text));
        const rowOf = (c: ImportColumn) => {
          let found = 0;
          instructions.eachRow((row) => {
            if (row.getCell(1).text === columnLabel(lang, c)) found = row.number;
          });
          return instructions.getRow(found);
        };
        for (const c of columns) {
          const described = [1, 2, 3, 4].map((i) => rowOf(c).getCell(i).text);
          expect(described.every((text) => text.trim() !== ''), `${lang} ${c}`).toBe(true);
        }
        expect(rowOf('sex').getCell(4).text).toBe(listWords(lang, 'sex').join('; '));
        const text = firstColumn.join('\n');
        expect(text).toContain(name === 'party-list' ? '--party' : t.note.district);
        expect(text).toContain(t.note.order);
        // The parties of the election, each by its short name, its code and its full name.
        let partiesAt = 0;
        instructions.eachRow((row) => {
          if (row.getCell(1).text === t.heading.parties) partiesAt = row.number;
        });
        expect(partiesAt).toBeGreaterThan(0);
        const partyRows = REFERENCE.parties.map((_, i) => [1, 2, 3].map((c) => instructions.getRow(partiesAt + 2 + i).getCell(c).text));
        expect(partyRows).toEqual(REFERENCE.parties.map((p) => [p.short[lang], p.code, p.name[lang]]));
      });

  it('offers in every drop-down only words the import reads back', () => {
    const codes: Record<(typeof TEMPLATE_LISTS)[number], [ImportColumn, (p: ReturnType<typeof mapRow>) => unknown, unknown[]]> = {
      sex: ['sex', (m) => m.person.sex, ['female', 'male']],
      kind: ['kind', (m) => m.nomination.kind, ['district-party', 'district-association', 'district-self']],
      yesNo: ['declCorruption', (m) => m.person.declarations.corruption, ['yes', 'no']],
      citizenship: ['citizenship', (m) => m.person.citizenship, ['KZ', 'other', 'none']],
      education: ['education', (m) => m.person.education, ['secondary', 'vocational', 'incomplete-higher', 'higher', 'postgraduate']],
      region: ['residenceRegion', (m) => m.person.residenceRegion, REFERENCE.regions.map((r) => r.code)],
      party: ['partyId', (m) => m.nomination.partyId, REFERENCE.parties.map((p) => p.ballotOrder)],
      membership: ['partyMembership', (m) => m.person.partyMembership, [...REFERENCE.parties.map((p) => p.code), '']],
    };
    for (const lang of LANGS)
      for (const list of TEMPLATE_LISTS) {
        const [column, read, expected] = codes[list];
        const mapped = listWords(lang, list).map((word) => mapRow([word], new Map([[0, column]]), options));
        expect(mapped.flatMap((m) => m.problems), `${lang} ${list}`).toEqual([]);
        expect(mapped.map(read), `${lang} ${list}`).toEqual(expected);
      }
  });

  it('reads a blank template as a header and no rows', async () => {
    for (const name of IMPORT_TEMPLATES) {
      const read = ok(await readWorkbook(await template(name, 'kk')));
      expect(read.header.row).toBe(1);
      expect(read.header.match.found).toEqual(TEMPLATE_COLUMNS[name]);
      expect(read.header.match.ignored).toEqual([]);
      expect(read.rows).toEqual([]);
    }
  });

  for (const [name, lang] of [['party-list', 'ru'], ['district', 'kk'], ['district', 'en']] as const)
    it(`${name} in ${lang}, filled in through its drop-downs, maps to the candidates`, async () => {
      const path = await template(name, lang);
      const columns = TEMPLATE_COLUMNS[name];
      const core = catalogs[lang].core;
      const [a, b] = [CORPUS_PEOPLE[1], CORPUS_PEOPLE[2]] as const;
      if (!a || !b) throw new Error('corpus');
      const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
      const rows: TemplateRow[] = [
        {
          listPosition: 1, districtId: 2, kind: core.kind['district-party'], partyId: 'AMANAT',
          surname: a.surname, givenName: a.givenName, patronymic: a.patronymic, iin: a.iin, birthDate: date(a.birthDate),
          sex: core.sex.female, citizenship: core.citizenship.KZ, disability: core.declarationAnswer.yes, education: core.education.higher,
          partyMembership: 'amanat', receivedOn: date('2023-02-01'),
          declIncapacity: core.declarationAnswer.no, declImprisonment: core.declarationAnswer.no, declCriminalRecord: core.declarationAnswer.no,
        },
        {
          listPosition: 2, districtId: 3, kind: core.kind['district-self'],
          surname: b.surname, givenName: b.givenName, iin: b.iin, birthDate: '09.01.2000',
          sex: core.sex.male, citizenship: core.citizenship.none, disability: core.declarationAnswer.no, education: core.education['incomplete-higher'],
          residentSince: date('2010-06-01'), receivedOn: '02.02.2023', declCorruption: core.declarationAnswer.yes,
        },
      ];
      await fillTemplate(path, rows, (ws) => {
        // A formatted row with nothing in it, as a clerk leaves one behind, is still a blank row.
        ws.getRow(40).getCell(columns.indexOf('birthDate') + 1).numFmt = DATE_FORMAT;
        ws.getRow(40).getCell(columns.indexOf('surname') + 1).value = '  ';
      });

      const read = ok(await readWorkbook(path));
      expect(read.rows.map((r) => r.row)).toEqual([2, 3]);
      const [first, second] = read.rows.map((r) => mapRow(r.cells, read.header.match.columns, options));
      expect(first?.problems).toEqual([]);
      expect(second?.problems).toEqual([]);
      expect(first?.person).toMatchObject({
        surname: a.surname, givenName: a.givenName, patronymic: a.patronymic, iin: a.iin, birthDate: a.birthDate, sex: 'female',
        citizenship: 'KZ', disability: true, education: 'higher', partyMembership: 'amanat',
        declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'unknown' },
      });
      // The IIN that starts with zeros keeps them: the column is text.
      expect(b.iin.startsWith('000')).toBe(true);
      expect(second?.person).toMatchObject({
        iin: b.iin, birthDate: '2000-01-09', sex: 'male', citizenship: 'none', disability: false, education: 'incomplete-higher',
        residentSince: '2010-06-01', declarations: { incapacity: 'unknown', imprisonment: 'unknown', criminalRecord: 'unknown', corruption: 'yes' },
      });
      if (name === 'party-list') {
        expect(first?.nomination).toMatchObject({ kind: '', listPosition: 1, receivedOn: '2023-02-01' });
        expect(second?.nomination).toMatchObject({ listPosition: 2, receivedOn: '2023-02-02' });
      } else {
        expect(first?.nomination).toMatchObject({ kind: 'district-party', partyId: 1, districtId: CORPUS_DISTRICTS.get(2), receivedOn: '2023-02-01' });
        expect(second?.nomination).toMatchObject({ kind: 'district-self', partyId: null, districtId: CORPUS_DISTRICTS.get(3) });
      }
    });
});

async function tizim(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const env = { TIZIM_LANG: '', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', TIZIM_DB: '' };
  const code = await run(args, { env, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('tizim template', () => {
  it('writes the district template in Kazakh and leaves no temporary file', async () => {
    const file = join(dir, 'cli-district.xlsx');
    const { code, out, err } = await tizim(['template', 'district', '--lang', 'kk', '--out', file]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toEqual([`Үлгі ${file} файлына жазылды`]);
    const book = await load(file);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Кандидаттар', 'Нұсқаулық', 'Тізімдер']);
    expect(book.worksheets[0]?.getCell('A1').value).toBe(catalogs.kk.core.field.districtId);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes the party-list template in English by default', async () => {
    const file = join(dir, 'cli-list.xlsx');
    const { code, out } = await tizim(['template', 'party-list', '--out', file]);
    expect(code).toBe(0);
    expect(out).toEqual([`Template written to ${file}`]);
    const read = ok(await readWorkbook(file));
    expect(read.header.match.found).toEqual(TEMPLATE_COLUMNS['party-list']);
    expect((await load(file)).worksheets[0]?.getCell('B1').value).toBe('Surname');
  });

  it('offers with --election that election’s parties, one added by hand among them, in the template’s language', async () => {
    const db = join(dir, 'template-election.sqlite');
    const ledger = openLedger(db);
    try {
      const service = createService(ledger, { actor: 'clerk.template' });
      expect(service.call('elections.create', { preset: 'mazhilis-2023' }).ok).toBe(true);
      const added = service.call('parties.create', {
        electionId: 1, code: 'jana', shortName: 'Jana', name: { kk: '«Жаңа» партиясы', ru: 'партия «Жана»', en: 'Jana Party' }, short: { kk: 'Жаңа', ru: 'Жана' },
      });
      expect(added.ok).toBe(true);
    } finally {
      ledger.close();
    }
    const file = join(dir, 'cli-election.xlsx');
    const { code, err } = await tizim(['template', 'district', '--lang', 'ru', '--db', db, '--election', '1', '--out', file]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const book = await load(file);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    const letter = ws.getColumn(TEMPLATE_COLUMNS.district.indexOf('partyId') + 1).letter;
    expect(dropDown(book, String(validationsOf(ws)[`${letter}2`]?.formulae[0]))).toEqual([...REFERENCE.parties.map((p) => p.short.ru), 'Жана']);
    const missing = await tizim(['template', 'district', '--db', db, '--election', '7', '--out', join(dir, 'none.xlsx')]);
    expect(missing.code).not.toBe(0);
    expect(existsSync(join(dir, 'none.xlsx'))).toBe(false);
  });

  it('refuses an unknown template, a missing --out and an unwritable place in one line, writing nothing', async () => {
    const unknown = await tizim(['--lang', 'ru', 'template', 'votes', '--out', join(dir, 'x.xlsx')]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toEqual(['tizim: «votes» — не из допустимых значений: party-list, district.']);
    const noOut = await tizim(['template', 'district']);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toHaveLength(1);
    const target = join(dir, 'no', 'such', 't.xlsx');
    const noDir = await tizim(['template', 'district', '--lang', 'ru', '--out', target]);
    expect(noDir.code).toBe(2);
    expect(noDir.err).toEqual([expect.stringMatching(/^tizim: Не удалось записать .*t\.xlsx: /)]);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });
});
