// `npm test`: build when out/ is stale, then typecheck, lint, Vitest (unit and integration, with coverage) and
// Playwright (end-to-end), and close with the one line CI reads: `N passed, N failed, N skipped`. Typecheck and lint
// count as one test each, so a type error fails the run like a failing test. Everything runs in a time zone that is
// neither UTC nor Kazakhstan's, so a date taken in the machine's zone instead of the election's fails a test.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, '.tizim-test');
const require = createRequire(import.meta.url);

// better-sqlite3 needs Node 22; npm puts the `node` package's Node 22 first in PATH, but `node scripts/test.mjs`
// typed by hand may be the system's older one.
function node22() {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  try {
    return require.resolve(`node/bin/${process.platform === 'win32' ? 'node.exe' : 'node'}`, { paths: [root] });
  } catch {
    return process.execPath;
  }
}

const NODE = node22();
/** UTC−9 in winter, UTC−8 in summer: far from both UTC and Astana's UTC+5, and with a daylight-saving change. */
const PINNED_TZ = 'America/Anchorage';
const env = {
  ...process.env,
  TZ: PINNED_TZ,
  TIZIM_TEST_REPORTS: reports,
  PATH: `${dirname(NODE)}${delimiter}${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
  FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0'),
};
const MINUTE = 60_000;

/** Runs a tool with Node 22, output inherited; resolves with its exit code (null when killed). */
function step(label, script, args, { timeout, extraEnv = {} }) {
  const started = Date.now();
  console.log(`\n── ${label} ──`);
  return new Promise((resolvePromise) => {
    const child = spawn(NODE, [script, ...args], {
      cwd: root,
      env: { ...env, ...extraEnv },
      stdio: 'inherit',
      detached: process.platform !== 'win32',
    });
    const kill = (signal) => {
      try {
        if (process.platform === 'win32') child.kill(signal);
        else process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      console.error(`${label}: still running after ${timeout / MINUTE} minutes; stopped.`);
      kill('SIGKILL');
    }, timeout);
    const forward = (signal) => kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => console.error(`${label}: cannot start: ${error.message}`));
    child.on('close', (code) => {
      clearTimeout(timer);
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolvePromise({ code, seconds: ((Date.now() - started) / 1000).toFixed(1) });
    });
  });
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function buildIsStale() {
  const outputs = ['out/main/index.js', 'out/main/cli.js', 'out/preload/index.js', 'out/renderer/index.html'].map((p) =>
    join(root, p),
  );
  if (outputs.some((p) => !existsSync(p))) return true;
  const built = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const sources = ['src', 'resources', 'electron.vite.config.ts', 'package.json', 'tsconfig.json'];
  return sources.some((p) => newestMtime(join(root, p)) > built);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Vitest's JSON report: tests by state, plus files that failed without a failing test (an import that threw). */
function vitestCounts(report) {
  const counts = { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0, skipped: 0, notes: [] };
  counts.skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const file of report.testResults ?? []) {
    const failedInside = (file.assertionResults ?? []).some((a) => a.status === 'failed');
    if (file.status === 'failed' && !failedInside) {
      counts.failed += 1;
      counts.notes.push(`failed to run: ${file.name.replace(root + '/', '')}`);
    }
  }
  return counts;
}

/** Playwright's JSON report: stats, and the reasons given for skipped tests. */
function playwrightCounts(report) {
  const stats = report.stats ?? {};
  const counts = {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
    notes: [],
  };
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const skip = [...(t.annotations ?? []), ...(t.results ?? []).flatMap((r) => r.annotations ?? [])].find(
          (a) => a.type === 'skip',
        );
        if (t.status === 'skipped') counts.notes.push(`skipped: ${spec.title}${skip?.description ? ` — ${skip.description}` : ''}`);
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  for (const error of report.errors ?? []) {
    counts.failed += 1;
    counts.notes.push(`error: ${String(error.message ?? error).split('\n')[0]}`);
  }
  return counts;
}

const lines = [];
const total = { passed: 0, failed: 0, skipped: 0 };
function record(label, counts, seconds) {
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  lines.push(`${label.padEnd(11)} passed ${counts.passed}, failed ${counts.failed}, skipped ${counts.skipped} (${seconds} s)`);
  for (const note of counts.notes ?? []) lines.push(`            ${note}`);
}
const one = (ok) => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, notes: [] });

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

if (buildIsStale()) {
  const build = await step('build', join(root, 'node_modules/electron-vite/bin/electron-vite.js'), ['build'], {
    timeout: 10 * MINUTE,
  });
  if (build.code !== 0) record('build', { ...one(false), notes: ['electron-vite build failed'] }, build.seconds);
}

const tsc = await step('typecheck', join(root, 'node_modules/typescript/bin/tsc'), ['--noEmit', '-p', 'tsconfig.json'], {
  timeout: 10 * MINUTE,
});
record('typecheck', one(tsc.code === 0), tsc.seconds);

const lint = await step('lint', join(root, 'node_modules/eslint/bin/eslint.js'), ['.'], { timeout: 10 * MINUTE });
record('lint', one(lint.code === 0), lint.seconds);

const vitestReport = join(reports, 'vitest.json');
const coverageDir = join(reports, 'coverage');
const vitest = await step(
  'unit and integration (vitest)',
  join(root, 'node_modules/vitest/vitest.mjs'),
  [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestReport}`,
    '--coverage.enabled',
    '--coverage.provider=v8',
    // Source files only: the renderer's index.html is not JavaScript, and remapping it printed a parse error.
    '--coverage.include=src/**/*.{ts,tsx}',
    '--coverage.reporter=json-summary',
    '--coverage.reporter=text-summary',
    `--coverage.reportsDirectory=${coverageDir}`,
  ],
  { timeout: 30 * MINUTE },
);
const vitestJson = readJson(vitestReport);
if (vitestJson === null) {
  record('vitest', { ...one(false), notes: [`the runner ended with code ${vitest.code} and wrote no report`] }, vitest.seconds);
} else {
  const counts = vitestCounts(vitestJson);
  if (vitest.code !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.notes.push(`the runner ended with code ${vitest.code} (an unhandled error?)`);
  }
  record('vitest', counts, vitest.seconds);
}

const playwrightReport = join(reports, 'playwright.json');
const playwright = await step(
  'end to end (playwright)',
  join(root, 'node_modules/@playwright/test/cli.js'),
  ['test', '--reporter=list,json', `--output=${join(reports, 'playwright-output')}`],
  { timeout: 40 * MINUTE, extraEnv: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport } },
);
const playwrightJson = readJson(playwrightReport);
if (playwrightJson === null) {
  record('playwright', { ...one(false), notes: [`the runner ended with code ${playwright.code} and wrote no report`] }, playwright.seconds);
} else {
  const counts = playwrightCounts(playwrightJson);
  if (playwright.code !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.notes.push(`the runner ended with code ${playwright.code}`);
  }
  record('playwright', counts, playwright.seconds);
}

/** Line coverage of unit and integration tests, per folder of src/ (a report, not a gate). */
function coverageLines() {
  const summary = readJson(join(coverageDir, 'coverage-summary.json'));
  if (summary === null) return ['coverage    not measured (vitest wrote no coverage summary)'];
  const byLayer = new Map();
  for (const [file, counts] of Object.entries(summary)) {
    if (file === 'total') continue;
    const layer = file.replace(join(root, 'src') + '/', '').split('/')[0];
    const sum = byLayer.get(layer) ?? { covered: 0, total: 0 };
    sum.covered += counts.lines.covered;
    sum.total += counts.lines.total;
    byLayer.set(layer, sum);
  }
  const pct = (c) => (c.total === 0 ? '—' : `${((100 * c.covered) / c.total).toFixed(0)}%`);
  const parts = [...byLayer.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([layer, c]) => `${layer} ${pct(c)}`);
  return [`coverage    lines ${summary.total.lines.pct}% by unit and integration tests: ${parts.join(', ')}`];
}

/** Which Chromium the end-to-end tests drove, as the browser fixture wrote it down. */
function browserLine() {
  const found = readJson(join(reports, 'browser.json'));
  if (found === null) return 'browser     none launched';
  const source = { playwright: "Playwright's own", system: "the system's", npm: 'from npm (@sparticuz/chromium)' }[found.source] ?? found.source;
  return `browser     Chromium ${found.version}, ${source}: ${found.executablePath}`;
}

console.log('\n── summary ──');
console.log(`time zone   ${PINNED_TZ}`);
console.log(browserLine());
for (const line of coverageLines()) console.log(line);
for (const line of lines) console.log(line);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 ? 1 : 0;
