import { it } from 'vitest';
import { growthReport, growthRun } from './growth';

// The larger size of the growth run (growth.ts), then both sizes compared.
it('writes and verifies 1,000,000 journal rows', () => {
  growthRun(1_000_000);
  growthReport();
});
