import { resolve } from 'node:path';
import { Option } from 'commander';
import type { SealProblem } from '../service/views';
import { sealPlaces, type SealPlaces } from '../service/ledger-files';
import type { CliContext } from './io';

// The options and words the seal, backup, restore and verify commands share.

export function keyOption(ctx: CliContext): Option {
  return new Option('--key <file>', ctx.t('option.sealKey'));
}

/** The ledger's key and last seal: `--key`, else TIZIM_SEAL_KEY, else beside the ledger. */
export function placesOf(ledgerPath: string, keyOptionValue: string | undefined, env: NodeJS.ProcessEnv): SealPlaces {
  const key = keyOptionValue ?? (env.TIZIM_SEAL_KEY !== undefined && env.TIZIM_SEAL_KEY !== '' ? env.TIZIM_SEAL_KEY : undefined);
  return sealPlaces(ledgerPath, key === undefined ? undefined : resolve(key));
}

/** What was found where a seal or a backup is not held, in one sentence. */
export function sealProblemText(ctx: CliContext, problem: SealProblem): string {
  return ctx.t(`seal.problem.${problem.reason}`, { ...problem });
}
