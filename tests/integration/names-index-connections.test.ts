import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/ledger';
import { createService, type Service } from '../../src/service';
import { makeIin } from '../fixtures/iin';
import { writeLargeDistrictFile } from '../fixtures/large-workbook';
import { nomination, openDesk, person, type Desk } from './helpers';

// The commission server writes the ledger over two connections: the job thread's (an import) and the request
// thread's (the clerks' saves). Each must go on reading the names' search index soundly after the other wrote it:
// a connection whose import had switched FTS5's merging off read segments the other had merged away, and its verify
// reported the ledger corrupt ("fts5: corruption found reading blob") although the file was sound.

let desk: Desk;
let jobLedger: Ledger;
let jobThread: Service;
beforeEach(() => {
  desk = openDesk();
  jobLedger = openLedger(desk.path);
  jobThread = createService(jobLedger, { actor: 'clerk.test' });
});
afterEach(() => {
  jobLedger.close();
  desk.close();
});

it('verifies sound and finds every name on the importing connection after the other connection saved', async () => {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  const file = join(desk.dir, 'district.xlsx');
  await writeLargeDistrictFile(file, 500);
  const fileId = jobThread.registerImportFile(file, 'district.xlsx');
  const preview = await jobThread.callAsync('imports.preview', { electionId: e.id, fileId, limit: 1 });
  if (!preview.ok) throw new Error(JSON.stringify(preview.error));
  const commit = await jobThread.callAsync('imports.commit', { electionId: e.id, fileId, digest: (preview.value as { digest: string }).digest, skipInvalid: true });
  expect(commit).toMatchObject({ ok: true, value: { added: 500 } });

  // Saves one by one on the request thread's connection: each writes a segment, and FTS5 merges them as they come.
  const district = desk.must('districts.list', { electionId: e.id })[0]?.id ?? 0;
  for (let n = 1; n <= 60; n++)
    desk.must('nominations.create', {
      electionId: e.id,
      person: person({ iin: makeIin('1949-05-05', 'male', n * 2), birthDate: '1949-05-05', surname: `Қолмен${n}` }),
      nomination: nomination({ kind: 'district-self', districtId: district }),
    });

  const verified = await jobThread.callAsync('journal.verify', {});
  expect(verified).toMatchObject({ ok: true, value: { ok: true, integrity: 'ok', firstBad: null } });
  const found = await jobThread.callAsync('nominations.list', { electionId: e.id, query: 'қолмен', limit: 100 });
  expect(found).toMatchObject({ ok: true, value: { total: 60 } });
});
