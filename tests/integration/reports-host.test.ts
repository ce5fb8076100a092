import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../src/host';
import { hostSession, openDesk, type Desk } from './helpers';

// POST /file/reports.export on the loopback host: the same token and Host/Origin guards as /api, the workbook streamed back.

let desk: Desk;
let host: Host;
let session: string;
let electionId: number;

beforeEach(async () => {
  // 20:00 UTC on 8 February is already the 9th in Astana, whose date the file is named by.
  desk = openDesk('clerk.test', () => new Date('2023-02-08T20:00:00Z'));
  electionId = desk.must('elections.create', { preset: 'mazhilis-2023' }).id;
  const rendererDir = join(desk.dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  host = await startHost({ service: desk.service, rendererDir });
  session = await hostSession(desk, host.port, host.token);
});
afterEach(async () => {
  await host.close();
  desk.close();
});

const exportUrl = () => `http://127.0.0.1:${host.port}/file/reports.export`;
const post = (body: unknown, headers: Record<string, string> = { Authorization: `Bearer ${host.token}`, Cookie: session }) =>
  fetch(exportUrl(), { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe("POST /file/reports.export", () => {
  it('streams the workbook with its type and file name; the body reads back', async () => {
    const reply = await post({ electionId, report: 'quota', lang: 'kk' });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(reply.headers.get('content-disposition')).toBe(`attachment; filename="quota-${electionId}-2023-02-09.xlsx"`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await reply.arrayBuffer());
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getCell('A1').value).toBe('Қазақстан Республикасының Орталық сайлау комиссиясы');
    expect(ws.getCell('A3').value).toBe('Партиялық тізімдердегі квотаның сақталуы');
    expect(ws.getCell(7, 1).value).toBe('Партия');
  });

  it('refuses without the token, a foreign Origin, and answers a bad request with the JSON Result', async () => {
    expect((await post({ electionId, report: 'quota', lang: 'kk' }, {})).status).toBe(401);
    expect((await post({ electionId, report: 'quota', lang: 'kk' }, { Authorization: `Bearer ${host.token}`, Cookie: session, Origin: 'http://evil.example' })).status).toBe(403);
    const bad = await post({ electionId, report: 'nope', lang: 'kk' });
    expect(bad.headers.get('content-type')).toMatch(/application\/json/);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'report' } });
    const missing = await post({ electionId: 999, report: 'quota', lang: 'kk' });
    expect(await missing.json()).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await fetch(exportUrl(), { headers: { Authorization: `Bearer ${host.token}` } })).status).toBe(405);
  });
});
