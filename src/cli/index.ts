import { run } from './run';

// A reader that stops early (`tizim check | head`) closes the pipe: that ends the report, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
