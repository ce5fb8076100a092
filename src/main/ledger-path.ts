import { join, resolve } from 'node:path';

/** `--db PATH` (or `--db=PATH`) on the command line, else TIZIM_DB, else tizim.sqlite in the user's data folder. */
export function ledgerPath(argv: readonly string[], env: NodeJS.ProcessEnv, userData: string): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--db' && argv[i + 1] !== undefined) return resolve(argv[i + 1] ?? '');
    if (arg.startsWith('--db=')) return resolve(arg.slice('--db='.length));
  }
  if (env.TIZIM_DB !== undefined && env.TIZIM_DB !== '') return resolve(env.TIZIM_DB);
  return join(userData, 'tizim.sqlite');
}
