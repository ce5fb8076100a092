import { it } from 'vitest';
import { growthReport, growthRun } from './growth';

// The smaller size of the growth run (growth.ts); growth-1m runs after it, in a process of its own.
it('writes and verifies 100,000 journal rows', () => {
  growthRun(100_000);
  growthReport();
});
