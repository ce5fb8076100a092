import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    watch: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
