import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { generate } from 'selfsigned';
import { CliFailure, EXIT } from './failure';

// The commission server's certificate: the administrator's own (--cert and --key), or one the desk makes at first
// start and keeps beside the ledger. A made one is self-signed, so each workstation's browser asks once whether to
// trust it; its SHA-256 fingerprint, printed at start and shown on the administrator's screen, is what the clerk
// compares before saying yes.

export interface ServerCertificate {
  cert: string;
  key: string;
  /** SHA-256 of the certificate, as browsers show it (AB:CD:…). */
  fingerprint: string;
  /** Where it was read from. */
  certFile: string;
  made: boolean;
}

function read(file: string, option: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliFailure('serve.cannotRead', { option, path: file, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, EXIT.cannotRun);
  }
}

function fingerprintOf(cert: string, file: string): string {
  try {
    return new X509Certificate(cert).fingerprint256;
  } catch {
    throw new CliFailure('serve.badCertificate', { path: file }, EXIT.cannotRun);
  }
}

/** The administrator's certificate, or the one kept beside the ledger (made now if there is none). */
export async function serverCertificate(
  ledgerPath: string,
  given: { cert?: string | undefined; key?: string | undefined },
  hostNames: readonly string[],
): Promise<ServerCertificate> {
  if ((given.cert === undefined) !== (given.key === undefined)) throw new CliFailure('serve.certAndKey', {}, EXIT.cannotRun);
  if (given.cert !== undefined && given.key !== undefined) {
    const cert = read(given.cert, '--cert');
    return { cert, key: read(given.key, '--key'), fingerprint: fingerprintOf(cert, given.cert), certFile: given.cert, made: false };
  }
  const folder = join(dirname(ledgerPath), `${basename(ledgerPath)}.tls`);
  const certFile = join(folder, 'cert.pem');
  const keyFile = join(folder, 'key.pem');
  if (existsSync(certFile) && existsSync(keyFile)) {
    const cert = read(certFile, '--cert');
    return { cert, key: read(keyFile, '--key'), fingerprint: fingerprintOf(cert, certFile), certFile, made: false };
  }
  const altNames = hostNames.map((name) => (/^[\d.]+$|:/.test(name) ? { type: 7 as const, ip: name } : { type: 2 as const, value: name }));
  const pems = await generate([{ name: 'commonName', value: hostNames[0] ?? 'tizim' }, { name: 'organizationName', value: 'Tizim' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    // 825 days: the longest a browser accepts for a server certificate.
    notAfterDate: new Date(Date.now() + 825 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  chmodSync(keyFile, 0o600);
  writeFileSync(certFile, pems.cert);
  return { cert: pems.cert, key: pems.private, fingerprint: fingerprintOf(pems.cert, certFile), certFile, made: true };
}
