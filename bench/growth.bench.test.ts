import { it } from 'vitest';
import { growthReport, growthRun, type GrowthRun } from './growth';

// Both sizes of the growth run (growth.ts), the smaller first, then compared.
let small: GrowthRun;
it('writes and verifies 100,000 journal rows', () => {
  small = growthRun(100_000);
});
it('writes and verifies 1,000,000 journal rows, and compares', () => {
  growthReport(small, growthRun(1_000_000));
});
