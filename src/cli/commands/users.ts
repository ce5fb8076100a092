import { Argument, Command, Option } from 'commander';
import { ROLES, type Role, type UserView } from '../../domain/users';
import { CliFailure, EXIT } from '../failure';
import type { CliContext } from '../io';
import { dbOption, dbPath } from '../options';
import { valueOf, withService } from '../open-service';
import { askPassword } from '../password-prompt';
import { formatTable } from '../table';

// `tizim users add|list|disable|enable|reset-password`: the administrator's work with the desk's users from the
// command line, as the administrator's screen does it. The first user of a new ledger is its first administrator
// and needs no one signed in; from then on the command acts as an administrator named with --user.

interface UsersOptions {
  db?: string;
}

/** A new password: TIZIM_NEW_PASSWORD when set, else asked twice on the terminal. */
async function newPassword(ctx: CliContext, login: string): Promise<string> {
  if (ctx.env.TIZIM_NEW_PASSWORD !== undefined) return ctx.env.TIZIM_NEW_PASSWORD;
  const env = { ...ctx.env, TIZIM_PASSWORD: undefined };
  const first = await askPassword(env, ctx.t('users.newPassword', { login }));
  const again = await askPassword(env, ctx.t('users.newPasswordAgain'));
  if (first !== again) throw new CliFailure('users.passwordsDiffer', {}, EXIT.cannotRun);
  return first;
}

function userOf(users: readonly UserView[], login: string): UserView {
  const user = users.find((u) => u.login === login.trim().toLowerCase());
  if (!user) throw new CliFailure('users.unknown', { login }, EXIT.refused);
  return user;
}

export function usersCommand(ctx: CliContext): Command {
  const users = new Command('users').description(ctx.t('command.users'));

  users
    .command('add')
    .description(ctx.t('users.add'))
    .addArgument(new Argument('<login>', ctx.t('users.login')))
    .addOption(new Option('--name <full name>', ctx.t('users.name')).makeOptionMandatory())
    .addOption(new Option('--role <role>', ctx.t('users.role', { roles: ROLES.join(', ') })).choices(ROLES).default('clerk'))
    .addOption(dbOption(ctx))
    .action(async (login: string, options: UsersOptions & { name: string; role: Role }) => {
      const path = dbPath(options.db, ctx.env);
      const created = await withService(path, ctx.who(), false, async (service) => {
        const first = valueOf<{ firstRun: boolean }>(service.call('auth.status', {})).firstRun;
        if (first && options.role !== 'administrator') throw new CliFailure('users.firstIsAdministrator', {}, EXIT.cannotRun);
        const password = await newPassword(ctx, login);
        const input = { login, fullName: options.name, password };
        return valueOf<UserView>(
          first ? await service.callAsync('users.createFirst', input) : await service.callAsync('users.create', { ...input, role: options.role }),
        );
      });
      ctx.out(ctx.t('users.added', { login: created.login, name: created.fullName, role: ctx.t(`role.${created.role}`) }));
    });

  users
    .command('list')
    .description(ctx.t('users.list'))
    .addOption(dbOption(ctx))
    .action(async (options: UsersOptions) => {
      const path = dbPath(options.db, ctx.env);
      const list = await withService(path, ctx.who(), true, (service) => valueOf<(UserView & { sessions: unknown[] })[]>(service.call('users.list', {})));
      const header = ['login', 'fullName', 'role', 'state'].map((key) => ctx.t(`users.column.${key}`));
      const rows = list.map((u) => [u.login, u.fullName, ctx.t(`role.${u.role}`), ctx.t(u.active ? 'users.active' : 'users.disabled')]);
      for (const line of formatTable(header, rows)) ctx.out(line);
    });

  for (const [name, active] of [['disable', false], ['enable', true]] as const)
    users
      .command(name)
      .description(ctx.t(`users.${name}`))
      .addArgument(new Argument('<login>', ctx.t('users.login')))
      .addOption(dbOption(ctx))
      .action(async (login: string, options: UsersOptions) => {
        const path = dbPath(options.db, ctx.env);
        await withService(path, ctx.who(), true, (service) => {
          const user = userOf(valueOf<UserView[]>(service.call('users.list', {})), login);
          valueOf(service.call('users.update', { id: user.id, version: user.version, fullName: user.fullName, role: user.role, active }));
        });
        ctx.out(ctx.t(active ? 'users.enabled' : 'users.disabledOne', { login }));
      });

  users
    .command('reset-password')
    .description(ctx.t('users.resetPassword'))
    .addArgument(new Argument('<login>', ctx.t('users.login')))
    .addOption(dbOption(ctx))
    .action(async (login: string, options: UsersOptions) => {
      const path = dbPath(options.db, ctx.env);
      await withService(path, ctx.who(), true, async (service) => {
        const user = userOf(valueOf<UserView[]>(service.call('users.list', {})), login);
        valueOf(await service.callAsync('users.resetPassword', { id: user.id, password: await newPassword(ctx, login) }));
      });
      ctx.out(ctx.t('users.passwordReset', { login }));
    });

  return users;
}
