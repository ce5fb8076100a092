#!/usr/bin/env node
'use strict';
// The `tizim` command. better-sqlite3 13 needs Node 22 (it crashes on Node 20), so on an older Node this re-runs
// itself with the Node 22 that the `node` npm package installed into node_modules, passing arguments, signals and
// the exit code through.
const { spawn } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'out', 'main', 'cli.js');
const major = Number(process.versions.node.split('.')[0]);

function node22() {
  const names = process.platform === 'win32' ? ['node.exe', 'node'] : ['node'];
  for (const name of names) {
    try {
      return require.resolve(`node/bin/${name}`, { paths: [root] });
    } catch {
      // try the next name
    }
  }
  return null;
}

if (!existsSync(cli)) {
  console.error(`tizim: ${path.relative(process.cwd(), cli) || cli} is missing; run \`npm run build\` first.`);
  process.exit(2);
}

if (major >= 22) {
  require(cli);
} else {
  const binary = node22();
  if (binary === null || process.env.TIZIM_REEXEC === '1') {
    console.error(
      `tizim: Node ${process.versions.node} is too old (22 or newer is needed) and the Node 22 of the \`node\` package is not installed; run \`npm install\`.`,
    );
    process.exit(2);
  }
  const child = spawn(binary, [__filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TIZIM_REEXEC: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    console.error(`tizim: cannot start ${binary}: ${error.message}`);
    process.exit(2);
  });
  child.on('exit', (code, signal) => {
    if (signal !== null) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
      return;
    }
    process.exit(code ?? 1);
  });
}
