import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openImport } from '../../src/main/open-import';
import { saveErrors, saveTemplate } from '../../src/main/save-import-files';
import type { Service } from '../../src/service';

// What Electron's main does for an import, without Electron: the open and save dialogs are functions, and the service
// is a stand-in that records what it was asked and writes a few bytes (or refuses, or fails half-way).

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tizim-main-import-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Fake = Pick<Service, 'streamFile' | 'registerImportFile'> & { asked: { method: string; input: unknown }[] };

function fakeService(behaviour: 'write' | 'refuse' | 'break' = 'write'): Fake {
  const fake: Fake = {
    asked: [],
    async streamFile(method, input, out) {
      fake.asked.push({ method, input });
      if (behaviour === 'refuse') return { ok: false, error: { code: 'not-found', messageKey: 'error.notFound.election', params: { id: 9 } } };
      await new Promise<void>((done) => out.write(`${method} bytes`, () => done()));
      if (behaviour === 'break') throw new Error('disk full');
      await new Promise<void>((done) => out.end(() => done()));
      return { ok: true, value: { rows: 4 } };
    },
    registerImportFile(path, name) {
      fake.asked.push({ method: 'register', input: { path, name } });
      return 'fileid-0001';
    },
  };
  return fake;
}

const temporaries = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('imports.open', () => {
  it('registers the chosen file under its own name and tells the page only the id and the name', async () => {
    const service = fakeService();
    const opened = new Map<string, string>();
    const path = join(dir, 'Список партии.xlsx');
    expect(await openImport(service, {}, () => Promise.resolve(path), opened)).toEqual({ ok: true, value: { fileId: 'fileid-0001', file: 'Список партии.xlsx' } });
    expect(service.asked).toEqual([{ method: 'register', input: { path, name: 'Список партии.xlsx' } }]);
    expect(opened.get('fileid-0001')).toBe('Список партии.xlsx');
  });

  it('answers null when the clerk cancels, and refuses an input with fields without asking', async () => {
    const service = fakeService();
    expect(await openImport(service, undefined, () => Promise.resolve(null), new Map())).toEqual({ ok: true, value: null });
    let asked = false;
    const bad = await openImport(service, { path: '/etc/passwd' }, () => {
      asked = true;
      return Promise.resolve('/etc/passwd');
    }, new Map());
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(asked).toBe(false);
    expect(service.asked).toEqual([]);
  });
});

describe('imports.saveTemplate', () => {
  it('offers template-<kind>-<lang>.xlsx, writes where the clerk chose, and leaves no temporary file', async () => {
    const service = fakeService();
    const target = join(dir, 'chosen.xlsx');
    let offered = '';
    const result = await saveTemplate(service, { template: 'district', lang: 'kk' }, (name) => {
      offered = name;
      return Promise.resolve(target);
    });
    expect(offered).toBe('template-district-kk.xlsx');
    expect(result).toEqual({ ok: true, value: { path: target } });
    expect(readFileSync(target, 'utf8')).toBe('imports.template bytes');
    expect(service.asked).toEqual([{ method: 'imports.template', input: { template: 'district', lang: 'kk' } }]);
    expect(temporaries()).toEqual([]);
  });

  it('writes nothing when the clerk cancels, and lets the service word a wrong input without asking', async () => {
    expect(await saveTemplate(fakeService(), { template: 'party-list', lang: 'en' }, () => Promise.resolve(null))).toEqual({ ok: true, value: { path: null } });
    let asked = false;
    const refused = await saveTemplate(fakeService('refuse'), { template: 'nope', lang: 'en' }, () => {
      asked = true;
      return Promise.resolve(join(dir, 'x.xlsx'));
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(asked).toBe(false);
  });

  it('leaves neither the file nor a temporary one when the writing fails half-way', async () => {
    const target = join(dir, 'broken.xlsx');
    const result = await saveTemplate(fakeService('break'), { template: 'party-list', lang: 'ru' }, () => Promise.resolve(target));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', messageKey: 'error.internal' } });
    expect(existsSync(target)).toBe(false);
    expect(temporaries()).toEqual([]);
  });
});

describe('imports.saveErrors', () => {
  const input = { electionId: 1, fileId: 'fileid-0001', lang: 'ru' };

  it('offers <opened file>-errors.xlsx and saves the report with its row count', async () => {
    const service = fakeService();
    const target = join(dir, 'errors.xlsx');
    let offered = '';
    const names = new Map([['fileid-0001', 'Список: «Аманат».xlsx']]);
    const result = await saveErrors(service, input, (id) => names.get(id), (name) => {
      offered = name;
      return Promise.resolve(target);
    });
    expect(offered).toBe('Список_ «Аманат»-errors.xlsx');
    expect(result).toEqual({ ok: true, value: { path: target, rows: 4 } });
    expect(readFileSync(target, 'utf8')).toBe('imports.errors bytes');
  });

  it('passes the service’s refusal on and removes what it began to write', async () => {
    const target = join(dir, 'errors.xlsx');
    const result = await saveErrors(fakeService('refuse'), input, () => undefined, (name) => {
      expect(name).toBe('import-errors.xlsx');
      return Promise.resolve(target);
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(existsSync(target)).toBe(false);
    expect(temporaries()).toEqual([]);
  });
});
