import { Command, Option } from 'commander';
import { backupCommand } from './commands/backup';
import { checkCommand } from './commands/check';
import { electionsCommand } from './commands/elections';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { quotaCommand } from './commands/quota';
import { restoreCommand } from './commands/restore';
import { sealCommand } from './commands/seal';
import { seatsCommand } from './commands/seats';
import { serveCommand } from './commands/serve';
import { templateCommand } from './commands/template';
import { usersCommand } from './commands/users';
import { verifyCommand } from './commands/verify';
import { CliFailure, EXIT } from './failure';
import type { CliContext } from './io';
import { isLang } from './lang';

const TITLES: Record<string, string> = {
  'Usage:': 'help.usage',
  'Options:': 'help.options',
  'Commands:': 'help.commands',
  'Arguments:': 'help.arguments',
  'Global Options:': 'help.globalOptions',
};

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('tizim');
  // Settings first: commander copies them into each command added afterwards.
  program
    .description(ctx.t('program.description'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.out(text.replace(/\n$/, '')),
      writeErr: (text) => ctx.err(text.replace(/\n$/, '')),
      // The parser's own complaints are reported by run(), translated and on one line.
      outputError: () => undefined,
    })
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title) => {
        const key = TITLES[title];
        return key === undefined ? title : ctx.t(key);
      },
    })
    .helpOption('-h, --help', ctx.t('help.helpOption'))
    .helpCommand('help [command]', ctx.t('help.helpCommand'))
    .addOption(
      new Option('--lang <lang>', ctx.t('option.lang')).argParser((value) => {
        if (!isLang(value)) throw new CliFailure('usage.badLang', { value }, EXIT.cannotRun);
        return value;
      }),
    )
    .addOption(new Option('--user <login>', ctx.t('option.user')));
  for (const command of [
    initCommand(ctx),
    electionsCommand(ctx),
    checkCommand(ctx),
    quotaCommand(ctx),
    seatsCommand(ctx),
    exportCommand(ctx),
    templateCommand(ctx),
    importCommand(ctx),
    verifyCommand(ctx),
    sealCommand(ctx),
    backupCommand(ctx),
    restoreCommand(ctx),
    serveCommand(ctx),
    usersCommand(ctx),
  ]) {
    // addCommand(), unlike command(), does not pass the settings on by itself; a command's own subcommands were
    // made before it had them.
    program.addCommand(command.copyInheritedSettings(program));
    for (const sub of command.commands) sub.copyInheritedSettings(command);
  }
  return program;
}
