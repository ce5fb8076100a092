import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const cli = resolve(__dirname, '../../out/main/cli.js');
const peakScript = resolve(__dirname, 'peak-memory.cjs');

export function mustBeBuilt(): void {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\``);
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  /** Peak resident memory of the command, MB. */
  peakMb: number;
  /** What the command left in its own temporary folder. */
  leftBehind: string[];
}

/** Runs `tizim` as the clerk would, with its own temporary folder (TMPDIR) to see what it leaves behind. */
export function tizim(args: string[], env: Record<string, string> = {}, timeout = 300_000): Run {
  const temp = mkdtempSync(join(tmpdir(), 'tizim-rel-tmp-'));
  const peakFile = join(temp, '..', `${temp.split('/').pop()}.peak`);
  try {
    const r = spawnSync(process.execPath, ['--require', peakScript, cli, ...args], {
      encoding: 'utf8',
      env: { ...process.env, TIZIM_LANG: 'en', LANG: 'C.UTF-8', TIZIM_DB: '', TIZIM_SEAL_KEY: '', TMPDIR: temp, TIZIM_PEAK_FILE: peakFile, ...env },
      timeout,
      maxBuffer: 64 * 1024 * 1024,
    });
    const peakKb = existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8')) : Number.NaN;
    return { code: r.status, signal: r.signal, out: `${r.stdout}${r.stderr}`, peakMb: Math.round(peakKb / 1024), leftBehind: readdirSync(temp) };
  } finally {
    rmSync(temp, { recursive: true, force: true });
    rmSync(peakFile, { force: true });
  }
}
