import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/ledger';
import { MIGRATIONS, migrate } from '../../src/ledger/migrate';
import { recordChange } from '../../src/ledger/record';
import { insertRegion } from '../../src/ledger/reference';
import { verifyLedger } from '../../src/ledger/verify';
import { REFERENCE } from '../../src/domain/reference';
import { createService } from '../../src/service';
import { openDesk, type Desk } from './helpers';

// Issue 11, item 24: whose documents these are. The commission — its level and its name in each language — is a
// setting of the election: set when the election is created, changed later, each change journaled with what it was;
// prints and reports head with it. A ledger from before gets the commission its prints named until now.

const CEC = {
  kk: 'Қазақстан Республикасының Орталық сайлау комиссиясы',
  ru: 'Центральная избирательная комиссия Республики Казахстан',
  en: 'Central Election Commission of the Republic of Kazakhstan',
};
const DISTRICT_5 = {
  kk: '№ 5 бір мандатты аумақтық сайлау округінің округтік сайлау комиссиясы',
  ru: 'Окружная избирательная комиссия одномандатного территориального избирательного округа № 5',
  en: 'District Election Commission of single-member territorial district No. 5',
};

describe('the commission of an election', () => {
  let desk: Desk;
  afterEach(() => desk.close());

  it('is the CEC for the Mazhilis and the territorial commission of the region for a maslikhat, unless given', () => {
    desk = openDesk();
    expect(desk.must('elections.create', { preset: 'mazhilis-2023' }).commission).toEqual({ level: 'central', name: CEC });
    const maslikhat = desk.must('elections.create', { preset: 'maslikhat-regional-2023', regionCode: 'karaganda', listMandates: 16, districtCount: 16 });
    expect(maslikhat.commission).toEqual({
      level: 'territorial',
      name: {
        kk: 'Қарағанды облысы аумақтық сайлау комиссиясы',
        ru: 'Территориальная избирательная комиссия: Карагандинская область',
        en: 'Territorial Election Commission of Karaganda Region',
      },
    });
    const own = desk.must('elections.create', { preset: 'mazhilis-2023', commission: { level: 'district', name: { kk: DISTRICT_5.kk, ru: DISTRICT_5.ru } } });
    expect(own.commission).toEqual({ level: 'district', name: { ...DISTRICT_5, en: '' } });
  });

  it('is changed in the settings, journaled with what it was; an unchanged one writes nothing; Kazakh and Russian are required', () => {
    desk = openDesk();
    const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
    const entries = () => desk.must('journal.list', {}).total;
    const before = entries();
    const changed = desk.must('elections.updateCommission', { id: e.id, commission: { level: 'district', name: DISTRICT_5 } });
    expect(changed.commission).toEqual({ level: 'district', name: DISTRICT_5 });
    expect(entries()).toBe(before + 1);
    const row = desk.ledger.db.prepare("SELECT actor, change FROM journal WHERE action = 'election.commission'").get() as { actor: string; change: string };
    expect(row.actor).toBe('clerk.test');
    expect((JSON.parse(row.change) as { commission: unknown }).commission).toEqual({
      before: { level: 'central', name: CEC },
      after: { level: 'district', name: DISTRICT_5 },
    });

    desk.must('elections.updateCommission', { id: e.id, commission: { level: 'district', name: { ...DISTRICT_5, ru: ` ${DISTRICT_5.ru} ` } } });
    expect(entries()).toBe(before + 1);

    const refused = desk.service.call('elections.updateCommission', { id: e.id, commission: { level: 'district', name: { kk: DISTRICT_5.kk, ru: '  ' } } });
    expect(refused).toEqual({ ok: false, error: { code: 'invalid-input', messageKey: 'error.commissionName', field: 'commission.name.ru' } });
    expect(desk.must('elections.get', { id: e.id }).commission.name.ru).toBe(DISTRICT_5.ru);
    expect(verifyLedger(desk.ledger.db)).toMatchObject({ ok: true, firstBad: null });
  });

  it('heads the prints and the reports, in the reader’s language', () => {
    desk = openDesk();
    const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
    const [district] = desk.must('districts.list', { electionId: e.id });
    if (!district) throw new Error('no district');
    desk.must('elections.updateCommission', { id: e.id, commission: { level: 'district', name: { kk: DISTRICT_5.kk, ru: DISTRICT_5.ru, en: '' } } });
    const print = (lang: 'kk' | 'ru' | 'en') =>
      desk.must('print.document', { electionId: e.id, document: 'district', districtId: district.id, lang }).commission;
    expect(print('kk')).toBe(DISTRICT_5.kk);
    expect(print('ru')).toBe(DISTRICT_5.ru);
    // No English name: the Russian one.
    expect(print('en')).toBe(DISTRICT_5.ru);
    const report = desk.must('reports.preview', { electionId: e.id, report: 'districts', lang: 'kk' });
    expect(report.title.commission).toBe(DISTRICT_5.kk);
  });
});

describe('a ledger from before the commission was a setting', () => {
  let dir: string;
  let ledger: Ledger | null = null;
  afterEach(() => {
    ledger?.close();
    ledger = null;
    rmSync(dir, { recursive: true, force: true });
  });

  it('gets the commission its prints named, journaled under the desk’s own name, and verifies', () => {
    dir = mkdtempSync(join(tmpdir(), 'tizim-migration-'));
    const path = join(dir, 'schema6.sqlite');
    const db = new Database(path);
    db.pragma('foreign_keys = ON');
    migrate(db, path, MIGRATIONS.slice(0, 6));
    const who = { actor: 'clerk.2024', at: '2024-01-25T09:00:00.000Z' };
    db.transaction(() => {
      const insert = db.prepare(
        `INSERT INTO election (id, kind, preset, name_kk, name_ru, name_en, council_name, region_code, election_day, list_mandates, profile, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2023-03-19', ?, '{}', ?)`,
      );
      insert.run(1, 'mazhilis', 'mazhilis-2023', 'Мәжіліс', 'Мажилис', 'Mazhilis', null, null, 69, who.at);
      recordChange(db, who, 'election.create', 'election', 1, 'Mazhilis');
      insert.run(2, 'maslikhat-regional', 'maslikhat-regional-2023', 'Мәслихат', 'Маслихат', 'Maslikhat', 'Маслихат Павлодарской области', 'pavlodar', 16, who.at);
      recordChange(db, who, 'election.create', 'election', 2, 'Маслихат Павлодарской области');
      const pavlodar = REFERENCE.regions.find((r) => r.code === 'pavlodar');
      if (!pavlodar) throw new Error('no Pavlodar');
      insertRegion(db, who, 2, pavlodar);
    })();
    db.close();

    ledger = openLedger(path);
    const service = createService(ledger, { actor: 'clerk.2025' });
    const commissions = (service.call('elections.list', {}) as { ok: true; value: { commission: unknown }[] }).value.map((e) => e.commission);
    expect(commissions).toEqual([
      { level: 'central', name: CEC },
      {
        level: 'territorial',
        name: {
          kk: 'Павлодар облысы аумақтық сайлау комиссиясы',
          ru: 'Территориальная избирательная комиссия: Павлодарская область',
          en: 'Territorial Election Commission of Pavlodar Region',
        },
      },
    ]);
    const journaled = ledger.db.prepare("SELECT actor, entity_id AS id FROM journal WHERE action = 'election.commission' ORDER BY seq").all();
    expect(journaled).toEqual([
      { actor: 'tizim', id: 1 },
      { actor: 'tizim', id: 2 },
    ]);
    expect(verifyLedger(ledger.db)).toMatchObject({ ok: true, firstBad: null });
  });
});
