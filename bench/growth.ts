import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { seedCandidates } from '../tests/fixtures/synthetic';
import { openBenchDesk } from './desk';
import { time } from './measure';

// Growth (issue 15, item 2): the journaled bulk write and verify at 100,000 and at 1,000,000 journal rows (each
// candidate is a person and a nomination, two rows), the smaller first in the same process, so that both sizes of one
// run are compared (the write's peak is the process's: the larger size's includes the smaller's, which is below it).
// Verify runs as `tizim verify` in a child process timed by /usr/bin/time, which gives its own peak RSS; the CLI is
// the built one (`npm run build` first).

export interface GrowthRun {
  rows: number;
  writeMs: number;
  writeCpuMs: number;
  writePeakMb: number;
  verifyMs: number;
  verifyPeakMb: number;
}

/** `tizim verify` on a ledger file: wall time and peak RSS as /usr/bin/time measures the child. */
function timedVerify(path: string): { ms: number; peakMb: number; out: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', process.execPath, join(process.cwd(), 'bin', 'tizim.cjs'), 'verify', '--db', path], {
    encoding: 'utf8',
    env: { ...process.env, TIZIM_LANG: 'en' },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`tizim verify: ${r.status} ${r.stdout} ${r.stderr}`);
  const kb = Number(/peak-kb (\d+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  return { ms, peakMb: kb / 1024, out: r.stdout.trim() };
}

export function growthRun(journalRows: number): GrowthRun {
  const desk = openBenchDesk(`growth-${journalRows}`);
  try {
    const cpu = process.cpuUsage();
    const writeMs = time(() => seedCandidates(desk.ledger, desk.electionId, journalRows / 2));
    const used = process.cpuUsage(cpu);
    const writePeakMb = process.resourceUsage().maxRSS / 1024;
    desk.ledger.db.pragma('wal_checkpoint(TRUNCATE)');
    const verify = timedVerify(desk.ledger.path);
    console.log(`bench: growth ${journalRows} rows: tizim verify says «${verify.out}»`);
    const run = { rows: journalRows, writeMs, writeCpuMs: (used.user + used.system) / 1000, writePeakMb, verifyMs: verify.ms, verifyPeakMb: verify.peakMb };
    console.log(
      `bench: growth ${journalRows} journal rows: bulk write ${writeMs.toFixed(0)} ms (cpu ${run.writeCpuMs.toFixed(0)} ms), ` +
        `peak RSS ${writePeakMb.toFixed(0)} MB; tizim verify ${verify.ms.toFixed(0)} ms, peak RSS ${verify.peakMb.toFixed(0)} MB`,
    );
    return run;
  } finally {
    desk.close();
  }
}

/** The two sizes' figures side by side: time ratios for 10× the work (target ≤ 11×). */
export function growthReport(small: GrowthRun, large: GrowthRun): void {
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  console.log(
    `bench: growth ×10 work: bulk write ${ratio(large.writeMs, small.writeMs)}× time (cpu ${ratio(large.writeCpuMs, small.writeCpuMs)}×), ` +
      `peak RSS ${small.writePeakMb.toFixed(0)} → ${large.writePeakMb.toFixed(0)} MB; verify ${ratio(large.verifyMs, small.verifyMs)}× time, ` +
      `peak RSS ${small.verifyPeakMb.toFixed(0)} → ${large.verifyPeakMb.toFixed(0)} MB (target ≤ 11×, flat memory)`,
  );
}
