import { CommanderError } from 'commander';
import { createI18n } from '../domain/i18n';
import { CliFailure, EXIT } from './failure';
import type { CliContext } from './io';
import { pickLang } from './lang';
import { actorName } from './options';
import { askPassword, pickUser } from './password-prompt';
import { buildProgram } from './program';

export interface RunIo {
  env: NodeJS.ProcessEnv;
  out(line: string): void;
  err(line: string): void;
  /** Rewrites the progress line (null clears it); absent when the error output is not a terminal. */
  progress?: (line: string | null) => void;
}

const processIo: RunIo = {
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  // On a terminal only: a file or a pipe would collect every rewrite of the line.
  ...(process.stderr.isTTY ? { progress: (line: string | null) => process.stderr.write(line === null ? '\r\x1b[2K' : `\r\x1b[2K${line}`) } : {}),
};

// The parser's complaints, by commander's error code, and the catalog key that says them. The parameter is the
// first quoted word of commander's own message (the option or command it is about).
const USAGE_KEYS: Record<string, string> = {
  'commander.unknownOption': 'usage.unknownOption',
  'commander.unknownCommand': 'usage.unknownCommand',
  'commander.optionMissingArgument': 'usage.optionMissingArgument',
  'commander.missingArgument': 'usage.missingArgument',
  'commander.missingMandatoryOptionValue': 'usage.missingOption',
  'commander.excessArguments': 'usage.excessArguments',
};

/** A value outside an argument's or an option's choices: the value and the choices, from commander's message. */
function badChoice(error: CommanderError): { value: string; choices: string } | null {
  if (error.code !== 'commander.invalidArgument') return null;
  const choices = /Allowed choices are (.+?)\.?$/.exec(error.message)?.[1];
  const value = /value '([^']*)'|argument '([^']*)' is invalid/.exec(error.message);
  if (choices === undefined || value === null) return null;
  return { value: value[1] ?? value[2] ?? '', choices };
}

/** Runs one command line and returns the exit code. Expected failures print one line on stderr, never a stack. */
export async function run(args: readonly string[], io: RunIo = processIo): Promise<number> {
  const { lang, invalid } = pickLang(args, io.env);
  const i18n = createI18n(lang, 'cli');
  const ctx: CliContext = {
    lang,
    t: i18n.t.bind(i18n),
    env: io.env,
    out: (line) => io.out(line),
    err: (line) => io.err(line),
    ...(io.progress ? { progress: io.progress } : {}),
    exitCode: EXIT.ok,
    who: (actorOption) => {
      const user = pickUser(args);
      return { actor: actorName(actorOption), user, password: () => askPassword(io.env, i18n.t('message.passwordPrompt', { user })) };
    },
  };
  const fail = (key: string, params: Record<string, string | number>): void => io.err(`tizim: ${ctx.t(key, params)}`);

  if (invalid !== null) {
    fail('usage.badLang', { value: invalid });
    return EXIT.cannotRun;
  }
  try {
    await buildProgram(ctx).parseAsync([...args], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CliFailure) {
      fail(error.messageKey, error.params);
      return error.exitCode;
    }
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      if (error.code === 'commander.help') return EXIT.cannotRun;
      const choice = badChoice(error);
      if (choice) {
        fail('usage.badChoice', choice);
        return EXIT.cannotRun;
      }
      const key = USAGE_KEYS[error.code];
      const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
      if (key !== undefined) fail(key, { option: quoted, command: quoted, argument: quoted });
      else io.err(`tizim: ${error.message.replace(/^error: /, '')}`);
      return EXIT.cannotRun;
    }
    // Not an expected failure: a bug. Say so in one line, with the detail a developer needs below it.
    fail('message.unexpected', { detail: error instanceof Error ? error.message : String(error) });
    if (error instanceof Error && error.stack !== undefined) io.err(error.stack);
    return EXIT.refused;
  }
}
