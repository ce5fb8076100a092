import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogs } from '../../src/domain/i18n';
import type { ImportOutcome, ImportPreview } from '../../src/domain/import-records';
import { startHost, type Host } from '../../src/host';
import type { Result } from '../../src/service';
import { makeIin } from '../fixtures/iin';
import { fillTemplate, type TemplateRow } from '../fixtures/workbooks';
import { hostSession, openDesk, type Desk } from './helpers';

// The browser mode's import over the loopback host and a real ledger: the template downloaded from POST /file, filled
// in, sent to POST /upload, previewed and committed through /api, its error report from POST /file.

let desk: Desk;
let host: Host;
let session: string;
let electionId: number;
let partyId: number;

beforeEach(async () => {
  desk = openDesk('clerk.import', () => new Date('2023-02-01T09:00:00Z'));
  electionId = desk.must('elections.create', { preset: 'mazhilis-2023' }).id;
  partyId = desk.must('parties.list', { electionId }).find((p) => p.code === 'amanat')?.id ?? 0;
  const rendererDir = join(desk.dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  host = await startHost({ service: desk.service, rendererDir });
  session = await hostSession(desk, host.port, host.token);
});
afterEach(async () => {
  await host.close();
  desk.close();
});

const origin = () => `http://127.0.0.1:${host.port}`;
const auth = () => ({ Authorization: `Bearer ${host.token}`, Cookie: session });
const postJson = (path: string, body: unknown) =>
  fetch(`${origin()}${path}`, { method: 'POST', headers: { ...auth(), 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
async function api<T>(method: string, input: unknown): Promise<Result<T>> {
  return (await (await postJson(`/api/${method}`, input)).json()) as Result<T>;
}

const ru = catalogs.ru.core;
function candidate(surname: string, givenName: string, birthDate: string, sex: 'female' | 'male', serial: number, iin?: string): TemplateRow {
  const [y, m, d] = birthDate.split('-');
  return {
    surname, givenName, iin: iin ?? makeIin(birthDate, sex, serial), birthDate: `${d}.${m}.${y}`, sex: ru.sex[sex],
    citizenship: ru.citizenship.KZ, residentSince: `${d}.${m}.${y}`, disability: ru.declarationAnswer.no,
    residenceRegion: 'Астана', partyMembership: 'AMANAT', receivedOn: '01.02.2023',
    declIncapacity: ru.declarationAnswer.no, declImprisonment: ru.declarationAnswer.no,
    declCriminalRecord: ru.declarationAnswer.no, declCorruption: ru.declarationAnswer.no,
  };
}

describe('an import in the browser mode', () => {
  it('downloads the template, uploads it filled in, previews, exports the error report and commits', async () => {
    const template = await postJson('/file/imports.template', { template: 'party-list', lang: 'ru' });
    expect(template.status).toBe(200);
    expect(template.headers.get('content-disposition')).toBe('attachment; filename="template-party-list-ru.xlsx"');
    const file = join(desk.dir, 'Список АМАНАТ.xlsx');
    writeFileSync(file, Buffer.from(await template.arrayBuffer()));
    const good = makeIin('1979-12-30', 'male', 22);
    const bad = `${good.slice(0, 11)}${(Number(good.slice(-1)) + 1) % 10}`;
    await fillTemplate(file, [
      candidate('Әлиева', 'Гүлнар', '1985-06-01', 'female', 21),
      candidate('Бекетов', 'Ерлан', '1979-12-30', 'male', 22),
      candidate('Қасымов', 'Нұрлан', '1979-12-30', 'male', 0, bad),
    ]);

    const uploaded = await fetch(`${origin()}/upload`, {
      method: 'POST',
      headers: { ...auth(), 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent('Список АМАНАТ.xlsx') },
      body: readFileSync(file),
    });
    const chosen = (await uploaded.json()) as Result<{ fileId: string; file: string }>;
    if (!chosen.ok) throw new Error(JSON.stringify(chosen.error));
    expect(chosen.value.file).toBe('Список АМАНАТ.xlsx');
    const { fileId } = chosen.value;

    const preview = await api<ImportPreview>('imports.preview', { electionId, fileId, partyId });
    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    expect(preview.value.file).toBe('Список АМАНАТ.xlsx');
    expect(preview.value.counts).toMatchObject({ rows: 3, new: 2, invalid: 1 });
    const badRow = preview.value.page.rows.find((r) => r.row === 4);
    expect(badRow).toMatchObject({ status: 'invalid', iin: bad });

    const report = await postJson('/file/imports.errors', { electionId, fileId, partyId, lang: 'ru' });
    expect(report.headers.get('content-disposition')).toBe(
      `attachment; filename="______ ______-errors.xlsx"; filename*=UTF-8''${encodeURIComponent('Список АМАНАТ-errors.xlsx')}`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await report.arrayBuffer());
    const texts: string[] = [];
    book.worksheets[0]?.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
    expect(texts).toContain(bad);

    const refused = await api('imports.commit', { electionId, fileId, partyId, digest: preview.value.digest });
    expect(refused).toMatchObject({ ok: false, error: { code: 'findings', messageKey: 'import.invalidRows' } });
    const done = await api<ImportOutcome>('imports.commit', { electionId, fileId, partyId, digest: preview.value.digest, skipInvalid: true });
    expect(done).toMatchObject({ ok: true, value: { added: 2, persons: 2, skipped: { invalid: 1 } } });
    expect(desk.must('nominations.list', { electionId, query: 'Бекетов' }).total).toBe(1);
  });

  it('refuses a workbook that is not one with a message naming the uploaded file', async () => {
    const uploaded = await fetch(`${origin()}/upload`, {
      method: 'POST',
      headers: { ...auth(), 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent('notes.xlsx') },
      body: 'Фамилия;Имя;ИИН\n',
    });
    const chosen = (await uploaded.json()) as Result<{ fileId: string }>;
    if (!chosen.ok) throw new Error(JSON.stringify(chosen.error));
    const preview = await api('imports.preview', { electionId, fileId: chosen.value.fileId });
    expect(preview).toMatchObject({ ok: false, error: { messageKey: 'import.notWorkbook', params: { file: 'notes.xlsx' } } });
    const report = await postJson('/file/imports.errors', { electionId, fileId: chosen.value.fileId, lang: 'en' });
    expect(report.headers.get('content-type')).toMatch(/application\/json/);
    expect(await report.json()).toMatchObject({ ok: false, error: { messageKey: 'import.notWorkbook' } });
  });
});
