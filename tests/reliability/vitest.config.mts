import { defineConfig } from 'vitest/config';

// The reliability suite (issue 14): hostile files, kills at random moments, backups under writes. Its own npm script
// (`npm run reliability`), run by CI after `npm test`; it needs the built bundle (out/main/cli.js).
export default defineConfig({
  test: {
    include: ['tests/reliability/**/*.test.ts'],
    environment: 'node',
    watch: false,
    testTimeout: 600_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
