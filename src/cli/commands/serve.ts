import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { startHost, type Host } from '../../host/index';
import { CliFailure, EXIT } from '../failure';
import type { CliContext } from '../io';
import { actorName, actorOption, dbOption, dbPath } from '../options';
import { openService } from '../open-service';

interface ServeOptions {
  db?: string;
  actor?: string;
  port?: number;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 65535) throw new CliFailure('usage.badPort', { value }, EXIT.cannotRun);
  return n;
}

/** The built renderer beside the bundled CLI: out/main/cli.js → out/renderer. */
export function defaultRendererDir(): string {
  return join(__dirname, '..', 'renderer');
}

export function serveCommand(ctx: CliContext, rendererDir = defaultRendererDir()): Command {
  return new Command('serve')
    .description(ctx.t('command.serve'))
    .addOption(dbOption(ctx))
    .addOption(new Option('--port <n>', ctx.t('option.port')).argParser(parsePort))
    .addOption(actorOption(ctx))
    .action(async (options: ServeOptions) => {
      const index = join(rendererDir, 'index.html');
      if (!existsSync(index)) throw new CliFailure('serve.noRenderer', { path: index }, EXIT.cannotRun);
      const path = dbPath(options.db, ctx.env);
      const { ledger, service } = openService(path, actorName(options.actor), false);
      let host: Host;
      try {
        host = await startHost({ service, rendererDir, port: options.port ?? 0 });
      } catch (error) {
        ledger.close();
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
          throw new CliFailure('serve.portInUse', { port: options.port ?? 0 }, EXIT.cannotRun);
        }
        throw error;
      }
      ctx.out(ctx.t('serve.listening', { url: host.url }));
      ctx.out(ctx.t('serve.ledger', { path }));
      ctx.out(ctx.t('serve.open'));
      await untilStopped();
      await host.close();
      ledger.close();
      ctx.out(ctx.t('serve.stopped'));
    });
}

function untilStopped(): Promise<void> {
  return new Promise((resolvePromise) => {
    // The handlers stay: a second Ctrl+C (or the launcher passing the signal on) must not cut the shutdown short.
    const stop = (): void => resolvePromise();
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
