import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { SealRefusal, sealNow, writeSealFile } from '../../service/ledger-files';
import { CliFailure, EXIT } from '../failure';
import type { CliContext } from '../io';
import { dbOption, dbPath } from '../options';
import { withService } from '../open-service';
import { keyOption, placesOf, sealProblemText } from '../seal-options';

interface SealOptions {
  db?: string;
  out?: string;
  key?: string;
  replace?: boolean;
}

/**
 * `tizim seal`: the journal's position and head hash now, signed with the ledger's key (made beside the ledger at first
 * need), kept as the desk's last seal and, with --out, written where the administrator keeps it (a USB stick, paper).
 */
export function sealCommand(ctx: CliContext): Command {
  return new Command('seal')
    .description(ctx.t('command.seal'))
    .addOption(dbOption(ctx))
    .addOption(new Option('--out <file>', ctx.t('seal.outOption')))
    .addOption(keyOption(ctx))
    .addOption(new Option('--replace', ctx.t('seal.replaceOption')))
    .action(async (options: SealOptions) => {
      const path = dbPath(options.db, ctx.env);
      const places = placesOf(path, options.key, ctx.env);
      const seal = await withService(path, ctx.who(), true, (_service, ledger) => {
        try {
          return sealNow(ledger.db, places, new Date(), options.replace === true);
        } catch (error) {
          if (error instanceof SealRefusal) throw new CliFailure('seal.refused', { problem: sealProblemText(ctx, error.problem), path }, EXIT.refused);
          throw error;
        }
      }, false);
      if (options.out !== undefined) writeSealFile(resolve(options.out), seal);
      ctx.out(ctx.t('seal.done', { seq: seal.seq, hash: seal.headHash, at: seal.at, keyId: seal.keyId, last: places.lastSealPath }));
      if (options.out !== undefined) ctx.out(ctx.t('seal.written', { path: resolve(options.out) }));
    });
}
