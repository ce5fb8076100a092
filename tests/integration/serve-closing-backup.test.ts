import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { api, signIn, startHost } from '../reliability/host';

// Issue 14, item 1: `tizim serve` told to stop (SIGTERM, as Ctrl+C's SIGINT) backs the ledger up before it closes,
// so the last changes the server acknowledged are in the administrator's folder.

let dir: string;
let usb: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tizim-serve-backup-'));
  usb = mkdtempSync(join(tmpdir(), 'tizim-usb-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(usb, { recursive: true, force: true });
});

it('makes a backup holding every acknowledged change when it is stopped', async () => {
  const db = join(dir, 'ledger.sqlite');
  const folder = join(usb, 'tizim');
  const host = await startHost(db);
  const cookie = await signIn(host);
  expect(await api(host, 'backups.settings', { folder, keep: 10, version: 0 }, cookie)).toMatchObject({ ok: true });
  expect(await api(host, 'elections.create', { preset: 'mazhilis-2023' }, cookie)).toMatchObject({ ok: true });
  expect(readdirSync(usb)).toEqual([]);

  host.child.kill('SIGTERM');
  expect(await host.exited).toEqual({ code: 0, signal: null });

  const ledger = new Database(db, { readonly: true });
  const head = (ledger.prepare('SELECT max(seq) AS seq FROM journal').get() as { seq: number }).seq;
  ledger.close();
  const backups = readdirSync(folder).filter((n) => n.endsWith('.sqlite'));
  expect(backups).toEqual([expect.stringMatching(new RegExp(`^tizim-[0-9a-f]{8}-\\d{8}T\\d{6}Z-j${head}\\.sqlite$`))]);
  expect(readdirSync(folder)).toContain(`${backups[0]}.seal.json`);
  const copy = new Database(join(folder, backups[0] ?? ''), { readonly: true });
  expect((copy.prepare("SELECT count(*) AS n FROM journal WHERE action = 'election.create'").get() as { n: number }).n).toBe(1);
  copy.close();
  expect(host.stderr()).toBe('');
});
