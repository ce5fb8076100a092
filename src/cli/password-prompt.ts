import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { CliFailure, EXIT } from './failure';

/**
 * The password of the user a command acts as: TIZIM_PASSWORD when set (a script, a scheduled backup), else asked on
 * the terminal without echoing it. With neither, the command cannot act as that user and says so.
 */
export async function askPassword(env: NodeJS.ProcessEnv, prompt: string): Promise<string> {
  if (env.TIZIM_PASSWORD !== undefined) return env.TIZIM_PASSWORD;
  if (!process.stdin.isTTY) throw new CliFailure('message.passwordNeeded', {}, EXIT.cannotRun);
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    return await new Promise<string>((resolve) => {
      rl.question(prompt, (answer) => {
        process.stderr.write('\n');
        resolve(answer);
      });
      muted = true;
    });
  } finally {
    rl.close();
  }
}

/** The `--user` of a command line, read before commander parses it, as the language is. */
export function pickUser(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') break;
    if (arg === '--user') return args[i + 1];
    if (arg.startsWith('--user=')) return arg.slice('--user='.length);
  }
  return undefined;
}
