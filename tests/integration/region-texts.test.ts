import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeIin } from '../fixtures/iin';
import { nomination, openDesk, person, type Desk } from './helpers';

// A person whose region of residence is a text that names none of the election's regions (what an import before
// issue 11 stored, and migration 6 left where it could not match it) is a warning of `tizim check` and of the form,
// naming the text; nothing changes the text but the clerk.

const cli = resolve(__dirname, '../../out/main/cli.js');
const TEXT = 'Павлодарская обл., г. Экибастуз';
let desk: Desk;

beforeEach(() => {
  desk = openDesk('clerk.regions', () => new Date('2023-02-01T09:00:00Z'));
});
afterEach(() => desk.close());

function seed(): { unmatched: number; matched: number } {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  const [d1] = desk.must('districts.list', { electionId: e.id });
  const add = (surname: string, residenceRegion: string, serial: number) =>
    desk.must('nominations.create', {
      electionId: e.id,
      person: person({ surname, iin: makeIin('1980-04-04', 'male', serial), birthDate: '1980-04-04', residenceRegion }),
      nomination: nomination({ kind: 'district-self', districtId: d1?.id ?? null }),
    }).nomination.id;
  return { unmatched: add('Абаев', TEXT, 41), matched: add('Бекенов', 'pavlodar', 42) };
}

describe('a region stored as a text that names no region', () => {
  it('is a warning of the candidate’s findings, naming the text, and the text stays', () => {
    const { unmatched, matched } = seed();
    const findings = (id: number) => desk.must('nominations.get', { id }).findings.filter((f) => f.field === 'residenceRegion');
    expect(findings(unmatched)).toEqual([
      { rule: 'residence.region', severity: 'warning', field: 'residenceRegion', messageKey: 'finding.residence.region', params: { text: TEXT } },
    ]);
    expect(findings(matched)).toEqual([]);
    expect(desk.must('nominations.get', { id: unmatched }).person.residenceRegion).toBe(TEXT);
  });

  it('is listed by tizim check in the clerk’s language', () => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` (npm test builds it).`);
    seed();
    desk.ledger.close();
    const r = spawnSync(process.execPath, [cli, 'check', '--db', desk.path, '--lang', 'ru'], {
      encoding: 'utf8',
      env: { ...process.env, TIZIM_LANG: '', LANG: 'C.UTF-8', TIZIM_DB: '' },
      timeout: 30_000,
    });
    desk.reopen();
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Абаев'));
    expect(lines.slice(at + 1).find((l) => l.includes('Область проживания записана'))).toBe(
      `  Предупреждение  Область (город) проживания: Область проживания записана текстом «${TEXT}», который не называет ни одну область (город республиканского значения) этих выборов. Выберите область проживания из списка.`,
    );
    expect(lines.filter((l) => l.includes('Область проживания записана'))).toHaveLength(1);
    expect(lines.at(-2)).toBe('Проверено выдвижений: 2. Ошибок: 0, предупреждений: 1, сведений: 2.');
  });
});
