import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLedger, type Ledger } from '../src/ledger';
import { createService, type Service } from '../src/service';

export interface BenchDesk {
  dir: string;
  ledger: Ledger;
  service: Service;
  /** The Mazhilis 2023 election every benchmark works in. */
  electionId: number;
  close(): void;
}

/** A fresh ledger in a temporary folder with the Mazhilis 2023 election, for one benchmark file. */
export function openBenchDesk(name: string): BenchDesk {
  const dir = mkdtempSync(join(tmpdir(), `tizim-bench-${name}-`));
  const ledger = openLedger(join(dir, 'bench.sqlite'));
  const service = createService(ledger, { actor: 'bench' });
  const created = service.call('elections.create', { preset: 'mazhilis-2023' });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  return {
    dir,
    ledger,
    service,
    electionId: (created.value as { id: number }).id,
    close() {
      ledger.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
