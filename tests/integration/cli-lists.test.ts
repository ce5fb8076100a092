import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { openDesk, type Desk } from './helpers';
import { tenMandateElection } from './list-helpers';

// `tizim quota` and `tizim seats` on a ledger the service built (§6's four lists A–D), run in-process with the
// command line's own entry point, as the clerk would run them.

let desk: Desk;
let parties: ReturnType<typeof tenMandateElection>;
beforeEach(() => {
  desk = openDesk();
  parties = tenMandateElection(desk);
  desk.ledger.close();
});
afterEach(() => {
  desk.reopen();
  expect(desk.must('journal.verify', {})).toMatchObject({ ok: true });
  desk.close();
});

async function tizim(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const env = { TIZIM_LANG: '', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', TIZIM_DB: '' };
  const code = await run(args, { env, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

function votesFile(name: string, text: string): string {
  const file = join(desk.dir, name);
  writeFileSync(file, text);
  return file;
}

describe('tizim quota', () => {
  it('prints one JSON object per list, and a table', async () => {
    const json = await tizim(['quota', '--db', desk.path, '--json']);
    expect(json.code).toBe(0);
    const rows = json.out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual({
      party: parties.a.code,
      shortName: parties.a.shortName,
      length: 6,
      limit: 13,
      women: 2,
      youth: 0,
      disabled: 0,
      count: 2,
      required: 2,
      sharePercent: 33.3,
      compliant: true,
    });
    expect(rows[6]).toMatchObject({ length: 0, required: 0, compliant: false });

    const text = await tizim(['quota', '--db', desk.path, '--lang', 'en']);
    expect(text.out[0]).toMatch(/^Party\s+Length\s+Limit\s+Women\s+Under 29\s+With disability\s+Quota persons\s+Required\s+Share\s+Compliant$/);
    expect(text.out[1]).toMatch(new RegExp(`^${parties.a.shortName}\\s+6\\s+13\\s+2\\s+0\\s+0\\s+2\\s+2\\s+33\\.3%\\s+yes$`));
    // In Kazakh each party is named as a Kazakh reader names it.
    const kk = await tizim(['quota', '--db', desk.path, '--lang', 'kk']);
    expect(kk.out.slice(1).map((line) => line.split(/\s{2,}/)[0])).toEqual(['AMANAT', 'Ауыл', 'Respublica', 'ҚХП', 'Байтақ', 'Ақ жол', 'ЖСДП']);
  });

  it('asks which election when the ledger has several', async () => {
    desk.reopen();
    desk.must('elections.create', { preset: 'mazhilis-2023' });
    desk.ledger.close();
    const r = await tizim(['quota', '--db', desk.path]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual(['tizim: The ledger has several elections (1, 2): choose one with --election.']);
    expect((await tizim(['quota', '--db', desk.path, '--election', '2', '--json'])).out).toHaveLength(7);
  });
});

describe('tizim seats', () => {
  const good = () => `party,votes\n${parties.a.code},4700\n${parties.b.code},2900\n${parties.c.code},1600\n${parties.d.code},300\nagainst-all,500\n`;

  it('stores the seats of §6 and prints share, threshold and seats', async () => {
    const r = await tizim(['seats', '--db', desk.path, '--votes', votesFile('votes.csv', good())]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    // The parties by their English short names, the CLI's language here: QHP, not the Latin «QHP / НПК».
    expect(r.out[1]).toMatch(/^AMANAT\s+4,700\s+47\.0%\s+yes\s+5$/);
    expect(r.out[2]).toMatch(/^Auyl\s+2,900\s+29\.0%\s+yes\s+3$/);
    expect(r.out[4]).toMatch(/^QHP\s+300\s+3\.0%\s+no\s+0$/);
    expect(r.out[5]).toBe('Against all: 500. Mandates distributed: 10. The seats are stored.');
    desk.reopen();
    expect(desk.must('results.get', { electionId: parties.e.id }).lists.map((l) => l.seats)).toEqual([5, 3, 2, 0]);
    desk.ledger.close();
  });

  it('names the file, the line and the problem of a bad file, and stores nothing', async () => {
    const cases: [string, string, string][] = [
      ['unknown.csv', good().replace(`${parties.c.code},1600`, 'nur-otan,1600'), 'line 4: there is no party with the code “nur-otan” in this election.'],
      ['bad-votes.csv', good().replace('4700', '4 700'), 'line 2: “4 700” is not a whole number of votes.'],
      ['no-against.csv', good().replace('against-all,500\n', ''), 'the row against-all,N with the “against all” votes is missing. Nothing was stored.'],
      ['fields.csv', good().replace('2900', '2900,12'), 'line 3: expected two fields, a party code and a number of votes.'],
    ];
    for (const [name, text, problem] of cases) {
      const file = votesFile(name, text);
      const r = await tizim(['seats', '--db', desk.path, '--votes', file]);
      expect(r.code).toBe(2);
      expect(r.err).toEqual([`tizim: ${file}${problem.startsWith('line') ? ', ' : ': '}${problem}`]);
    }
    const missing = await tizim(['seats', '--db', desk.path, '--votes', join(desk.dir, 'nowhere.csv')]);
    expect(missing.err[0]).toMatch(/^tizim: Cannot read the vote file .*nowhere\.csv/);
    desk.reopen();
    expect(desk.must('results.get', { electionId: parties.e.id })).toMatchObject({ againstAll: null });
    desk.ledger.close();
  });
});
