import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Desk, OpenDialogWords, PdfRequest } from '../../src/main/desk';
import { callDesk, deskMethods, isDeskMethod } from '../../src/main/desk-methods';
import type { PreparedFile, Service } from '../../src/service';
import type { Result } from '../../src/service/result';

// The desk window's own methods without Electron: the dialogs and printToPDF are functions that record how they were
// asked, and the service is a stand-in that records what it was asked and writes a few bytes (or refuses before
// writing, or fails half-way), so that what main does around them (the input, the dialog, the file) is what is tested.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tizim-desk-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Recorded {
  asked: { method: string; input?: unknown }[];
  offered: string[];
  /** The words each open dialog was asked with. */
  dialogs: OpenDialogWords[];
  printed: PdfRequest[];
}

type Behaviour = 'write' | 'refuse' | 'break';

function deskWith(behaviour: Behaviour, choose: string | null): Desk & Recorded {
  const recorded: Recorded = { asked: [], offered: [], dialogs: [], printed: [] };
  const service: Pick<Service, 'prepareFile' | 'registerImportFile'> = {
    prepareFile(method, input): Promise<Result<PreparedFile>> {
      recorded.asked.push({ method, input });
      if (behaviour === 'refuse') return Promise.resolve({ ok: false, error: { code: 'not-found', messageKey: 'error.notFound', field: 'electionId' } });
      return Promise.resolve({
        ok: true,
        value: {
          fileName: `${method}.xlsx`,
          async write(out) {
            await new Promise<void>((done) => out.write(`${method} bytes`, () => done()));
            if (behaviour === 'break') return { ok: false, error: { code: 'internal', messageKey: 'error.internal' } };
            await new Promise<void>((done) => out.end(() => done()));
            return { ok: true, value: { rows: 4 } };
          },
        },
      });
    },
    registerImportFile(path, name) {
      recorded.asked.push({ method: 'register', input: { path, name } });
      return 'fileid-0001';
    },
  };
  return {
    ...recorded,
    service,
    askSave(defaultName) {
      recorded.offered.push(defaultName);
      return Promise.resolve(choose);
    },
    askOpen(words) {
      recorded.dialogs.push(words);
      return Promise.resolve(choose);
    },
    askFolder(words) {
      recorded.dialogs.push({ ...words, filterName: '' });
      return Promise.resolve(choose);
    },
    printToPdf(request) {
      recorded.printed.push(request);
      return Promise.resolve(Buffer.from('%PDF-1.4 test'));
    },
  };
}

const temporaries = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

it('declares exactly the methods that need a dialog of the desk window', () => {
  expect(Object.keys(deskMethods).sort()).toEqual(['backups.chooseFolder', 'imports.open', 'imports.saveErrors', 'imports.saveTemplate', 'print.savePdf', 'reports.save']);
  expect(isDeskMethod('reports.save')).toBe(true);
  expect(isDeskMethod('reports.export')).toBe(false);
  expect(isDeskMethod('__proto__')).toBe(false);
});

describe('saving a workbook', () => {
  it('offers the name the service gives, writes where the clerk chose, and leaves no temporary file', async () => {
    const target = join(dir, 'chosen.xlsx');
    const desk = deskWith('write', target);
    const result = await callDesk('imports.saveTemplate', { template: 'district', lang: 'kk' }, desk);
    expect(result).toEqual({ ok: true, value: { path: target, rows: 4 } });
    expect(desk.offered).toEqual(['imports.template.xlsx']);
    expect(readFileSync(target, 'utf8')).toBe('imports.template bytes');
    expect(desk.asked).toEqual([{ method: 'imports.template', input: { template: 'district', lang: 'kk' } }]);
    expect(temporaries()).toEqual([]);
  });

  it('each save method asks the service for its own file method', async () => {
    for (const [method, input, file] of [
      ['reports.save', { electionId: 1, report: 'quota', lang: 'ru' }, 'reports.export'],
      ['imports.saveErrors', { electionId: 1, fileId: 'fileid-0001', lang: 'ru' }, 'imports.errors'],
    ] as const) {
      const desk = deskWith('write', join(dir, `${method}.xlsx`));
      expect(await callDesk(method, input, desk)).toMatchObject({ ok: true, value: { rows: 4 } });
      expect(desk.asked.map((a) => a.method)).toEqual([file]);
    }
  });

  it('writes nothing when the clerk cancels', async () => {
    const desk = deskWith('write', null);
    expect(await callDesk('reports.save', { electionId: 1, report: 'quota', lang: 'kk' }, desk)).toEqual({ ok: true, value: { path: null, rows: 0 } });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a wrong input by its schema, and a refused workbook, before any dialog', async () => {
    const desk = deskWith('write', join(dir, 'x.xlsx'));
    expect(await callDesk('imports.saveTemplate', { template: 'nope', lang: 'en' }, desk)).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'template' } });
    const refusing = deskWith('refuse', join(dir, 'x.xlsx'));
    expect(await callDesk('reports.save', { electionId: 9, report: 'quota', lang: 'en' }, refusing)).toMatchObject({ ok: false, error: { code: 'not-found', field: 'electionId' } });
    expect([...desk.offered, ...refusing.offered]).toEqual([]);
    expect(desk.asked).toEqual([]);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  it('leaves neither the file nor a temporary one when the writing fails half-way', async () => {
    const target = join(dir, 'broken.xlsx');
    const result = await callDesk('imports.saveTemplate', { template: 'party-list', lang: 'ru' }, deskWith('break', target));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(existsSync(target)).toBe(false);
    expect(temporaries()).toEqual([]);
  });

  it('says why when the folder cannot be written, and leaves nothing', async () => {
    const target = join(dir, 'no-such-folder', 'report.xlsx');
    const result = await callDesk('reports.save', { electionId: 1, report: 'quota', lang: 'ru' }, deskWith('write', target));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', messageKey: 'error.saveFailed', params: { detail: expect.stringContaining('ENOENT') } } });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('imports.open', () => {
  it('registers the chosen file under its own name and tells the page only the id and the name', async () => {
    const path = join(dir, 'Список партии.xlsx');
    const desk = deskWith('write', path);
    expect(await callDesk('imports.open', { lang: 'ru' }, desk)).toEqual({ ok: true, value: { fileId: 'fileid-0001', file: 'Список партии.xlsx' } });
    expect(desk.asked).toEqual([{ method: 'register', input: { path, name: 'Список партии.xlsx' } }]);
  });

  it('words the dialog in the desk’s language, whatever the system’s', async () => {
    const desk = deskWith('write', null);
    await callDesk('imports.open', { lang: 'ru' }, desk);
    await callDesk('imports.open', { lang: 'kk' }, desk);
    expect(desk.dialogs).toEqual([
      { title: 'Выберите книгу для импорта', buttonLabel: 'Открыть', filterName: 'Книга Excel (.xlsx)' },
      { title: 'Импортталатын кітапты таңдаңыз', buttonLabel: 'Ашу', filterName: 'Excel кітабы (.xlsx)' },
    ]);
  });

  it('answers null when the clerk cancels, and refuses an input with fields without asking', async () => {
    expect(await callDesk('imports.open', { lang: 'en' }, deskWith('write', null))).toEqual({ ok: true, value: null });
    const desk = deskWith('write', '/etc/passwd');
    expect(await callDesk('imports.open', { lang: 'en', path: '/etc/passwd' }, desk)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await callDesk('imports.open', {}, desk)).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'lang' } });
    expect(desk.asked).toEqual([]);
    expect(desk.dialogs).toEqual([]);
  });
});

describe('backups.chooseFolder', () => {
  it('asks the system folder dialog in the desk’s language and hands the page the chosen folder, or null', async () => {
    const desk = deskWith('write', '/media/usb/tizim');
    expect(await callDesk('backups.chooseFolder', { lang: 'ru' }, desk)).toEqual({ ok: true, value: { folder: '/media/usb/tizim' } });
    expect(await callDesk('backups.chooseFolder', { lang: 'kk' }, deskWith('write', null))).toEqual({ ok: true, value: null });
    expect(desk.dialogs).toEqual([{ title: 'Выберите папку для резервных копий', buttonLabel: 'Выбрать папку', filterName: '' }]);
    expect(await callDesk('backups.chooseFolder', { lang: 'en', folder: '/etc' }, desk)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(desk.asked).toEqual([]);
  });
});

describe('print.savePdf', () => {
  it('writes the A4 PDF where the clerk chose, landscape when asked, with page numbers in the footer', async () => {
    const path = join(dir, 'quota.pdf');
    const desk = deskWith('write', path);
    expect(await callDesk('print.savePdf', { landscape: true, fileName: 'quota.pdf' }, desk)).toEqual({ ok: true, value: { path } });
    expect(desk.offered).toEqual(['quota.pdf']);
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.4 test');
    expect(desk.printed).toEqual([expect.objectContaining({ pageSize: 'A4', landscape: true, displayHeaderFooter: true, footerTemplate: expect.stringContaining('pageNumber') })]);
  });

  it('writes nothing when the clerk cancels, and refuses a file name that could leave the folder', async () => {
    const cancelled = deskWith('write', null);
    expect(await callDesk('print.savePdf', {}, cancelled)).toEqual({ ok: true, value: { path: null } });
    expect(cancelled.printed).toEqual([]);
    const bad = deskWith('write', join(dir, 'x.pdf'));
    expect(await callDesk('print.savePdf', { fileName: '../../etc/passwd.pdf' }, bad)).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'fileName' } });
    expect(bad.offered).toEqual([]);
  });
});
