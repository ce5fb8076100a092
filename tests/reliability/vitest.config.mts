import { defineConfig } from 'vitest/config';

// The reliability suite (issue 14): hostile files, kills at random moments, backups under writes. Its own npm script
// (`npm run reliability`), run by CI after `npm test`; it needs the built bundle (out/main/cli.js).
// TIZIM_KILL_RUNS=100 (the full count, ten times CI's) gives a killed command ten times as long: at 100 runs
// `tizim backup` took past the 10 minutes CI's 10 runs are given.
const runs = Number(process.env.TIZIM_KILL_RUNS ?? 10);

export default defineConfig({
  test: {
    include: ['tests/reliability/**/*.test.ts'],
    environment: 'node',
    watch: false,
    testTimeout: 600_000 * Math.max(1, Math.ceil(runs / 10)),
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
