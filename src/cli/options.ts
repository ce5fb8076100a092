import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { Option } from 'commander';
import { CliFailure, EXIT } from './failure';
import type { CliContext } from './io';

export function dbOption(ctx: CliContext): Option {
  return new Option('--db <file>', ctx.t('option.db'));
}

export function actorOption(ctx: CliContext): Option {
  return new Option('--actor <name>', ctx.t('option.actor'));
}

/** `--db`, else TIZIM_DB, else ./tizim.sqlite; always made absolute so messages name the real file. */
export function dbPath(option: string | undefined, env: NodeJS.ProcessEnv): string {
  const chosen = option ?? (env.TIZIM_DB !== undefined && env.TIZIM_DB !== '' ? env.TIZIM_DB : './tizim.sqlite');
  return resolve(chosen);
}

export function actorName(option: string | undefined): string {
  if (option !== undefined && option.trim() !== '') return option.trim();
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

export function wholeNumber(option: string, min: number, max: number): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new CliFailure('usage.badNumber', { option, value }, EXIT.cannotRun);
    }
    return n;
  };
}
