import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyLedger } from '../../src/ledger/verify';
import { openDesk, person, type Desk } from './helpers';

// Issue 14, item 1: the administrator's backups through the service, as the desk's screen reaches them.

let desk: Desk;
let clock: Date;
/** A second disk: the backups' folder is never the ledger's own (backup-folder-check.ts). */
let usb: string;
beforeEach(() => {
  usb = mkdtempSync(join(tmpdir(), 'tizim-usb-'));
  clock = new Date('2026-12-01T10:15:00Z');
  desk = openDesk('admin.test', () => clock);
  desk.must('elections.create', { preset: 'mazhilis-2023' });
});
afterEach(() => {
  desk.close();
  rmSync(usb, { recursive: true, force: true });
});

describe('backups', () => {
  it('are written into the folder the administrator chose, journaled, named by time and journal position', async () => {
    const before = desk.must('backups.status', {});
    expect(before).toMatchObject({ folder: null, keep: 10, version: 0, backups: [], last: null, stale: true, changedSinceLast: true, lastSeal: null, trust: null });

    const relative = desk.service.call('backups.settings', { folder: 'backups', keep: 5, version: 0 });
    expect(relative).toMatchObject({ ok: false, error: { code: 'invalid-input', messageKey: 'backup.folderNotAbsolute', field: 'folder' } });
    const noFolder = await desk.service.callAsync('backups.make', {});
    expect(noFolder).toMatchObject({ ok: false, error: { messageKey: 'backup.noFolder' } });

    const folder = join(usb, 'tizim');
    const set = desk.must('backups.settings', { folder, keep: 5, version: 0 });
    expect(set).toMatchObject({ folder, keep: 5, version: 1 });
    const journaled = desk.must('journal.list', { limit: 1 }).rows[0];
    expect(journaled).toMatchObject({ action: 'backup.settings', entity: 'backup_setting', entityId: 1 });
    expect(desk.service.call('backups.settings', { folder, keep: 7, version: 0 })).toMatchObject({ ok: false, error: { code: 'stale' } });

    const made = await desk.service.callAsync('backups.make', {});
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    const seq = desk.must('journal.list', { limit: 1 }).rows[0]?.seq ?? 0;
    const name = `tizim-${(desk.ledger.db.prepare('SELECT ledger_id AS id FROM ledger_identity').get() as { id: string }).id.slice(0, 8)}-20261201T101500Z-j${seq}.sqlite`;
    expect(made.value).toMatchObject({ backup: { name, at: '2026-12-01T10:15:00Z', seq, sealed: true }, removed: [] });
    expect(readdirSync(folder).sort()).toEqual([name, `${name}.seal.json`]);

    const after = desk.must('backups.status', {});
    expect(after).toMatchObject({ last: { name, seq }, stale: false, changedSinceLast: false, lastSeal: { seq }, trust: null });
    expect(verifyLedger(desk.ledger.db).ok).toBe(true);

    // A change since, and a day later: the desk warns.
    const party = desk.must('parties.list', { electionId: 1 })[0]?.id ?? 0;
    desk.must('nominations.create', { electionId: 1, person: person(), nomination: { kind: 'party-list', partyId: party, associationName: '', districtId: null, listPosition: null, receivedOn: '2023-02-01' } });
    clock = new Date('2026-12-02T10:16:00Z');
    expect(desk.must('backups.status', {})).toMatchObject({ stale: true, changedSinceLast: true });
  });

  it('keep the newest N and one a day', async () => {
    const folder = join(usb, 'tizim');
    desk.must('backups.settings', { folder, keep: 2, version: 0 });
    const party = desk.must('parties.list', { electionId: 1 })[0]?.id ?? 0;
    const iins = ['871008301420', '871008301421', '871008301423', '871008301424'];
    for (const [i, at] of ['2026-11-29T08:00:00Z', '2026-11-30T08:00:00Z', '2026-12-01T08:00:00Z', '2026-12-01T09:00:00Z', '2026-12-01T10:00:00Z'].entries()) {
      clock = new Date(at);
      if (i > 0) desk.service.call('nominations.create', { electionId: 1, person: person({ iin: iins[i - 1] ?? '' }), nomination: { kind: 'party-list', partyId: party, associationName: '', districtId: null, listPosition: null, receivedOn: '2023-02-01' } });
      const made = await desk.service.callAsync('backups.make', {});
      if (!made.ok) throw new Error(JSON.stringify(made.error));
    }
    const kept = desk.must('backups.status', {}).backups.map((b) => b.at);
    // The two newest, and the newest of each earlier day.
    expect(kept).toEqual(['2026-12-01T10:00:00Z', '2026-12-01T09:00:00Z', '2026-11-30T08:00:00Z', '2026-11-29T08:00:00Z']);
  });

  it('are refused a folder that would fail or that dies with the ledger, with what is wrong, and nothing saved', () => {
    const refused = (folder: string) => desk.service.call('backups.settings', { folder, keep: 5, version: 0 });
    expect(refused(desk.dir)).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'folder', messageKey: 'backup.folderBesideLedger', params: { folder: desk.dir } } });
    expect(refused(join(desk.dir, 'backups'))).toMatchObject({ ok: false, error: { messageKey: 'backup.folderBesideLedger' } });
    expect(refused(join(desk.dir, 'backups', '..', '..', basename(desk.dir)))).toMatchObject({ ok: false, error: { messageKey: 'backup.folderBesideLedger' } });
    const unplugged = join(usb, 'E-drive', 'Tizim');
    expect(refused(unplugged)).toMatchObject({ ok: false, error: { messageKey: 'backup.folderMissing', params: { folder: unplugged, parent: join(usb, 'E-drive') } } });
    writeFileSync(join(usb, 'file'), '');
    expect(refused(join(usb, 'file'))).toMatchObject({ ok: false, error: { messageKey: 'backup.notFolder' } });
    expect(desk.must('backups.status', {})).toMatchObject({ folder: null, version: 0 });
    // A new folder on a connected stick is made by the first backup.
    expect(desk.must('backups.settings', { folder: join(usb, 'Tizim'), keep: 5, version: 0 })).toMatchObject({ folder: join(usb, 'Tizim'), version: 1 });
  });
});
