import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../src/ledger';
import { createService } from '../../src/service';
import type { CandidateView, DistrictView, ElectionView } from '../../src/service/views';
import { makeIin } from '../fixtures/iin';
import { nomination, person } from './helpers';

// `tizim check` as the clerk runs it (the built bundle, as in cli.test.ts) on a ledger with eligible and
// ineligible candidates: every nomination's findings, in the chosen language, and a summary by severity.

const cli = resolve(__dirname, '../../out/main/cli.js');
let dir: string;
let db: string;
const ids: Record<string, number> = {};

function tizim(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TIZIM_LANG: '', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', TIZIM_DB: '' },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` (npm test builds it).`);
  dir = mkdtempSync(join(tmpdir(), 'tizim-check-'));
  db = join(dir, 'check.sqlite');
  const ledger = openLedger(db);
  try {
    const service = createService(ledger, { actor: 'clerk.check' });
    const must = <T>(method: string, input: unknown): T => {
      const r = service.call(method, input);
      if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
      return r.value as T;
    };
    const e = must<ElectionView>('elections.create', { preset: 'mazhilis-2023' });
    const [d1, d2] = must<DistrictView[]>('districts.list', { electionId: e.id });
    const add = (key: string, surname: string, birth: string, overrides: Parameters<typeof person>[0], received: { on: string; time: string } = { on: '2023-02-01', time: '10:00' }) => {
      const c = must<CandidateView>('nominations.create', {
        electionId: e.id,
        person: person({ surname, iin: makeIin(birth, 'male'), birthDate: birth, ...overrides }),
        nomination: nomination({ kind: 'district-self', districtId: (key === 'late' ? d2 : d1)?.id ?? null, receivedOn: received.on, receivedTime: received.time }),
      });
      ids[key] = c.nomination.id;
    };
    // Entered out of alphabetical order: the report lists them by name.
    add('late', 'Дәулетов', '1985-08-08', {}, { on: '2023-02-08', time: '18:30' });
    add('young', 'Бекенов', '2001-01-01', {});
    add('eligible', 'Абаев', '1980-04-04', {});
    add('record', 'Ғабитов', '1970-07-07', { declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'yes', corruption: 'no' } });
    add('foreign', 'Валиев', '1975-05-05', { citizenship: 'other' });
  } finally {
    ledger.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Line {
  nominationId: number;
  iin: string;
  rule: string;
  severity: string;
  field: string | null;
  message: string;
  legalRef: string | null;
}

describe('tizim check', () => {
  it('prints one JSON object per finding, the right findings for each candidate, then the summary', () => {
    const r = tizim(['check', '--db', db, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = lines(r.stdout).map((l) => JSON.parse(l) as Line & { summary?: Record<string, number>; nominations?: number });
    const summary = out.pop();
    expect(summary).toEqual({ summary: { error: 4, warning: 0, info: 5 }, nominations: 5 });
    const findings = out as Line[];
    expect(findings.map((f) => [f.nominationId, f.rule, f.severity, f.field])).toEqual([
      [ids.eligible, 'deposit.amount', 'info', 'documents.deposit'],
      [ids.young, 'age.minimum', 'error', 'birthDate'],
      [ids.young, 'deposit.amount', 'info', 'documents.deposit'],
      [ids.foreign, 'citizenship', 'error', 'citizenship'],
      [ids.foreign, 'deposit.amount', 'info', 'documents.deposit'],
      [ids.record, 'declaration.criminalRecord', 'error', 'declarations.criminalRecord'],
      [ids.record, 'deposit.amount', 'info', 'documents.deposit'],
      [ids.late, 'deposit.amount', 'info', 'documents.deposit'],
      [ids.late, 'deadline.nominationLate', 'error', 'receivedOn'],
    ]);
    expect(findings[1]?.iin).toBe(makeIin('2001-01-01', 'male'));
    // Messages and references are rendered text, never catalog keys.
    for (const f of findings) {
      expect(f.message).not.toMatch(/^(finding|legal)\./);
      expect(f.legalRef).not.toMatch(/^legal\./);
    }
    expect(findings[1]?.message).toBe('Under the minimum age: 22 full years on 19.03.2023, while at least 25 are required.');
    expect(findings[1]?.legalRef).toBe('Constitution of the Republic of Kazakhstan, Art. 51(4)');
    // Dates read as dd.mm.yyyy and amounts grouped, as in the desk's own messages.
    expect(findings.find((f) => f.rule === 'deadline.nominationLate')?.message).toBe('Received after nomination closed (08.02.2023, 18:00 local time).');
    expect(findings[0]?.message).toBe('Election deposit due: 1,050,000 tenge.');
  });

  it('reads in the chosen language, names each candidate and closes with counts by severity', () => {
    const en = tizim(['check', '--db', db]);
    expect(en.code).toBe(0);
    const out = lines(en.stdout);
    expect(out).toContain(`Бекенов Әлихан Серікұлы, IIN ${makeIin('2001-01-01', 'male')} (nomination #${ids.young})`);
    expect(out.at(-1)).toBe('Nominations checked: 5. Errors: 4, warnings: 0, notes: 5.');
    expect(out).toContain(
      '  Error    Date of birth: Under the minimum age: 22 full years on 19.03.2023, while at least 25 are required. (Constitution of the Republic of Kazakhstan, Art. 51(4))',
    );
    // A declaration or a document is named by the catalog's own name for it, not by its code.
    expect(out).toContain(
      '  Error    Criminal record not expunged or lifted: Has a criminal record that is not expunged or lifted: may not stand. (Constitutional Law “On Elections in the Republic of Kazakhstan”, Art. 4(4))',
    );
    expect(out).toContain('  Note     Election deposit paid: Election deposit due: 1,050,000 tenge. (Constitutional Law “On Elections”: the election deposit)');
    expect(out.join('\n')).not.toMatch(/declarations\.|documents\./);

    const ru = tizim(['check', '--db', db, '--lang', 'ru']);
    expect(lines(ru.stdout).at(-1)).toBe('Проверено выдвижений: 5. Ошибок: 4, предупреждений: 0, сведений: 5.');
    const kk = tizim(['check', '--db', db, '--lang', 'kk', '--json']);
    const citizenship = lines(kk.stdout).map((l) => JSON.parse(l) as Line).find((f) => f.rule === 'citizenship');
    expect(citizenship).toMatchObject({
      message: 'Кандидат тек Қазақстан Республикасының азаматы бола алады.',
      legalRef: 'Қазақстан Республикасының Конституциясы, 51-бап, 4-тармақ',
    });
  });

  it('checks one election when asked, and says so when it cannot run', () => {
    const one = lines(tizim(['check', '--db', db, '--election', '1', '--json']).stdout).at(-1) ?? '';
    expect(JSON.parse(one)).toEqual({ summary: { error: 4, warning: 0, info: 5 }, nominations: 5 });
    const missing = tizim(['check', '--db', db, '--election', '99']);
    expect(missing.code).toBe(1);
    expect(lines(missing.stderr)).toEqual(['tizim: The record was not found: it may have been removed from view or never existed.']);
    const noLedger = tizim(['check', '--db', join(dir, 'none.sqlite')]);
    expect(noLedger.code).toBe(2);
    expect(existsSync(join(dir, 'none.sqlite'))).toBe(false);
  });
});
