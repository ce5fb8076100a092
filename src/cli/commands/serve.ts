import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { startHost, type Host, type NetworkOptions } from '../../host/index';
import { CliFailure, EXIT } from '../failure';
import type { CliContext } from '../io';
import { actorName, actorOption, dbOption, dbPath, wholeNumber } from '../options';
import { startBackupSchedule } from '../../service/backup-schedule';
import { createJobRunner } from '../../service/jobs';
import { openService } from '../open-service';
import { serverCertificate } from '../server-certificate';

interface ServeOptions {
  db?: string;
  actor?: string;
  port?: number;
  listen?: string;
  cert?: string;
  key?: string;
  hostName?: string[];
  idleMinutes?: number;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 65535) throw new CliFailure('usage.badPort', { value }, EXIT.cannotRun);
  return n;
}

/** `ADDRESS[:PORT]`, an IPv6 address in brackets: `0.0.0.0:8443`, `192.168.1.10`, `[::]:8443`. */
export function parseListen(value: string): { address: string; port: number } {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(value.trim());
  if (!match?.[1]) throw new CliFailure('serve.badListen', { value }, EXIT.cannotRun);
  return { address: match[1].replace(/^\[|\]$/g, ''), port: match[2] === undefined ? 8443 : parsePort(match[2]) };
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
    .addOption(new Option('--listen <address[:port]>', ctx.t('serve.listenOption')))
    .addOption(new Option('--host-name <name...>', ctx.t('serve.hostNameOption')))
    .addOption(new Option('--cert <file>', ctx.t('serve.certOption')))
    .addOption(new Option('--key <file>', ctx.t('serve.keyOption')))
    .addOption(new Option('--idle-minutes <n>', ctx.t('serve.idleOption')).argParser(wholeNumber('--idle-minutes', 1, 24 * 60)))
    .addOption(actorOption(ctx))
    .action(async (options: ServeOptions) => {
      const index = join(rendererDir, 'index.html');
      if (!existsSync(index)) throw new CliFailure('serve.noRenderer', { path: index }, EXIT.cannotRun);
      const path = dbPath(options.db, ctx.env);
      const listen = options.listen === undefined ? null : parseListen(options.listen);
      if (listen && options.port !== undefined) throw new CliFailure('serve.portOrListen', {}, EXIT.cannotRun);
      let network: NetworkOptions | undefined;
      let fingerprint: string | null = null;
      if (listen) {
        // The names a workstation may use: those given, else this machine's name, and the address when it is one.
        const names = options.hostName ?? [hostname().toLowerCase()];
        const hostNames = [...new Set([...names, ...(['0.0.0.0', '::'].includes(listen.address) ? [] : [listen.address])])];
        const certificate = await serverCertificate(path, options, hostNames);
        fingerprint = certificate.fingerprint;
        network = { address: listen.address, hostNames, tls: certificate };
        ctx.out(ctx.t(certificate.made ? 'serve.certificateMade' : 'serve.certificateUsed', { path: certificate.certFile }));
      }
      const actor = actorName(options.actor);
      const idle = options.idleMinutes === undefined ? {} : { idleMinutes: options.idleMinutes };
      // The long methods (an import, a whole-journal verify) on a thread of their own, and this thread's writes
      // waiting for theirs without blocking (busy timeout 0): the other workstations keep being answered.
      const jobs = createJobRunner(join(__dirname, 'job-worker.js'), { ledgerPath: path, actor, ...idle });
      const { ledger, service } = openService(
        path,
        actor,
        false,
        { ...idle, jobs, ...(network && fingerprint ? { server: { hostNames: [...network.hostNames], fingerprint } } : {}) },
        0,
      );
      let host: Host;
      try {
        host = await startHost({ service, rendererDir, port: listen?.port ?? options.port ?? 0, ...(network ? { network } : {}) });
      } catch (error) {
        await jobs.close();
        ledger.close();
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new CliFailure('serve.portInUse', { port: listen?.port ?? options.port ?? 0 }, EXIT.cannotRun);
        if (code === 'EADDRNOTAVAIL' || code === 'EACCES')
          throw new CliFailure('serve.cannotListen', { address: options.listen ?? '', detail: code }, EXIT.cannotRun);
        throw error;
      }
      ctx.out(ctx.t('serve.listening', { url: host.url }));
      if (network && fingerprint) {
        for (const name of network.hostNames) ctx.out(ctx.t('serve.workstation', { url: `https://${name.includes(':') ? `[${name}]` : name}:${host.port}/` }));
        ctx.out(ctx.t('serve.fingerprint', { fingerprint }));
      }
      ctx.out(ctx.t('serve.ledger', { path }));
      ctx.out(ctx.t(network ? 'serve.openNetwork' : 'serve.open'));
      const backups = startBackupSchedule(service);
      await untilStopped();
      await host.close();
      // Nothing more can be written: the closing backup holds every change the server acknowledged.
      const closing = await backups.close();
      if (closing?.name) ctx.out(ctx.t('serve.closingBackup', { name: closing.name }));
      if (closing?.error) ctx.err(ctx.t(closing.error.messageKey, closing.error.params ?? {}));
      await jobs.close();
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
