import { defineConfig } from 'vitest/config';

// Benchmarks run apart from `npm test`: they measure, they do not gate.
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: 'forks',
    fileParallelism: false,
    reporters: ['verbose'],
  },
});
